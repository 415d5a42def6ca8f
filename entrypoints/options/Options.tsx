import { useEffect, useState } from 'preact/hooks';
import { request } from '@/components/client';
import { translatorFor, uiLocale } from '@/components/locale';
import { pageCss } from '@/components/page-styles';
import { failureText } from '@/components/store-failure';
import { StoreNotice, storeNoticeCss } from '@/components/StoreNotice';
import { createTranslator, intlLocale, type Translate } from '@/lib/i18n';
import type { Rule } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';
import { storeErrorCode, type StoreErrorCode } from '@/lib/store/errors';
import type { SiteConfig, TemplateUsage } from '@/lib/store/schema';
import type { Template } from '@/lib/templates/types';
import { BackupSection } from './BackupSection';
import { optionsCss } from './options-styles';
import { RulesSection } from './RulesSection';
import { SettingsForm, type KeptSettings } from './SettingsForm';
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

/** Before the settings load (or when they cannot), the browser's language. */
const browserT = () => createTranslator(uiLocale({ locale: 'auto' }));

export function Options() {
  const [data, setData] = useState<Data | null>(null);
  const [section, setSection] = useState<Section>(initialSection);
  const [notice, setNotice] = useState<{ text: string; code: StoreErrorCode | null }>({
    text: '',
    code: null,
  });
  /** Bumped after a conflict so every editor shows the fresh value instead of its stale draft. */
  const [generation, setGeneration] = useState(0);
  /** The settings the merchant changed when another tab saved first: offered back in the new form. */
  const [keptSettings, setKeptSettings] = useState<KeptSettings | null>(null);
  const fail = (e: unknown, t: Translate) => setNotice({ text: failureText(e, t), code: storeErrorCode(e) });
  const reload = () =>
    load()
      .then(setData)
      .catch((e: unknown) => fail(e, data ? translatorFor(data.settings) : browserT()));
  useEffect(() => void reload(), []);
  useEffect(() => {
    const follow = () => setSection(initialSection());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  if (!data)
    return (
      <main>
        <style>{pageCss + optionsCss + storeNoticeCss}</style>
        <StoreNotice {...notice} />
      </main>
    );
  const locale = uiLocale(data.settings);
  document.documentElement.lang = intlLocale(locale);
  const t = createTranslator(locale);
  document.title = t('options.title');
  /**
   * Runs a write and reloads. A failure is stated at the top of the page; a conflict (another tab
   * saved first) also reloads, so the merchant sees the newer value. Editors get the rejection too,
   * to keep their draft and not say "Saved".
   */
  const act = <R,>(work: Promise<R>): Promise<R> =>
    work.then(
      async (result) => {
        setNotice({ text: '', code: null });
        await reload();
        return result;
      },
      async (e: unknown) => {
        fail(e, t);
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
  const go = (s: Section) => {
    setSection(s);
    history.replaceState(null, '', `#${s}`);
  };

  return (
    <div class="layout">
      <style>{pageCss + optionsCss + storeNoticeCss}</style>
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
        <StoreNotice {...notice} />
        <h2>{t(`options.section.${section}`)}</h2>
        {section === 'rules' && (
          <RulesSection
            revision={generation}
            rules={data.rules}
            t={t}
            onSave={(rule, base) => act(request('rules/put', { rule, base }))}
            onToggle={(rule, enabled) =>
              guard(request('rules/put', { rule: { ...rule, enabled }, base: rule }))
            }
            onReset={(rule) => guard(request('rules/reset', { id: rule.id }))}
          />
        )}
        {section === 'templates' && (
          <TemplatesSection
            templates={data.templates}
            usage={data.usage}
            t={t}
            locale={locale}
            zone={data.settings.pageTimeZone}
            revision={generation}
            onSave={(template, base) => act(request('templates/put', { template, base }))}
            onDelete={(template) => guard(request('templates/delete', { id: template.id, base: template }))}
            onRestore={() => act(request('templates/restore', {}))}
          />
        )}
        {section === 'sites' && (
          <SitesSection
            sites={data.sites}
            t={t}
            onAdd={(site) => act(request('sites/put', { site, base: null }))}
            onSave={(site, base) => act(request('sites/put', { site, base }))}
            onDelete={(site) => guard(request('sites/delete', { id: site.id, base: site }))}
          />
        )}
        {section === 'settings' && (
          <SettingsForm
            key={`${data.settings.locale}:${generation}`}
            settings={data.settings}
            t={t}
            onSave={(patch, base) => act(request('settings/update', { patch, base }))}
            onConflict={setKeptSettings}
            kept={keptSettings}
            onKept={() => setKeptSettings(null)}
          />
        )}
        {section === 'backup' && <BackupSection t={t} onImported={() => void reload()} />}
      </main>
    </div>
  );
}
