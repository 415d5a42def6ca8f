import { describe, expect, it } from 'vitest';
import { createHealth, type HealthMemory, type StorageProblem } from '../../lib/store/health';

/** storage.session as the background sees it: outlives the worker, not the browser. */
function sessionLike(): HealthMemory {
  let kept: StorageProblem | null = null;
  return {
    load: () => Promise.resolve(kept),
    save: (p) => {
      kept = p;
      return Promise.resolve();
    },
  };
}

describe('the storage warning survives a service-worker restart', () => {
  it('a full disk seen by one worker is still reported by the next', async () => {
    const memory = sessionLike();
    const before = createHealth(memory);
    before.failed('quota', 'orders/seen', 1000);
    // The worker is stopped; a new one starts with empty memory and asks the session.
    const after = createHealth(memory);
    await after.ready();
    expect(after.current()).toEqual({ code: 'quota', request: 'orders/seen', at: 1000 });
  });

  it('a write that went through clears it for later workers too', async () => {
    const memory = sessionLike();
    const first = createHealth(memory);
    first.failed('quota', 'orders/seen', 1000);
    first.succeeded(true);
    const next = createHealth(memory);
    await next.ready();
    expect(next.current()).toBeNull();
  });

  it('what happened in this worker wins over what the session remembered', async () => {
    const memory = sessionLike();
    createHealth(memory).failed('quota', 'orders/seen', 1000);
    const next = createHealth(memory);
    next.succeeded(true); // before the session answered
    await next.ready();
    expect(next.current()).toBeNull();
  });
});
