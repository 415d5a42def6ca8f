import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import { badgeMenuCss } from './badge-menu';

/**
 * Row badges are single light-DOM elements drawn by one page-wide stylesheet: their words live in
 * attributes and are painted by `::before`. Measured on 2,000 rows, a shadow root per badge added
 * ~15 MB to the page and this ~1.5 MB; the page's own text (what it reads, copies, searches) stays untouched,
 * and no markup is ever parsed. Selectors are specific and `!important` so the page's styles do not reach in.
 *
 * A badge never makes its line taller: its negative vertical margins keep its box (about 21 px) inside any
 * line it sits on. It never wraps or shrinks (nowrap, no flex shrinking), and keeps a gap to the page's next
 * text. Where the number's line has no room, the badge is on a line of its own (`sd-line`, 24 px), whose
 * width never counts in its container's (`contain: inline-size`): no column or card gets wider because of it. A badge that grew its row by 3 px moved every row below it: on a 2,000-row list, a
 * 30–100 ms frame of layout and repaint after the badges went on. Where that line is too narrow for the whole
 * badge, it is folded (short, or its dot) rather than clipped, and opens a menu with the rest.
 */
export const riskBadgeCss = `
sd-badge[${OWN_UI_ATTR}], sd-act[${OWN_UI_ATTR}] {
  all: initial !important; display: inline-flex !important; align-items: center !important; vertical-align: middle !important;
  box-sizing: border-box !important; margin: -5px 6px -5px 4px !important; white-space: nowrap !important; line-height: 1.4 !important;
  flex: none !important; max-width: none !important;
  font: 600 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif !important;
  border-radius: 10px !important; border: 1px solid transparent !important; cursor: help !important;
}
sd-badge[${OWN_UI_ATTR}] {
  padding: 1px 7px 1px 17px !important;
  background-image: radial-gradient(circle at 9px 50%, currentColor 3px, transparent 3.6px) !important;
}
sd-badge[${OWN_UI_ATTR}]::before { content: attr(data-face) !important; }
sd-badge[${OWN_UI_ATTR}]:focus-visible, sd-act[${OWN_UI_ATTR}]:focus-visible { outline: 2px solid #1a73e8 !important; outline-offset: 1px !important; }
sd-badge[data-level="overdue"] { background-color: #c62828 !important; color: #fff !important; }
sd-badge[data-level="urgent"] { background-color: #ef6c00 !important; color: #fff !important; }
sd-badge[data-level="soon"] { background-color: #fff4d6 !important; color: #8a5a00 !important; border-color: #f3c766 !important; }
sd-badge[data-level="ok"] { background-color: #e7f5ea !important; color: #1e6b34 !important; border-color: #a9dbb5 !important; }
sd-badge[data-level="done"] { background-color: #f1f3f4 !important; color: #5f6368 !important; font-weight: 500 !important; }
/* A shipped order's courier-pickup mark: quieter than the countdown, after it, coloured by its own level. */
sd-badge[${OWN_UI_ATTR}][data-pickup]::after {
  content: attr(data-pickup) !important; margin-left: 6px !important; padding-left: 6px !important;
  border-left: 1px solid currentColor !important; font-weight: 400 !important; font-size: 11px !important;
}
sd-badge[data-pickup-level="overdue"]::after { color: #c62828 !important; font-weight: 600 !important; }
sd-badge[data-pickup-level="urgent"]::after { color: #b45300 !important; }
sd-badge[data-pickup-level="soon"]::after { color: #8a5a00 !important; }
sd-badge[data-level="unknown"] { background-color: #fff !important; color: #5f6368 !important; border: 1px dashed #9aa0a6 !important; font-weight: 500 !important; }
sd-act[${OWN_UI_ATTR}] {
  margin-left: 0 !important; padding: 0 6px !important; border-color: #c4c7cc !important; background: #fff !important; color: #1a73e8 !important;
  font-weight: 500 !important; cursor: pointer !important;
}
sd-act[${OWN_UI_ATTR}]::before { content: attr(data-text) !important; }
sd-act[${OWN_UI_ATTR}]:hover { background: #eef3fd !important; }
sd-line[${OWN_UI_ATTR}] {
  all: initial !important; display: block !important; box-sizing: border-box !important; height: 24px !important;
  line-height: 24px !important; white-space: nowrap !important; overflow: hidden !important; contain: inline-size !important;
  text-align: start !important; padding: 0 !important; margin: 0 !important;
}
sd-line[${OWN_UI_ATTR}] > sd-badge[${OWN_UI_ATTR}] { margin-left: 0 !important; }
/* No room in a table that keeps its rows at one height: the coloured dot only, its words in the tooltip. */
sd-badge[${OWN_UI_ATTR}][data-compact] {
  padding: 0 !important; width: 18px !important; height: 18px !important; margin: -4px 2px -4px 4px !important;
  background-image: radial-gradient(circle at 50% 50%, currentColor 4px, transparent 4.6px) !important;
}
sd-badge[${OWN_UI_ATTR}][data-compact]::before, sd-badge[${OWN_UI_ATTR}][data-compact]::after { content: none !important; }
sd-act[${OWN_UI_ATTR}][data-compact] { display: none !important; }
/* Its short form, on a line too narrow for its words: the countdown alone (badgeText's short form), the rest in its menu. */
sd-badge[${OWN_UI_ATTR}][data-short] {
  padding: 1px 5px 1px 13px !important; font-size: 11px !important; letter-spacing: -0.1px !important;
  background-image: radial-gradient(circle at 7px 50%, currentColor 2.5px, transparent 3.1px) !important;
}
sd-badge[${OWN_UI_ATTR}][data-short]::before { content: attr(data-short-face) !important; }
sd-badge[${OWN_UI_ATTR}][data-short]::after { content: none !important; }
sd-badge[${OWN_UI_ATTR}][data-short], sd-badge[${OWN_UI_ATTR}][data-compact] { cursor: pointer !important; }
${badgeMenuCss}`;
