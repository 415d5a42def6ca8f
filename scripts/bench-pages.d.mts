// Types for scripts/bench-pages.mjs (used by the unit tests of reading plans).
export function rowHtml(layout: string, i: number, now: number): string;
export function pageHtml(layout: string): string;
export function renderAndMark(args: { html: string; size: number; withExtension: boolean }): Promise<unknown>;
