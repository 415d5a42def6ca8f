import { findTimes, foldWidth, parseTime } from '../time/china-time';
import { mayHoldRemaining, parseRemaining } from '../time/remaining';
import { blockColumnCells, type HeaderCache } from './columns';
import { labelledValues } from './labels';
import { alternation, findIdToken, normal, parseAmount, segments, shownText, type Segment } from './text';
import type { Order, OrderStatus } from './types';
import { suffixLabels, type Field } from './label-words';
import { lockedWords, pickupWords, statusWords } from './status-words';
import { presaleWords, suspiciousWords } from './tag-words';
import { type PageZone } from '../time/zone';

export interface ReadContext {
  now: number;
  zone: PageZone;
  headers: HeaderCache;
  /** Text pieces per element for one reading pass: a row is walked once, not once per question asked of it. */
  segments?: Map<Element, Segment[]>;
}

export function segmentsOf(el: Element, ctx: Pick<ReadContext, 'segments'>): Segment[] {
  let segs = ctx.segments?.get(el);
  if (!segs) {
    segs = segments(el);
    ctx.segments?.set(el, segs);
  }
  return segs;
}

export type OrderFields = Omit<Order, 'platform' | 'id' | 'status'> & { id?: string; status: OrderStatus };

const statusOf = new Map<string, OrderStatus>([
  ...statusWords.map(([w, s]): [string, OrderStatus] => [foldWidth(w).toLowerCase(), s]),
  // Held orders are pending, but only as a whole status text (see lockedWords): not part of STATUS below.
  ...lockedWords.map((w): [string, OrderStatus] => [w.toLowerCase(), 'pending']),
]);
const STATUS = new RegExp(alternation(statusWords.map(([w]) => w)), 'gi');
const PRESALE = new RegExp(alternation(presaleWords), 'i');
const SUSPICIOUS = new RegExp(alternation(suspiciousWords), 'i');
const PICKED_UP = new RegExp(alternation(pickupWords), 'i');
const SUFFIX = new RegExp(`^\\s*(${alternation(suffixLabels.map(([w]) => w))})`);
const suffixField = new Map(suffixLabels);
/** Fields handed back to the merchant exactly as the page wrote them; the rest are folded for parsing. */
const AS_SHOWN = new Set<Field>(['remark', 'buyer']);

const isLatin = (c: string | undefined) =>
  c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));

/** Status words in a text; a Latin word must stand alone (`Shipped` is not in `Unshipped`). */
export function statusesIn(text: string): readonly OrderStatus[] {
  // A row's status is often asked twice in a row (a platform's selector and the generic reading).
  if (text === lastStatusText) return lastStatuses;
  const out: OrderStatus[] = [];
  lastStatusText = text;
  lastStatuses = out;
  text = foldWidth(text);
  // Most status cells are one status word and nothing else: a lookup, not the pattern over every word.
  const exact = statusOf.get(text.trim().toLowerCase());
  if (exact) {
    out.push(exact);
    return out;
  }
  STATUS.lastIndex = 0;
  for (let m = STATUS.exec(text); m; m = STATUS.exec(text)) {
    const word = m[0];
    const before = text[m.index - 1];
    const after = text[m.index + word.length];
    if (isLatin(word[0]) && (isLatin(before) || isLatin(after))) continue;
    const status = statusOf.get(word.toLowerCase());
    if (status) out.push(status);
  }
  return out;
}

let lastStatusText: string | undefined;
let lastStatuses: readonly OrderStatus[] = [];

/** Several statuses in one order (sub-orders): anything still to ship keeps the whole order pending. */
function pickStatus(found: readonly OrderStatus[]): OrderStatus {
  if (found.includes('pending')) return 'pending';
  return found[0] ?? 'unknown';
}

/** Raw text per field, from column cells first, then labels, then dates named by a following word. */
export function rawValues(parts: readonly Element[], segs: readonly Segment[], ctx: ReadContext) {
  const raw = new Map<Field, string>();
  const valueSegs = new Set<number>();
  for (const [field, cell] of blockColumnCells(parts, ctx.headers, ctx)) {
    const shown = normal(shownText(cell));
    const text = AS_SHOWN.has(field) ? shown : foldWidth(shown);
    if (!text) continue;
    // Sub-orders each have a status; the order's status is read from all of them.
    if (field === 'status' && raw.has('status')) raw.set('status', `${raw.get('status')} | ${text}`);
    else if (!raw.has(field)) raw.set(field, text);
  }
  for (const { field, value, raw: shown, seg } of labelledValues(segs)) {
    if (!raw.has(field)) raw.set(field, AS_SHOWN.has(field) ? shown : value);
    if (field === 'remark' || field === 'buyer') valueSegs.add(seg);
  }
  for (const seg of segs) {
    for (const t of findTimes(seg.text, ctx.zone)) {
      const word = SUFFIX.exec(seg.text.slice(t.index + t.length))?.[1];
      const field = word ? suffixField.get(word) : undefined;
      if (field && !raw.has(field)) raw.set(field, seg.text.slice(t.index, t.index + t.length));
    }
  }
  return { raw, valueSegs };
}

/**
 * What an order's own words say beyond its labelled fields: statuses, presale/risk words, and the text of a
 * relative remainder (`剩余 5小时`). Words in a buyer's remark or name are not the order's.
 */
export interface TextFacts {
  /** Statuses found in the order's free text (used when no status label or column says one). */
  statuses: readonly OrderStatus[];
  /** The free text the first status was found in, shown to the merchant. */
  shown?: string;
  presale: boolean;
  suspicious: boolean;
  /** The courier's scan is reported (已揽收): the JD pickup mark ends. */
  pickedUp?: boolean;
  /** The first piece of text holding a remainder, when no promise time is labelled. */
  remaining?: string;
}

/** The facts of `TextFacts`, from the order's text pieces. */
export function textFacts(
  raw: ReadonlyMap<Field, string>,
  segs: readonly Segment[],
  valueSegs: ReadonlySet<number>,
): TextFacts {
  // The order's own words (not a buyer's remark or name), tested as one text: one regex run per question.
  const free = valueSegs.size ? segs.filter((_, i) => !valueSegs.has(i)) : segs;
  const freeText = free.map((s) => s.text).join('\n');
  const facts: TextFacts = {
    statuses: [],
    presale: PRESALE.test(freeText),
    suspicious: SUSPICIOUS.test(freeText),
    ...(PICKED_UP.test(freeText) ? { pickedUp: true } : {}),
  };
  const statusText = raw.get('status');
  if (!statusText || !statusesIn(statusText).length) {
    const found = free.map((s) => ({ s, statuses: statusesIn(s.text) })).filter((f) => f.statuses.length);
    facts.statuses = found.flatMap((f) => f.statuses);
    if (found[0]) facts.shown = found[0].s.text;
  }
  if (raw.get('promise') === undefined && mayHoldRemaining(segs))
    facts.remaining = segs.find((s) => parseRemaining(s.text) !== null)?.text;
  return facts;
}

/** The DOM side of reading one order: raw field texts and text facts. */
export function readTexts(parts: readonly Element[], ctx: ReadContext) {
  const segs =
    parts.length === 1 && parts[0] ? segmentsOf(parts[0], ctx) : parts.flatMap((p) => segmentsOf(p, ctx));
  const { raw, valueSegs } = rawValues(parts, segs, ctx);
  return { raw, facts: textFacts(raw, segs, valueSegs) };
}

/** The text side of reading: raw field texts and the order's text pieces → typed fields. No DOM access. */
export function parseFields(
  raw: ReadonlyMap<Field, string>,
  segs: readonly Segment[],
  valueSegs: ReadonlySet<number>,
  ctx: Pick<ReadContext, 'now' | 'zone'>,
): OrderFields {
  return fieldsFrom(raw, textFacts(raw, segs, valueSegs), ctx);
}

/** Raw field texts and text facts → typed fields. No DOM access. */
export function fieldsFrom(
  raw: ReadonlyMap<Field, string>,
  facts: TextFacts,
  ctx: Pick<ReadContext, 'now' | 'zone'>,
): OrderFields {
  const out: OrderFields = { status: 'unknown' };
  const unreadable: string[] = [];

  const id = raw.get('id');
  if (id) out.id = findIdToken(id) ?? undefined;

  for (const field of ['orderTime', 'payTime', 'shipTime', 'pickupTime'] as const) {
    const text = raw.get(field);
    if (text === undefined) continue;
    const ms = parseTime(text, ctx.zone);
    if (ms === null) unreadable.push(field);
    else out[field] = ms;
  }

  const promiseText = raw.get('promise');
  if (promiseText !== undefined) {
    const absolute = parseTime(promiseText, ctx.zone);
    const relative = absolute === null ? parseRemaining(promiseText) : null;
    if (absolute !== null) out.promiseTime = absolute;
    else if (relative !== null) out.promiseTime = ctx.now + relative;
    else unreadable.push('promise');
  } else {
    // A remaining-time column (`剩余发货时间` over `00:30:00`) first, then a remainder in the order's text.
    const labelled = raw.get('remaining');
    const relative =
      (labelled !== undefined ? parseRemaining(labelled, { bare: true }) : null) ??
      (facts.remaining !== undefined ? parseRemaining(facts.remaining) : null);
    if (relative !== null) out.promiseTime = ctx.now + relative;
  }

  const statusText = raw.get('status');
  const fromLabel = statusText ? statusesIn(statusText) : [];
  let shown = statusText;
  if (fromLabel.length) out.status = pickStatus(fromLabel);
  else {
    out.status = pickStatus(facts.statuses);
    shown ??= facts.shown;
  }
  if (shown) out.statusText = shown.slice(0, 60);

  const amountText = raw.get('amount');
  const amount = amountText ? parseAmount(amountText) : null;
  if (amount !== null) out.amount = amount;

  if (facts.presale) out.presale = true;
  if (facts.suspicious) out.suspicious = true;
  // A pickup time shown is a pickup that happened.
  if (facts.pickedUp || out.pickupTime !== undefined) out.pickedUp = true;
  const remark = raw.get('remark');
  if (remark) out.remark = remark.slice(0, 500);
  const buyer = raw.get('buyer');
  if (buyer) out.buyer = buyer.slice(0, 80);
  if (unreadable.length) out.unreadable = unreadable;
  return out;
}
