import * as v from 'valibot';
import { crossChecks, fieldLimits, type LimitedField } from './schemas';

/** Why a value was refused, in terms the merchant's words are made from (invalid-text.ts). */
export type Problem =
  | { kind: 'range'; field: LimitedField }
  | { kind: 'at-least'; min: number }
  | { kind: 'too-long'; max: number }
  | { kind: 'missing' }
  | { kind: 'choice' }
  | { kind: 'pattern' }
  | { kind: 'urgent-above-soon' }
  | { kind: 'duplicate-id' }
  | { kind: 'unknown-zone' }
  | { kind: 'format' };

export interface Invalid {
  /** Where in the checked value: `['rules', 2, 'penalty', 'points']`; words come from invalid-text.ts. */
  path: (string | number)[];
  problem: Problem;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; invalid: Invalid };

/** The field a path names, without list positions: `['rules', 2, 'penalty', 'points']` → `rules.penalty.points`. */
export const fieldOf = (path: readonly (string | number)[]): string =>
  path.filter((p) => typeof p === 'string').join('.');

/** The bounded field a path ends in (`rules.penalty.percent` → `penalty.percent`), if any. */
const limitedField = (field: string): LimitedField | undefined =>
  (Object.keys(fieldLimits) as LimitedField[]).find((k) => field === k || field.endsWith(`.${k}`));

function problemOf(issue: v.BaseIssue<unknown>, field: string): Problem {
  if (issue.message === crossChecks.urgentAboveSoon) return { kind: 'urgent-above-soon' };
  if (issue.message === crossChecks.duplicateId) return { kind: 'duplicate-id' };
  if (issue.message === crossChecks.unknownZone) return { kind: 'unknown-zone' };
  // Any trouble with a bounded number (empty, not a number, out of range) is told as its range.
  const limited = limitedField(field);
  if (limited) return { kind: 'range', field: limited };
  if (issue.type === 'min_value') return { kind: 'at-least', min: Number(issue.requirement) };
  if (issue.type === 'max_length') return { kind: 'too-long', max: Number(issue.requirement) };
  if (['picklist', 'literal', 'variant'].includes(issue.type)) return { kind: 'choice' };
  if (issue.type === 'check' && field.endsWith('pattern')) return { kind: 'pattern' };
  if (issue.input === undefined || (typeof issue.input === 'number' && Number.isNaN(issue.input)))
    return { kind: 'missing' };
  return { kind: 'format' };
}

/** Checks a value against its stored type's schema; the first problem, for the merchant to fix. */
export function validate<S extends v.GenericSchema>(schema: S, value: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  return { ok: false, invalid: { path, problem: problemOf(issue, fieldOf(path)) } };
}

/**
 * The background's guard on a write: a value that fails its schema is refused before it reaches the store,
 * with the field and the problem in the error (the pages validated it already; this catches the rest).
 */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, value: unknown, what: string) {
  const checked = validate(schema, value);
  if (checked.ok) return checked.value;
  const { path, problem } = checked.invalid;
  const range =
    problem.kind === 'range' ? ` ${fieldLimits[problem.field].min}–${fieldLimits[problem.field].max}` : '';
  throw new Error(`Refused ${what}: ${path.join('.') || 'the value'} (${problem.kind}${range})`);
}
