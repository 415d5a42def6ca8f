import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import { fixedPanel } from './panel-placement';

/**
 * A badge too narrow for its words (its short form: the countdown only, or its coloured dot) is a disclosure
 * button: Enter, Space or a click opens this menu, with everything the full badge and its tooltip say and its
 * actions. The menu is a popover in the top layer, so the clipping line or cell the badge sits in cannot cut it;
 * it is built when opened and taken away when closed (a list of 10,000 badges carries none). Escape, a click
 * elsewhere or an action closes it; focus goes back to the badge unless an action took it elsewhere.
 */
export const badgeMenuCss = `
sd-menu[${OWN_UI_ATTR}] {
  all: initial !important; position: fixed !important; margin: 0 !important; box-sizing: border-box !important;
  padding: 8px 10px !important; background: #fff !important; color: #202124 !important;
  border: 1px solid #c4c7cc !important; border-radius: 8px !important; box-shadow: 0 4px 16px rgba(0,0,0,.18) !important;
  font: 400 12px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif !important;
  overflow: auto !important; overflow-wrap: anywhere !important; white-space: normal !important;
}
sd-menu[${OWN_UI_ATTR}]:popover-open { display: block !important; }
sd-menu[${OWN_UI_ATTR}]:focus-visible { outline: 2px solid #1a73e8 !important; }
sd-menu[${OWN_UI_ATTR}] > sd-menu-face { all: initial !important; display: block !important; font: inherit !important; font-weight: 600 !important; color: inherit !important; }
sd-menu[${OWN_UI_ATTR}] > sd-menu-line { all: initial !important; display: block !important; font: inherit !important; color: #3c4043 !important; }
sd-menu[${OWN_UI_ATTR}] > sd-menu-actions { all: initial !important; display: flex !important; flex-wrap: wrap !important; gap: 6px !important; margin-top: 6px !important; }
sd-menu[${OWN_UI_ATTR}] sd-act[${OWN_UI_ATTR}] { margin: 0 !important; line-height: 1.6 !important; }
`;

export interface MenuContent {
  /** The full badge: countdown, penalty, pending report, pickup. */
  face: string;
  /** The tooltip's lines: rule, deadline, penalty. */
  lines: readonly string[];
  label: string;
  /** The badge's actions, as buttons made by the badge (same `data-sd-action` hooks and handlers). */
  actions: readonly HTMLElement[];
}

const WIDTH = 320;
const MAX_HEIGHT = 360;
let ids = 0;

/** Opens the menu of `host` after `after` (in the badge's line: the DOM order keeps Tab order); returns its close. */
export function openBadgeMenu(
  host: HTMLElement,
  after: Element,
  content: MenuContent,
  onClose: () => void,
): () => void {
  const menu = document.createElement('sd-menu');
  menu.setAttribute(OWN_UI_ATTR, '');
  menu.id = `sd-badge-menu-${++ids}`;
  menu.setAttribute('role', 'dialog');
  menu.setAttribute('aria-label', content.label);
  menu.tabIndex = -1;
  const text = (tag: string, value: string) => {
    const el = document.createElement(tag);
    el.setAttribute(OWN_UI_ATTR, '');
    el.textContent = value;
    menu.append(el);
  };
  text('sd-menu-face', content.face);
  for (const line of content.lines) text('sd-menu-line', line);
  if (content.actions.length) {
    const row = document.createElement('sd-menu-actions');
    row.setAttribute(OWN_UI_ATTR, '');
    row.append(...content.actions);
    menu.append(row);
  }
  after.after(menu);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    const hadFocus = menu.contains(document.activeElement);
    menu.remove();
    host.setAttribute('aria-expanded', 'false');
    host.removeAttribute('aria-controls');
    if (hadFocus) host.focus();
    onClose();
  };
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  });
  // Focus leaving for anything but the badge (a click elsewhere, Tab past the last action) closes it; the badge
  // itself toggles it. A manual popover: the browser's light dismiss would close it on the badge's own press.
  menu.addEventListener('focusout', (e) => {
    const to = e.relatedTarget;
    if (!(to instanceof Node) || (!menu.contains(to) && to !== host)) close();
  });
  for (const a of content.actions) a.addEventListener('click', close);

  host.setAttribute('aria-expanded', 'true');
  host.setAttribute('aria-controls', menu.id);
  if (typeof menu.showPopover === 'function') {
    menu.setAttribute('popover', 'manual');
    menu.showPopover();
    const r = host.getBoundingClientRect();
    const p = fixedPanel(
      r,
      { width: innerWidth, height: innerHeight },
      { width: WIDTH, maxHeight: MAX_HEIGHT },
    );
    const set = (name: string, px: number | undefined) =>
      px !== undefined && menu.style.setProperty(name, `${px}px`, 'important');
    set('left', p.left);
    set('width', p.width);
    set('max-height', p.maxHeight);
    set('top', p.top);
    set('bottom', p.bottom);
  }
  (content.actions[0] ?? menu).focus();
  return close;
}
