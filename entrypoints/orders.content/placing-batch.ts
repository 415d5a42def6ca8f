import { settleProbes } from './placement';
import { noteViewWidth } from './row-kind';

/** A badge's placing in two steps: `prepare` only reads the page, `place` writes it. */
export interface BadgePlacing {
  prepare(): void;
  place(): void;
}

/**
 * Puts many badges on the page in one task: every read first (the window's width, the rows a kind of row is
 * measured on, as they are without their badge), then every write. Reads come while the page's layout is still
 * the last frame's, so none of them makes the browser lay the list out in our task, and the writes leave one
 * layout for the next frame. Kinds of row not measured before are decided after that frame (placement.ts).
 */
export function placeTogether(placings: readonly BadgePlacing[], first: readonly (() => void)[] = []): void {
  if (!placings.length && !first.length) return;
  noteViewWidth();
  for (const p of placings) p.prepare();
  for (const put of first) put();
  for (const p of placings) p.place();
  settleProbes();
}
