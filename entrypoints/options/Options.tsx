import { useEffect, useState } from 'preact/hooks';
import { request } from '@/components/client';
import { uiLocale } from '@/components/locale';
import { pageCss } from '@/components/page-styles';
import { createTranslator, intlLocale } from '@/lib/i18n';
import type { Rule } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';
import { optionsCss } from './options-styles';
import { RulesTable } from './RulesTable';
import { SettingsForm } from './SettingsForm';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [rules, setRules] = useState<Rule[]>([]);
  const [error, setError] = useState('');

  useEffect(() => {
    Promise.all([request('settings/get', {}), request('rules/list', {})])
      .then(([s, r]) => {
        setSettings(s);
        setRules(r);
      })
      .catch((e: unknown) => setError(String(e)));
  }, []);

  if (error) return <p class="error">{error}</p>;
  if (!settings) return <style>{pageCss + optionsCss}</style>;
  const locale = uiLocale(settings);
  document.documentElement.lang = intlLocale(locale);
  const t = createTranslator(locale);

  const toggle = (rule: Rule, enabled: boolean) =>
    request('rules/put', { rule: { ...rule, enabled } })
      .then((saved) => setRules(rules.map((r) => (r.id === saved.id ? saved : r))))
      .catch((e: unknown) => setError(String(e)));

  return (
    <main>
      <style>{pageCss + optionsCss}</style>
      <header>
        <h1>{t('options.title')}</h1>
      </header>
      <section aria-labelledby="sd-settings">
        <h2 id="sd-settings">{t('options.settings')}</h2>
        <SettingsForm
          key={settings.locale}
          settings={settings}
          t={t}
          onSave={async (patch) => setSettings(await request('settings/update', { patch }))}
        />
      </section>
      <section aria-labelledby="sd-rules">
        <h2 id="sd-rules">{t('options.rules')}</h2>
        <RulesTable rules={rules} t={t} onToggle={(r, on) => void toggle(r, on)} />
      </section>
    </main>
  );
}
