import { nthChild, type Locator } from './locators';

/**
 * Steps from each part to every element a plan reads, prefixes first, so a row's elements are each reached
 * once: `parent` is an earlier step (or -1: the part itself), `index` the element child to take there.
 */
export interface Route {
  steps: { part: number; parent: number; index: number }[];
  reads: Read[];
}

/** One text a plan reads: where it goes, its locator, its element's step (-1: the part itself). */
export interface Read {
  kind: string;
  name: string;
  loc: Locator;
  step: number;
  /** An earlier read of the very same place, whose value this one takes (-1: none). */
  same: number;
}

export function routeOf(values: ReadonlyMap<string, readonly Locator[]>): Route {
  const steps: Route['steps'] = [];
  const byKey = new Map<string, number>();
  const reads: Read[] = [];
  const byPlace = new Map<string, number>();
  for (const [key, locators] of values) {
    const loc = locators[0];
    if (!loc) continue;
    let parent = -1;
    let prefix = `${loc.part}`;
    for (const index of loc.path) {
      prefix += `/${index}`;
      let step = byKey.get(prefix);
      if (step === undefined) {
        step = steps.push({ part: loc.part, parent, index }) - 1;
        byKey.set(prefix, step);
      }
      parent = step;
    }
    // A platform's selector and the generic reading often take the same text from the same place: read once.
    const place = `${prefix}|${loc.words.join('\u0000')}|${loc.from.join()}|${loc.to.join()}|${loc.shown}`;
    const kind = key.startsWith('r:') ? 'raw' : key.startsWith('a:') ? 'adapter' : key;
    reads.push({ kind, name: key.slice(2), loc, step: parent, same: byPlace.get(place) ?? -1 });
    if (!byPlace.has(place)) byPlace.set(place, reads.length - 1);
  }
  return { steps, reads };
}

/**
 * The elements of a route in one row (null where the row has no such element), at the start of `out`: written
 * in place, so the array keeps its storage from row to row.
 */
export function walk(parts: readonly Element[], route: Route, out: (Element | null)[]): void {
  const steps = route.steps;
  for (let i = 0; i < steps.length; i++) {
    const { part, parent, index } = steps[i] as Route['steps'][number];
    const from = parent < 0 ? parts[part] : out[parent];
    out[i] = from ? nthChild(from, index) : null;
  }
  // No element of an earlier, longer route stays referenced (a list the page has since removed).
  if (out.length > steps.length) out.length = steps.length;
}
