import { useState } from 'preact/hooks';
import { storeErrorCode } from '@/lib/store/errors';

/**
 * What the merchant had made when another tab saved the same thing first. The page shows the newer version
 * (nothing is overwritten unseen) and the editor offers this back through KeptDraft: a long reply or a careful
 * rule is not made twice. One hook for every section of the options page.
 */
export function useKeptDraft<T>() {
  const [kept, setKept] = useState<T | null>(null);
  const drop = () => setKept(null);
  /** Runs a write; when another tab saved first, keeps `draft` to offer back. The refusal goes on to the caller. */
  const keepOnConflict = async <R>(draft: T, write: Promise<R>): Promise<R> => {
    try {
      return await write;
    } catch (e) {
      if (storeErrorCode(e) === 'conflict') setKept(draft);
      throw e;
    }
  };
  /** The editor's props when what is kept belongs to it. */
  const keptFor = (belongs: (kept: T) => boolean) => (kept && belongs(kept) ? { kept, onKept: drop } : {});
  return { kept, keep: setKept, drop, keepOnConflict, keptFor };
}
