/**
 * Work that can pause: a generator that yields between small units of work (a few hundred elements), so a
 * caller in the page can spread a long reading over several tasks. `finish` runs it to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many elements, rows or text nodes a step handles before it offers to pause. */
export const STEP = 256;
