import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { FeatureName, Settings } from '@/lib/settings';
import { diffSettings, type SettingsPatch } from '@/lib/settings/patch';
import { storeErrorCode } from '@/lib/store/errors';
import { SettingsSchema } from '@/lib/store/schemas';
import {
  changedSince,
  formOf,
  halfQuietHours,
  settingsFromForm,
  withKept,
  type KeptSettings,
} from './settings-draft';
import { useCheckedSave } from './use-checked-save';

export interface SettingsFormProps {
  settings: Settings;
  t: Translate;
  /** Only what the merchant changed, and the settings it was changed from (for conflicts). */
  onSave: (patch: SettingsPatch, base: Settings) => Promise<Settings>;
  /** What the merchant changed when another tab saved the settings first (the form then starts again). */
  onConflict?: (kept: KeptSettings) => void;
  /** That change, offered back on the newer settings. */
  kept?: KeptSettings | null;
  onKept?: () => void;
}

/** The settings form's state: what is typed, what it started from, and its save. */
export function useSettingsForm({ settings, t, onSave, onConflict, onKept }: SettingsFormProps) {
  const [form, setForm] = useState(() => formOf(settings));
  // What the form started from (then what it last saved): only fields changed since are sent, so a
  // save here never puts back a setting another tab changed meanwhile.
  const [base, setBase] = useState(settings);
  const { message, setMessage, save } = useCheckedSave(t);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (halfQuietHours(form.draft)) return setMessage(t('options.quietBoth'));
    await save(
      SettingsSchema,
      settingsFromForm(form, base),
      async (next) => {
        // The form now shows what is stored, other tabs' changes included: base and display agree.
        const saved = await onSave(diffSettings(base, next), base);
        setBase(saved);
        setForm(formOf(saved));
      },
      // The form keeps what was typed; on a conflict the page starts it again and offers this back.
      (e) => {
        if (storeErrorCode(e) === 'conflict') onConflict?.(changedSince(base, form));
      },
    );
  };
  const putBack = (kept: KeptSettings) => {
    setForm(withKept(form, kept));
    setMessage('');
    onKept?.();
  };
  const set = (key: string) => (v: string) => setForm({ ...form, draft: { ...form.draft, [key]: v } });
  const setLocale = (locale: Settings['locale']) => setForm({ ...form, locale });
  const setFeature = (f: FeatureName, on: boolean) =>
    setForm({ ...form, features: { ...form.features, [f]: on } });
  return { form, base, message, submit, putBack, set, setLocale, setFeature };
}
