import { browser } from 'wxt/browser';
import type { HealthMemory, StorageProblem } from '@/lib/store/health';

const KEY = 'storageProblem';

/**
 * The last storage problem, kept in storage.session: it outlives the service worker (stopped after 30 s
 * idle) and, unlike IndexedDB, needs no disk space, which is what ran out. Gone when the browser quits.
 */
export function sessionHealthMemory(): HealthMemory | undefined {
  const session = browser.storage?.session;
  if (!session) return undefined;
  return {
    load: async () => ((await session.get(KEY))[KEY] as StorageProblem | undefined) ?? null,
    save: (problem) => (problem ? session.set({ [KEY]: problem }) : session.remove(KEY)),
  };
}
