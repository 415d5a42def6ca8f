import { useEffect, useState } from 'preact/hooks';
import { request } from '@/components/client';
import { translatorFor, uiLocale } from '@/components/locale';
import { failureText } from '@/components/store-failure';
import { createTranslator, type Translate } from '@/lib/i18n';
import type { Rule } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';
import { storeErrorCode, type StoreErrorCode } from '@/lib/store/errors';
import type { SiteConfig, TemplateUsage } from '@/lib/store/schema';
import type { Template } from '@/lib/templates/types';

export interface OptionsData {
  settings: Settings;
  rules: Rule[];
  templates: Template[];
  usage: TemplateUsage[];
  sites: SiteConfig[];
}

async function load(): Promise<OptionsData> {
  const [settings, rules, templates, usage, sites] = await Promise.all([
    request('settings/get', {}),
    request('rules/list', {}),
    request('templates/list', {}),
    request('usage/list', {}),
    request('sites/list', {}),
  ]);
  return { settings, rules, templates, usage, sites };
}

/** Before the settings load (or when they cannot), the browser's language. */
const browserT = () => createTranslator(uiLocale({ locale: 'auto' }));

/** Everything the options page shows, its writes, and what the page says when one fails. */
export function useOptionsData() {
  const [data, setData] = useState<OptionsData | null>(null);
  const [notice, setNotice] = useState<{ text: string; code: StoreErrorCode | null }>({
    text: '',
    code: null,
  });
  /** Bumped after a conflict so every editor shows the fresh value instead of its stale draft. */
  const [generation, setGeneration] = useState(0);
  const t = () => (data ? translatorFor(data.settings) : browserT());
  const fail = (e: unknown, tr: Translate) =>
    setNotice({ text: failureText(e, tr), code: storeErrorCode(e) });
  const reload = () =>
    load()
      .then(setData)
      .catch((e: unknown) => fail(e, t()));
  useEffect(() => void reload(), []);
  /**
   * Runs a write and reloads. A failure is stated at the top of the page; a conflict (another tab
   * saved first) also reloads, so the merchant sees the newer value. Editors get the rejection too,
   * to keep their draft and not say "Saved".
   */
  const act = <R>(work: Promise<R>): Promise<R> =>
    work.then(
      async (result) => {
        setNotice({ text: '', code: null });
        await reload();
        return result;
      },
      async (e: unknown) => {
        fail(e, t());
        if (storeErrorCode(e) === 'conflict') {
          await reload();
          setGeneration((g) => g + 1);
        }
        throw e;
      },
    );
  /** For one-click actions: the notice at the top is their whole answer. */
  const guard = (work: Promise<unknown>) =>
    act(work).then(
      () => undefined,
      () => undefined,
    );
  return { data, notice, generation, reload, act, guard };
}
