import { request } from '@/components/client';
import type { Locale, Translate } from '@/lib/i18n';
import { BackupSection } from './BackupSection';
import { RulesSection } from './RulesSection';
import { SettingsForm } from './SettingsForm';
import type { Section } from './SideNav';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';
import type { useOptionsData, OptionsData } from './use-options-data';
import { useKeptDraft } from './use-kept-draft';
import type { KeptSettings } from './settings-draft';

type Store = ReturnType<typeof useOptionsData>;

interface Props {
  section: Section;
  data: OptionsData;
  store: Pick<Store, 'act' | 'guard' | 'generation' | 'reload'>;
  /** The settings the merchant changed when another tab saved first: offered back in the new form. */
  keptSettings: ReturnType<typeof useKeptDraft<KeptSettings>>;
  t: Translate;
  locale: Locale;
}

/** The chosen section, wired to the background: each write goes through `act` (or `guard` for one click). */
export function SectionView({ section, data, store, keptSettings, t, locale }: Props) {
  const { act, guard, generation } = store;
  switch (section) {
    case 'rules':
      return (
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
      );
    case 'templates':
      return (
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
      );
    case 'sites':
      return (
        <SitesSection
          sites={data.sites}
          t={t}
          onAdd={(site) => act(request('sites/put', { site, base: null }))}
          onSave={(site, base) => act(request('sites/put', { site, base }))}
          onDelete={(site) => guard(request('sites/delete', { id: site.id, base: site }))}
        />
      );
    case 'settings':
      return (
        <SettingsForm
          key={`${data.settings.locale}:${generation}`}
          settings={data.settings}
          t={t}
          onSave={(patch, base) => act(request('settings/update', { patch, base }))}
          onConflict={keptSettings.keep}
          kept={keptSettings.kept}
          onKept={keptSettings.drop}
        />
      );
    case 'backup':
      return <BackupSection t={t} onImported={() => void store.reload()} />;
  }
}
