import { useState } from 'preact/hooks';
import type * as v from 'valibot';
import type { Translate } from '@/lib/i18n';
import { invalidText } from '@/lib/store/invalid-text';
import { validate } from '@/lib/store/validate';

interface Options {
  /** Said after a successful save; `false` where the editor closes on success instead. */
  saidOnSuccess?: boolean;
}

/**
 * An editor's save and the one line that says how it went, the same in every editor of the options page: the
 * draft is checked with its stored type's schema (the one the background and a backup import check,
 * lib/store/schemas.ts) and refused in the merchant's words; a write that fails says "not saved" (the page
 * states why at the top) and the draft stays for another try.
 */
export function useCheckedSave(t: Translate, { saidOnSuccess = true }: Options = {}) {
  const [message, setMessage] = useState('');
  const save = async <S extends v.GenericSchema>(
    schema: S,
    draft: unknown,
    write: (checked: v.InferOutput<S>) => Promise<unknown>,
    onFailure?: (e: unknown) => void,
  ): Promise<void> => {
    const checked = validate(schema, draft);
    if (!checked.ok) return setMessage(invalidText(checked.invalid, t));
    try {
      await write(checked.value);
      if (saidOnSuccess) setMessage(t('options.saved'));
    } catch (e) {
      setMessage(t('storage.notSaved'));
      onFailure?.(e);
    }
  };
  return { message, setMessage, save };
}
