import type { Steps } from '@/lib/orders';

/**
 * Runs a long list of small jobs without blocking the merchant's page: jobs run in slices of a few
 * milliseconds, and between slices the browser gets the main thread back (input, rendering, the page's own
 * scripts). A newer run cancels the older one.
 */
export interface Slicer {
  run<T>(items: readonly T[], job: (item: T) => void, done: () => void, sliceMs?: number): void;
  /** Runs pausable work (a generator) in slices; `done` gets its result. A newer run or steps cancel it. */
  steps<T>(work: Steps<T>, done: (value: T) => void): void;
  cancel(): void;
  /** Runs `fn` in a task of its own, as soon as the browser allows. */
  soon(fn: () => void): void;
}

/** Well under one 16 ms frame, leaving the page room to render in the same frame. */
const SLICE_MS = 6;

export function createSlicer(
  onError: (error: unknown) => void,
  onSlice?: (start: number, jobs: number, kind: 'jobs' | 'steps') => void,
): Slicer {
  let generation = 0;
  // A message to ourselves is the quickest macrotask without setTimeout's 4 ms clamping for nested timers.
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  const later = (fn: () => void) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };

  return {
    soon(fn) {
      later(fn);
    },
    run(items, job, done, sliceMs = SLICE_MS) {
      const mine = ++generation;
      let i = 0;
      const slice = () => {
        if (mine !== generation) return;
        const start = performance.now();
        const from = i;
        try {
          while (i < items.length && performance.now() - start < sliceMs)
            job(items[i++] as (typeof items)[number]);
          onSlice?.(start, i - from, 'jobs');
          if (i < items.length) later(slice);
          else done();
        } catch (error) {
          generation++;
          onError(error);
        }
      };
      // The caller is already a task of its own: the first slice starts at once.
      slice();
    },
    steps(work, done) {
      const mine = ++generation;
      const slice = () => {
        if (mine !== generation) return;
        const start = performance.now();
        try {
          for (;;) {
            const step = work.next();
            if (step.done) {
              onSlice?.(start, 0, 'steps');
              done(step.value);
              return;
            }
            if (performance.now() - start >= SLICE_MS) break;
          }
          onSlice?.(start, 0, 'steps');
          later(slice);
        } catch (error) {
          generation++;
          onError(error);
        }
      };
      slice();
    },
    cancel() {
      generation++;
      queue.length = 0;
    },
  };
}
