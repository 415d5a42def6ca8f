import { useEffect, useState } from 'preact/hooks';
import { request } from '@/components/client';
import { uiLocale } from '@/components/locale';
import { pageCss } from '@/components/page-styles';
import { createTranslator, intlLocale } from '@/lib/i18n';
import type { Rule } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';
import type { SiteConfig, TemplateUsage } from '@/lib/store/schema';
import type { Template } from '@/lib/templates/types';
import { BackupSection } from './BackupSection';
import { optionsCss } from './options-styles';
import { RulesSection } from './RulesSection';
import { SettingsForm } from './SettingsForm';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';

interface Data {
  settings: Settings;
  rules: Rule[];
  templates: Template[];
  usage: TemplateUsage[];
  sites: SiteConfig[];
}

const sections = ['rules', 'templates', 'sites', 'settings', 'backup'] as const;
type Section = (typeof sections)[number];

async function load(): Promise<Data> {
  const [settings, rules, templates, usage, sites] = await Promise.all([
    request('settings/get', {}),
    request('rules/list', {}),
    request('templates/list', {}),
    request('usage/list', {}),
    request('sites/list', {}),
  ]);
  return { settings, rules, templates, usage, sites };
}

const initialSection = (): Section => {
  const hash = location.hash.slice(1);
  return (sections as readonly string[]).includes(hash) ? (hash as Section) : 'rules';
};

export function Options() {
  const [data, setData] = useState<Data | null>(null);
  const [section, setSection] = useState<Section>(initialSection);
  const [error, setError] = useState('');
  const reload = () =>
    load()
      .then(setData)
      .catch((e: unknown) => setError(String(e)));
  useEffect(() => void reload(), []);
  useEffect(() => {
    const follow = () => setSection(initialSection());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  if (error) return <p class="error">{error}</p>;
  if (!data) return <style>{pageCss + optionsCss}</style>;
  const locale = uiLocale(data.settings);
  document.documentElement.lang = intlLocale(locale);
  const t = createTranslator(locale);
  document.title = t('options.title');
  const guard = (work: Promise<unknown>) => work.then(reload).catch((e: unknown) => setError(String(e)));
  const go = (s: Section) => {
    setSection(s);
    history.replaceState(null, '', `#${s}`);
  };

  return (
    <div class="layout">
      <style>{pageCss + optionsCss}</style>
      <nav class="side" aria-label={t('options.title')}>
        <h1>{t('options.title')}</h1>
        {sections.map((s) => (
          <button
            key={s}
            type="button"
            class={s === section ? 'active' : ''}
            aria-current={s === section ? 'page' : undefined}
            data-section={s}
            onClick={() => go(s)}
          >
            {t(`options.section.${s}`)}
          </button>
        ))}
      </nav>
      <main>
        <h2>{t(`options.section.${section}`)}</h2>
        {section === 'rules' && (
          <RulesSection
            rules={data.rules}
            t={t}
            onSave={(rule) => guard(request('rules/put', { rule }))}
            onReset={(rule) => guard(request('rules/reset', { id: rule.id }))}
          />
        )}
        {section === 'templates' && (
          <TemplatesSection
            templates={data.templates}
            usage={data.usage}
            t={t}
            locale={locale}
            offsetMinutes={data.settings.pageOffsetMinutes}
            onSave={async (template) => {
              await request('templates/put', { template });
              await reload();
            }}
            onDelete={(template) => guard(request('templates/delete', { id: template.id }))}
            onRestore={() => guard(request('templates/restore', {}))}
          />
        )}
        {section === 'sites' && (
          <SitesSection
            sites={data.sites}
            t={t}
            onSave={(site) => guard(request('sites/put', { site }))}
            onDelete={(site) => guard(request('sites/delete', { id: site.id }))}
          />
        )}
        {section === 'settings' && (
          <SettingsForm
            key={data.settings.locale}
            settings={data.settings}
            t={t}
            onSave={async (patch) => {
              const settings = await request('settings/update', { patch });
              setData({ ...data, settings });
            }}
          />
        )}
        {section === 'backup' && <BackupSection t={t} onImported={() => void reload()} />}
      </main>
    </div>
  );
}
