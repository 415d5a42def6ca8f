import type { Locale, Translate } from '@/lib/i18n/translate';
import { lockedWords } from '@/lib/orders';
import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import type { Order } from '@/lib/orders/types';
import type { ReportEffect } from '@/lib/reports/effect';
import { effectLines } from '@/lib/reports/explain-effect';
import type { Assessment } from '@/lib/rules/assess';
import { explainLines } from '@/lib/rules/explain';
import type { Rule } from '@/lib/rules/types';
import type { PageZone } from '@/lib/time/zone';
import { adoptCss } from './adopt-css';
import { badgeMenuCss, openBadgeMenu, type MenuContent } from './badge-menu';
import { fixedPanel } from './panel-placement';

/**
 * What a badge says beyond its face, loaded into the page on the first hover, focus or open of any badge
 * (entrypoints/badge-more.ts): the explanation (rule, deadline, penalty, source, reports), shown in a tooltip
 * while the pointer or the keyboard focus is on a badge, and the folded badge's menu. A badge's face and its
 * spoken name (level and countdown) are drawn without it (risk-badge.ts).
 */

/** What a badge's explanation is built from (kept by the badge, read when it is first shown). */
export interface BadgeWhy {
  order: Order;
  assessment: Assessment;
  effect: ReportEffect;
  t: Translate;
  locale: Locale;
  rules: readonly Rule[];
  zone: PageZone;
}

/**
 * A JD order the page shows as 锁定 (locked, usually a risk-control hold) keeps its clock: the explanation names
 * the page's word and says it must still ship on time once unlocked.
 */
function lockedLines(order: Order, t: Translate): string[] {
  const shown = order.statusText;
  if (order.status !== 'pending' || !shown) return [];
  const word = lockedWords.find((w) => shown.toLowerCase().includes(w.toLowerCase()));
  return word ? [t('overlay.locked', { status: word })] : [];
}

/** The explanation's lines: the rule's, the locked status', the delay reports'. */
export function whyLines(w: BadgeWhy): string[] {
  const { order, effect, t, zone } = w;
  const moved = effect.moved?.newShipTime;
  const ctx = { t, locale: w.locale, rules: w.rules, zone, order };
  return [
    ...explainLines(w.assessment, moved !== undefined ? { ...ctx, movedByReport: moved } : ctx),
    ...lockedLines(order, t),
    ...effectLines(order, effect, t, zone),
  ];
}

/** What the badge shows now, as its menu needs it (risk-badge.ts). */
export interface BadgeView {
  why: BadgeWhy;
  menu: () => Omit<MenuContent, 'lines'> & { after: Element };
}

const tipCss = `
sd-tip[${OWN_UI_ATTR}] {
  all: initial !important; position: fixed !important; margin: 0 !important; box-sizing: border-box !important;
  padding: 6px 8px !important; background: #3c4043 !important; color: #fff !important; border-radius: 6px !important;
  font: 400 12px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif !important;
  white-space: pre-line !important; overflow-wrap: anywhere !important; pointer-events: none !important;
  box-shadow: 0 2px 8px rgba(0,0,0,.2) !important; z-index: 2147483647 !important; overflow: hidden !important;
}
sd-tip[${OWN_UI_ATTR}]:not([data-open]) { display: none !important; }
`;

const TIP_WIDTH = 360;
/** The pointer resting on a badge, not passing over it: a list of badges does not flash tooltips. */
const HOVER_DELAY = 250;

/** The one tooltip of the page, shown for one badge at a time. */
function createTip(viewOf: (host: Element) => BadgeView | undefined) {
  const tip = document.createElement('sd-tip');
  tip.setAttribute(OWN_UI_ATTR, '');
  tip.id = `sd-badge-tip-${Math.random().toString(36).slice(2, 8)}`;
  tip.setAttribute('role', 'tooltip');
  const popover = typeof tip.showPopover === 'function';
  if (popover) tip.setAttribute('popover', 'manual');
  let shownFor: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    clearTimeout(timer);
    if (!shownFor) return;
    shownFor.removeAttribute('aria-describedby');
    shownFor = undefined;
    tip.removeAttribute('data-open');
    if (popover && tip.isConnected) tip.hidePopover();
  };
  const place = (host: Element) => {
    const r = host.getBoundingClientRect();
    const p = fixedPanel(r, { width: innerWidth, height: innerHeight }, { width: TIP_WIDTH, maxHeight: 320 });
    const px = {
      left: p.left,
      'max-width': p.width,
      'max-height': p.maxHeight,
      top: p.top,
      bottom: p.bottom,
    };
    for (const [name, value] of Object.entries(px))
      if (value === undefined) tip.style.removeProperty(name);
      else tip.style.setProperty(name, `${value}px`, 'important');
  };
  const show = (host: Element) => {
    const view = viewOf(host);
    if (!view || !host.isConnected || host.getAttribute('aria-expanded') === 'true') return;
    hide();
    tip.textContent = whyLines(view.why).join('\n');
    if (!tip.isConnected) (document.body ?? document.documentElement).append(tip);
    tip.setAttribute('data-open', '');
    if (popover) tip.showPopover();
    place(host);
    host.setAttribute('aria-describedby', tip.id);
    shownFor = host;
  };
  /** A scroll moves the badge: a focused one (Tab scrolls it into view) keeps its tooltip beside it. */
  const scrolled = () => {
    if (shownFor && document.activeElement === shownFor) place(shownFor);
    else hide();
  };
  return {
    /** The pointer came onto `host` (after a pause) or the focus did (at once). */
    enter(host: Element, byFocus: boolean) {
      clearTimeout(timer);
      if (byFocus) return document.activeElement === host && show(host);
      timer = setTimeout(() => host.matches(':hover') && show(host), HOVER_DELAY);
    },
    /** The pointer or the focus left `host`: the tooltip stays while the other is still on it. */
    leave(host: Element, byFocus: boolean) {
      if (host !== shownFor) return clearTimeout(timer);
      if (byFocus ? host.matches(':hover') : document.activeElement === host) return;
      hide();
    },
    hide,
    scrolled,
    shownFor: () => shownFor,
  };
}

export type BadgeMore = ReturnType<typeof startBadgeMore>;

/**
 * Started once per frame, with the badges' views: from then on the tooltip follows the pointer and the focus
 * over every badge (one listener set on the document, not one per badge); `open` opens a folded badge's menu.
 */
export function startBadgeMore(viewOf: (host: Element) => BadgeView | undefined) {
  adoptCss(document, badgeMenuCss + tipCss);
  const tip = createTip(viewOf);
  const badge = (e: Event) => {
    const el = e.target;
    return el instanceof Element && viewOf(el) ? el : undefined;
  };
  const on = (type: string, fn: (host: Element) => void) =>
    document.addEventListener(
      type,
      (e) => {
        const host = badge(e);
        if (host) fn(host);
      },
      true,
    );
  on('pointerover', (host) => tip.enter(host, false));
  on('focusin', (host) => tip.enter(host, true));
  on('pointerout', (host) => tip.leave(host, false));
  on('focusout', (host) => tip.leave(host, true));
  // Dismissable without moving the pointer or the focus (WCAG 1.4.13).
  document.addEventListener('keydown', (e) => e.key === 'Escape' && tip.hide(), true);
  addEventListener('scroll', tip.scrolled, { capture: true, passive: true });
  return {
    /** The event that loaded this code: its badge gets its tooltip now. */
    enter: tip.enter,
    /** A badge going away takes its tooltip along. */
    forget(host: Element) {
      if (tip.shownFor() === host) tip.hide();
    },
    open(host: HTMLElement, onClose: () => void): () => void {
      const view = viewOf(host);
      if (!view) return () => undefined;
      tip.hide();
      const { after, ...content } = view.menu();
      return openBadgeMenu(host, after, { ...content, lines: whyLines(view.why) }, onClose);
    },
  };
}
