import { foldBadge, type BadgeForm } from '@/components/risk-badge';
import {
  buttonsAfter,
  compact,
  indentOf,
  lineSpot,
  moveToLine,
  putInline,
  unplaceBadge,
  type BadgeSpot,
} from './badge-lines';
import { PROBE_EXTRA_PX, settleForms } from './line-forms';
import { kindOf, noteViewWidth } from './row-kind';
import { snapshot, unchanged, type Snapshot } from './page-text-probe';

export { unplaceBadge, type BadgeSpot } from './badge-lines';

/**
 * Where a badge goes so that the page's own text never re-wraps (issue 20.4): inline next to the order number
 * when that line has room for it, else on a line of its own (≤ 24 px) in the nearest container that lays out
 * block lines. Whether a line has room is measured once per kind of list (the same elements around the number,
 * the same window width) on its first row, not per row: the page's text is measured without the badge and
 * with it, the badge made as wide as its widest state (a pending-report note and the buttons).
 *
 * The first rows of a list rendered after load get their badges before the frame that paints them, unmeasured
 * (first-screen.ts); the others are placed in batches (placing-batch.ts) whose reads come before their writes,
 * and a kind not measured yet is measured across the next frame: its probe row without its badge before the
 * batch writes, with it after the frame is drawn. No layout of the list is forced in our tasks.
 *
 * On a line of its own, the same row says whether the full badge and its buttons fit the line's width; if not,
 * the badge shows its short form (the countdown alone), or its dot when even that does not fit, and its words
 * and actions are in its menu (risk-badge.ts): nothing is clipped.
 */

export interface Placement {
  /** `compact`: in a table that keeps its rows at one height and has no room, the badge is its coloured dot. */
  mode: 'inline' | 'line' | 'compact';
  /** A line of its own starts where the number does (px from its container's content edge). */
  indent?: number;
  /** How a badge on a line of its own shows: in full, short, or as its dot. */
  form?: BadgeForm;
}

const decided = new Map<string, Placement>();

/**
 * Whether the badge and its buttons, with room for their widest state, end inside every box around them that
 * clips (a grid cell with `overflow: hidden; white-space: nowrap` hides a badge rather than wrapping it).
 */
function unclipped(host: Element, row: Element): boolean {
  const buttons = buttonsAfter(host);
  const right = (buttons.at(-1) ?? host).getBoundingClientRect().right + PROBE_EXTRA_PX;
  for (let el = host.parentElement; el; el = el.parentElement) {
    if (
      getComputedStyle(el).overflowX !== 'visible' &&
      right > el.getBoundingClientRect().right - el.clientLeft + 0.5
    )
      return false;
    if (el === row) break;
  }
  return true;
}

/** A badge about to be placed, and where: its row, the number's element, the inline spot, its button count. */
export interface BadgeAt {
  host: HTMLElement;
  row: Element;
  idElement: Element;
  spot: BadgeSpot;
  /** A table that keeps its rows at one height (fixed columns, virtual lists): never a line of its own. */
  fixed: boolean;
  buttons: number;
}

// Rows with buttons (orders at risk) and rows without are measured apart: the buttons take room too.
const kindKey = (at: BadgeAt) => `${kindOf(at.row, at.idElement, at.spot)}|${at.buttons}`;

/**
 * A kind of row being measured across a frame (placing-batch.ts): its probe row's text as it was without its
 * badge, read before the batch wrote anything (the last frame's layout, so no layout is forced), and every
 * badge of the kind the batch put inline meanwhile. After the next frame, the probe row's text is read again
 * (that frame's layout) and the kind is decided.
 */
interface Probe {
  at: BadgeAt;
  before: Snapshot;
  waiting: BadgeAt[];
}
const probes = new Map<string, Probe>();

/** The read step of a batch: the first row of a kind not decided yet is measured without its badge. */
export function prepareProbe(at: BadgeAt): void {
  const kind = kindKey(at);
  if (decided.has(kind) || probes.has(kind) || at.host.isConnected) return;
  probes.set(kind, { at, before: snapshot(at.row), waiting: [] });
}

/**
 * Places a badge whose inline spot was chosen while the pass read (`at.spot`). `withButtons` puts the buttons
 * after it. A badge of a kind already decided goes where that kind's go. One of a kind being measured goes
 * inline until the kind is decided after the next frame. Any other is the first of its kind: measured at once,
 * without the badge and with it.
 */
export function placeBadge(at: BadgeAt, withButtons: () => void): void {
  const { host, row, idElement, spot } = at;
  const kind = kindKey(at);
  withoutLayout(host, idElement, spot, withButtons);
  const known = decided.get(kind);
  if (known) return follow(known, host, row, idElement);
  const probe = probes.get(kind);
  if (probe) {
    probe.waiting.push(at);
    if (probe.at === at) widest(host, true);
    return;
  }
  for (const b of buttonsAfter(host)) b.remove();
  host.remove();
  const before = snapshot(row);
  putInline(host, idElement, spot);
  withButtons();
  widest(host, true);
  // Measured at once (the layout is read here anyway): the width resize.ts watches is read now too.
  decideAll([answer(kind, at, before, [at])], true);
}

/**
 * The probe row's badge takes the room of its widest state (a pending-report note, the buttons) while it is
 * measured: the kind's other rows, with longer countdowns, must fit too.
 */
function widest(host: HTMLElement, on: boolean): void {
  if (on) host.style.setProperty('margin-right', `${PROBE_EXTRA_PX}px`, 'important');
  else {
    host.style.removeProperty('margin-right');
    if (!host.getAttribute('style')) host.removeAttribute('style');
  }
}

/** What a kind's probe row says: inline has room (`fits`), or where its line of its own starts. */
interface Answer {
  kind: string;
  at: BadgeAt;
  waiting: readonly BadgeAt[];
  fits: boolean;
  indent: number;
}

/** Reads only: whether the probe row's text kept its lines with the badge, and where a line would start. */
function answer(kind: string, at: BadgeAt, before: Snapshot, waiting: readonly BadgeAt[]): Answer {
  const fits = unchanged(before, snapshot(at.row)) && unclipped(at.host, at.row);
  const indent = fits || at.fixed ? 0 : indentOf(at.row, at.idElement);
  return { kind, at, waiting, fits, indent };
}

/**
 * Decides kinds together and puts their waiting badges where they say: kinds of one table share its columns,
 * which one kind's badges widen or narrow for the others, so their forms on lines of their own are settled
 * together (line-forms.ts). `watchNow`: the element whose width the answer depends on is handed to resize.ts
 * now (its width read at once), else after the next frame.
 */
function decideAll(answers: readonly Answer[], watchNow: boolean): void {
  const lines = answers.filter((a) => !a.fits && !a.at.fixed);
  for (const a of answers) {
    widest(a.at.host, false);
    if (a.fits) decided.set(a.kind, { mode: 'inline' });
    else if (a.at.fixed) {
      // A table that keeps its rows at one height (fixed columns, virtual lists): never a line of its own.
      decided.set(a.kind, { mode: 'compact' });
      for (const w of a.waiting) compact(w.host);
    } else for (const w of a.waiting) moveToLine(w.host, w.row, w.idElement, a.indent);
  }
  const forms = settleForms(lines.map((l) => l.waiting.map((w) => w.host)));
  lines.forEach((l, i) => decided.set(l.kind, { mode: 'line', indent: l.indent, form: forms[i] }));
  for (const a of answers) {
    if (a.at.fixed && !a.fits) continue;
    const el = lineSpot(a.at.row, a.at.idElement).parent;
    if (watchNow) probed?.(el);
    else watchAfterFrame(el);
  }
}

/** After the next frame is drawn, the page lays out by itself: reading once it has costs nothing. */
const afterFrame = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

/**
 * The probed element's width is read for resize.ts once the frame is drawn: read now, right after the probe
 * row's badge lost its extra room, it would lay the list out in this task.
 */
const watchAfterFrame = (el: Element) => afterFrame(() => el.isConnected && probed?.(el));

let settling = false;

/**
 * The kinds measured across a frame are decided after the next frame is drawn: its layout is then the page's
 * own and reading it costs nothing. Every probe row is read first, then the badges are moved.
 */
export function settleProbes(): void {
  if (settling || !probes.size) return;
  settling = true;
  afterFrame(() => {
    settling = false;
    const all = [...probes];
    probes.clear();
    // Every probe row is read before any badge moves (a move would make the next read lay the list out).
    const answers: Answer[] = [];
    const orphans: BadgeAt[] = [];
    for (const [kind, p] of all) {
      const alive = p.waiting.filter((w) => w.host.isConnected);
      if (p.at.host.isConnected && alive.includes(p.at)) answers.push(answer(kind, p.at, p.before, alive));
      // The probe row went (a re-render): its kind is measured again on the next row placed.
      else orphans.push(...alive);
    }
    decideAll(answers, false);
    for (const w of orphans) replaceWaiting(w);
  });
}

/** A badge left waiting by a probe row that went: placed again, measured at once if it is the first of its kind. */
function replaceWaiting(at: BadgeAt): void {
  const buttons = buttonsAfter(at.host);
  unplaceBadge(at.host);
  placeBadge(at, () => at.host.after(...buttons));
}

/**
 * The first screen's placing (first-screen.ts), which must not read layout: a badge of a kind already measured
 * goes where that kind's go; one of a kind not measured yet stays inline, unmeasured, and `false` says that
 * `placeBadge` is still to settle it once the frame is drawn (measuring now would lay out the whole new list).
 */
export function placeUnmeasured(at: BadgeAt, withButtons: () => void): boolean {
  const known = decided.get(kindKey(at));
  withoutLayout(at.host, at.idElement, at.spot, withButtons);
  if (known) follow(known, at.host, at.row, at.idElement);
  return !!known;
}

/** A badge of a kind already measured: where that kind's badges go. */
function follow(known: Placement, host: HTMLElement, row: Element, idElement: Element): void {
  if (known.mode === 'line') {
    moveToLine(host, row, idElement, known.indent ?? 0);
    foldBadge(host, buttonsAfter(host), known.form ?? 'full');
  } else if (known.mode === 'compact') compact(host);
}

/** Puts the badge and its buttons inline (DOM only, no layout read). */
function withoutLayout(
  host: HTMLElement,
  idElement: Element,
  spot: BadgeSpot,
  withButtons: () => void,
): void {
  putInline(host, idElement, spot);
  withButtons();
}

/**
 * Told the element whose width a probe's answer depends on (the block holding the number's line, where a line
 * of its own goes): resize.ts watches it (a number's inline element would report no size).
 */
let probed: ((el: Element) => void) | undefined;
export const onProbed = (watch: ((el: Element) => void) | undefined) => (probed = watch);

/** Forget what was measured: the window or a column changed width (resize.ts), and tests. */
export const forgetPlacements = () => {
  decided.clear();
  probes.clear();
  noteViewWidth();
};
