import { useLayoutEffect, useState, type MutableRef } from 'preact/hooks';
import { fixedPanel, type FixedPanel } from './panel-placement';

/**
 * The panel lives in the top layer (a manual popover): no overflow:auto chat column, z-index or transform of
 * the page can clip or cover it. Placed in window coordinates from the button bar, measured again when the
 * window changes size or any container scrolls, so it stays whole on screen and beside its button.
 */
export function useFixedPanel(
  bar: MutableRef<HTMLElement | null>,
  panel: MutableRef<HTMLElement | null>,
): FixedPanel | null {
  const [place, setPlace] = useState<FixedPanel | null>(null);
  // From the moment the panel is drawn (it is drawn only while open) until it goes.
  useLayoutEffect(() => {
    const el = panel.current;
    try {
      if (el && typeof el.showPopover === 'function' && !el.matches(':popover-open')) el.showPopover();
    } catch {
      // No popover support (an old browser): the panel is still fixed to the window, above the page's layers.
    }
    const measure = () => {
      const r = bar.current?.getBoundingClientRect();
      if (r)
        setPlace(
          fixedPanel(
            r,
            { width: window.innerWidth, height: window.innerHeight },
            { width: 380, maxHeight: 360 },
          ),
        );
    };
    measure();
    window.addEventListener('resize', measure);
    window.addEventListener('scroll', measure, { capture: true, passive: true });
    return () => {
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, { capture: true });
    };
  }, []);
  return place;
}
