import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import type { Level } from '@/lib/rules/assess';
import { adoptCss } from './adopt-css';
import type { BadgeMore, BadgeView, BadgeWhy } from './badge-more';
import { lazyUiNow, loadLazyUi } from './lazy-ui';
import { riskBadgeCss } from './risk-badge-css';

export interface BadgeAction {
  action: string;
  label: string;
  onClick: () => void;
}

export interface BadgeState {
  level: Level;
  text: string;
  /** The countdown alone, for the badge's short form. */
  short: string;
  penalty?: string | undefined;
  /** Spoken name: the level, then what the badge shows. */
  label: string;
  /** What the explanation (tooltip, menu) is built from, on the first hover, focus or open (badge-more.ts). */
  why?: BadgeWhy | undefined;
  /** A pending delay report, shown beside the countdown. */
  note?: string | undefined;
  /** A shipped order's courier-pickup mark (JD 48 h), painted after the countdown in a quieter style. */
  pickup?: { text: string; level: Level } | undefined;
  actions: readonly BadgeAction[];
}

export interface RiskBadge {
  host: HTMLElement;
  set(state: BadgeState): void;
  /** The per-minute refresh: the countdown text only (and its short form). */
  setText(text: string, short: string): void;
  /**
   * Puts the badge on the page with `put`, which calls `buttons` to put its buttons after it. Badges are built
   * off the page and placed together at the end of a pass: the page lays its list out once, not once per
   * slice of rows.
   */
  place(put: (host: HTMLElement, buttons: () => void) => void): void;
  remove(): void;
}

let installed: Document | undefined;
/** What each badge of the page shows now, for its explanation and menu (badge-more.ts). */
const views = new WeakMap<Element, () => BadgeView | undefined>();
let more: BadgeMore | undefined;

/** The explanation and menu code, loaded on first use (one request however many badges ask meanwhile). */
function withMore(then: (m: BadgeMore) => void): void {
  const viewOf = (host: Element) => views.get(host)?.();
  const start = more ? undefined : lazyUiNow('badge-more');
  if (start) more = start(viewOf);
  if (more) return then(more);
  loadLazyUi('badge-more')
    .then((loaded) => then((more ??= loaded(viewOf))))
    .catch((error: unknown) => console.warn('[seller-desk] badge explanation could not be loaded', error));
}

/**
 * The one stylesheet every badge of the page uses, and the first hover or focus of a badge, which fetches the
 * explanation's code; from then on that code follows the pointer and the focus itself.
 */
function installStyles(doc: Document): void {
  if (installed === doc) return;
  installed = doc;
  adoptCss(doc, riskBadgeCss);
  const first = (e: Event) => {
    const host = e.target;
    if (!more && host instanceof Element && views.has(host))
      withMore((m) => m.enter(host, e.type === 'focusin'));
  };
  doc.addEventListener('pointerover', first, true);
  doc.addEventListener('focusin', first, true);
}

const face = (text: string, penalty?: string, note?: string) =>
  [text, penalty, note].filter(Boolean).join('\u00a0·\u00a0');
const faceOf = (s: BadgeState) => face(s.text, s.penalty, s.note);

/** Writes an attribute only when it changes (the page's observers see no churn); no value removes it. */
export const setOrRemove = (el: Element, name: string, value: string | undefined) => {
  if (value === undefined || value === '') el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/** How a badge too narrow for its words is shown (placement.ts): its countdown alone, or its coloured dot. */
export type BadgeForm = 'full' | 'short' | 'dot';

const folded = (host: Element) => host.hasAttribute('data-short') || host.hasAttribute('data-compact');

/**
 * Shows a placed badge in `form`. A folded badge hides its buttons and becomes a disclosure button whose menu
 * holds its words and its actions (badge-menu.ts).
 */
export function foldBadge(host: HTMLElement, buttons: readonly Element[], form: BadgeForm): void {
  const mark = (el: Element, name: string, on: boolean) =>
    on ? el.setAttribute(name, '') : el.removeAttribute(name);
  mark(host, 'data-short', form === 'short');
  mark(host, 'data-compact', form === 'dot');
  for (const b of buttons) mark(b, 'data-compact', form !== 'full');
  if (form === 'full') {
    host.setAttribute('role', 'img');
    host.removeAttribute('aria-expanded');
    host.removeAttribute('aria-haspopup');
  } else {
    host.setAttribute('role', 'button');
    host.setAttribute('aria-haspopup', 'dialog');
    if (!host.hasAttribute('aria-expanded')) host.setAttribute('aria-expanded', 'false');
  }
}

function actionElement(a: BadgeAction): HTMLElement {
  const el = document.createElement('sd-act');
  el.setAttribute(OWN_UI_ATTR, '');
  el.setAttribute('role', 'button');
  el.tabIndex = 0;
  el.setAttribute('data-sd-action', a.action);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      el.click();
    }
  });
  return el;
}

/** Writes what the badge shows, each string as an attribute value (text, never HTML). */
function writeState(host: HTMLElement, state: BadgeState): void {
  setOrRemove(host, 'data-level', state.level);
  setOrRemove(host, 'data-text', state.text);
  setOrRemove(host, 'data-penalty', state.penalty);
  setOrRemove(host, 'data-note', state.note);
  // What is painted: one generated box per badge (each one costs the page ~2 KB of layout).
  setOrRemove(host, 'data-face', face(state.text, state.penalty, state.note));
  setOrRemove(host, 'data-short-face', state.short);
  // The note is also a hook of its own (tests, styles): present only while a report is pending.
  if (state.note) host.setAttribute('data-sd-note', state.note);
  else host.removeAttribute('data-sd-note');
  setOrRemove(host, 'data-pickup', state.pickup?.text);
  setOrRemove(host, 'data-pickup-level', state.pickup?.level);
  // The spoken name: level and countdown. The full explanation is the tooltip's, described by it when shown.
  const name = [state.label, state.text, state.penalty, state.note, state.pickup?.text].filter(Boolean);
  setOrRemove(host, 'aria-label', name.join(' · '));
}

/**
 * A folded badge (short or dot, placement.ts) is a button: click, Enter or Space opens its menu with everything
 * the full badge says and its actions (badge-more.ts); Escape closes it. Returns the closer of the open menu.
 */
function foldedMenu(host: HTMLElement): () => void {
  let closeMenu: (() => void) | undefined;
  let opening = false;
  const toggle = () => {
    if (closeMenu) return closeMenu();
    if (opening || !folded(host)) return;
    opening = true;
    withMore((m) => {
      opening = false;
      if (folded(host) && host.isConnected) closeMenu = m.open(host, () => (closeMenu = undefined));
    });
  };
  host.addEventListener('click', (e) => {
    if (!folded(host)) return;
    e.preventDefault();
    e.stopPropagation();
    toggle();
  });
  host.addEventListener('keydown', (e) => {
    if (!folded(host)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle();
    } else if (e.key === 'Escape' && closeMenu) {
      e.preventDefault();
      closeMenu();
    }
  });
  return () => closeMenu?.();
}

/**
 * The colour-coded countdown shown next to an order number, with its action buttons for orders at risk.
 * Every update writes only the attributes that changed. Every string is set as an attribute value: text.
 */
export function createRiskBadge(): RiskBadge {
  installStyles(document);
  const host = document.createElement('sd-badge');
  host.setAttribute(OWN_UI_ATTR, '');
  host.tabIndex = 0;
  host.setAttribute('role', 'img');
  let buttons: HTMLElement[] = [];
  /** What the badge shows now: the minute refresh compares against it without reading the DOM. */
  let shown: BadgeState | undefined;
  let clicks: (() => void)[] = [];

  const button = (a: BadgeAction, i: number) => {
    const el = actionElement(a);
    el.addEventListener('click', () => clicks[i]?.());
    setOrRemove(el, 'data-text', a.label);
    setOrRemove(el, 'aria-label', a.label);
    return el;
  };
  const closeMenu = foldedMenu(host);
  views.set(host, () => {
    const s = shown;
    const why = s?.why;
    if (!s || !why) return undefined;
    return {
      why,
      menu: () => ({
        after: buttons.at(-1) ?? host,
        face: [faceOf(s), s.pickup?.text].filter(Boolean).join('\u00a0·\u00a0'),
        label: host.getAttribute('aria-label') ?? s.label,
        // The menu's own buttons: the same hooks and handlers as the hidden ones beside the badge.
        actions: s.actions.map(button),
      }),
    };
  });

  const setActions = (actions: readonly BadgeAction[]) => {
    clicks = actions.map((a) => a.onClick);
    const same =
      buttons.length === actions.length &&
      actions.every((a, i) => buttons[i]?.getAttribute('data-sd-action') === a.action);
    if (!same) {
      for (const b of buttons) b.remove();
      buttons = actions.map(button);
      // A badge shown short or as its dot (placement.ts) keeps its buttons hidden.
      if (folded(host)) for (const b of buttons) b.setAttribute('data-compact', '');
      // A badge not on the page yet gets its buttons when it is placed.
      if (host.parentNode) host.after(...buttons);
    }
    actions.forEach((a, i) => {
      const el = buttons[i] as HTMLElement;
      setOrRemove(el, 'data-text', a.label);
      setOrRemove(el, 'aria-label', a.label);
    });
  };

  return {
    host,
    set(state) {
      writeState(host, state);
      setActions(state.actions);
      shown = state;
    },
    setText(value, short) {
      if (!shown || shown.text === value) return;
      shown = { ...shown, text: value, short };
      host.setAttribute('data-text', value);
      host.setAttribute('data-short-face', short);
      host.setAttribute('data-face', face(value, shown.penalty, shown.note));
    },
    place(put) {
      let done = false;
      put(host, () => {
        done = true;
        host.after(...buttons);
      });
      if (!done) host.after(...buttons);
    },
    remove() {
      closeMenu();
      more?.forget(host);
      // A badge on a line of its own takes its line along.
      const line = host.parentElement?.tagName === 'SD-LINE' ? host.parentElement : null;
      host.remove();
      for (const b of buttons) b.remove();
      line?.remove();
    },
  };
}
