/** Where a pop-up panel goes beside the button that opens it, so that all of it stays on screen. */
export interface PanelPlacement {
  /** Offset from the button's left edge (px). */
  left: number;
  width: number;
  maxHeight: number;
  /** Opens downwards: too little room above the button (a reply bar at the top of the window). */
  below: boolean;
}

const MARGIN = 8;
const GAP = 6;

/**
 * Above the button by default (reply boxes sit at the bottom of chat windows), below it when there is more
 * room there; shifted left when the button sits near the right edge (a chat drawer docked right), never past
 * the left edge, and narrower than `width` only when the window is.
 */
export function placePanel(
  anchor: { top: number; bottom: number; left: number },
  viewport: { width: number; height: number },
  want: { width: number; maxHeight: number },
): PanelPlacement {
  const width = Math.max(0, Math.min(want.width, viewport.width - 2 * MARGIN));
  let left = 0;
  if (anchor.left + width > viewport.width - MARGIN) left = viewport.width - MARGIN - width - anchor.left;
  if (anchor.left + left < MARGIN) left = MARGIN - anchor.left;
  const above = anchor.top - GAP - MARGIN;
  const beneath = viewport.height - anchor.bottom - GAP - MARGIN;
  const below = above < want.maxHeight && beneath > above;
  const maxHeight = Math.max(120, Math.min(want.maxHeight, below ? beneath : above));
  return { left: Math.round(left), width, maxHeight: Math.round(maxHeight), below };
}

/** Window coordinates of a panel placed by `placePanel` (it lives in the top layer or is fixed to the window). */
export interface FixedPanel {
  left: number;
  width: number;
  maxHeight: number;
  /** Set when the panel opens below the button; otherwise `bottom` (the panel grows upwards from it). */
  top?: number;
  bottom?: number;
}

/**
 * The placement in window coordinates, clamped so the panel never starts above or below the window even when
 * the button has scrolled (partly) out of view inside a chat column.
 */
export function fixedPanel(
  anchor: { top: number; bottom: number; left: number },
  viewport: { width: number; height: number },
  want: { width: number; maxHeight: number },
): FixedPanel {
  const p = placePanel(anchor, viewport, want);
  const maxHeight = Math.min(p.maxHeight, viewport.height - 2 * MARGIN);
  const clamp = (v: number) =>
    Math.round(Math.min(Math.max(v, MARGIN), viewport.height - MARGIN - maxHeight));
  const base = { left: Math.round(anchor.left + p.left), width: p.width, maxHeight };
  return p.below
    ? { ...base, top: clamp(anchor.bottom + GAP) }
    : { ...base, bottom: clamp(viewport.height - anchor.top + GAP) };
}
