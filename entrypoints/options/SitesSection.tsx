import type { Translate } from '@/lib/i18n';
import { sellerHosts } from '@/lib/platforms/hosts';
import type { Platform } from '@/lib/platforms/types';
import type { SiteConfig } from '@/lib/store/schema';
import { AddSiteForm } from './AddSiteForm';
import { KeptDraft } from './KeptDraft';
import { useKeptDraft } from './use-kept-draft';

interface Props {
  sites: SiteConfig[];
  t: Translate;
  onAdd: (site: SiteConfig) => Promise<SiteConfig>;
  /** `base`: the site as shown; one changed in another tab since is refused. */
  onSave: (site: SiteConfig, base: SiteConfig) => Promise<unknown>;
  onDelete: (site: SiteConfig) => Promise<void>;
}

const featureKeys = ['countdowns', 'replies', 'delayReports', 'notifications'] as const;
type FeatureKey = (typeof featureKeys)[number];

/** Built-in seller hosts, and the merchant's own sites (each asks the browser for permission first). */
export function SitesSection({ sites, t, onAdd, onSave, onDelete }: Props) {
  /**
   * A feature switch another tab changed first: the page shows the newer site, and this change is
   * offered back (the merchant's click is not silently dropped).
   */
  const kept = useKeptDraft<{ id: string; key: FeatureKey; on: boolean }>();

  const toggle = (site: SiteConfig, key: FeatureKey, on: boolean) =>
    kept
      .keepOnConflict(
        { id: site.id, key, on },
        onSave({ ...site, features: { ...site.features, [key]: on } }, site),
      )
      .then(kept.drop, () => undefined);
  const keptSwitch = kept.kept;
  const keptSite = keptSwitch && sites.find((s) => s.id === keptSwitch.id);

  return (
    <div class="sites">
      <h3>{t('options.sites.builtIn')}</h3>
      <ul class="hosts">
        {Object.entries(sellerHosts).map(([p, hosts]) => (
          <li key={p}>
            <strong>{t(`platform.${p as Platform}`)}</strong>{' '}
            <span class="muted">
              {hosts.map((h) => h.replace('https://', '').replace('/*', '')).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('options.sites.custom')}</h3>
      {sites.length === 0 && <p class="muted">{t('options.sites.none')}</p>}
      {keptSwitch && keptSite && (
        <KeptDraft
          t={t}
          message={t('options.sites.keptDraft', {
            site: keptSite.pattern,
            feature: t(`options.sites.feature.${keptSwitch.key}`),
            state: keptSwitch.on ? t('options.sites.on') : t('options.sites.off'),
          })}
          onRestore={() => void toggle(keptSite, keptSwitch.key, keptSwitch.on)}
          onDiscard={kept.drop}
        />
      )}
      <ul class="custom-sites">
        {sites.map((site) => (
          <li key={site.id} data-site={site.pattern}>
            <code>{site.pattern}</code> <span class="tag">{t(`platform.${site.platform}`)}</span>
            <span class="features">
              {featureKeys.map((key) => (
                <label key={key}>
                  <input
                    type="checkbox"
                    checked={site.features[key]}
                    onChange={(e) => void toggle(site, key, e.currentTarget.checked)}
                  />{' '}
                  {t(`options.sites.feature.${key}`)}
                </label>
              ))}
            </span>
            <button type="button" class="danger" onClick={() => void onDelete(site)}>
              {t('options.delete')}
            </button>
          </li>
        ))}
      </ul>
      <AddSiteForm t={t} onAdd={onAdd} />
    </div>
  );
}
