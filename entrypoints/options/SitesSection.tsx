import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n';
import { sellerHosts } from '@/lib/platforms/hosts';
import { platforms, type Platform } from '@/lib/platforms/types';
import { invalidText } from '@/lib/store/invalid-text';
import type { SiteConfig } from '@/lib/store/schema';
import { SiteSchema } from '@/lib/store/schemas';
import { validate } from '@/lib/store/validate';

interface Props {
  sites: SiteConfig[];
  t: Translate;
  onAdd: (site: SiteConfig) => Promise<SiteConfig>;
  /** `base`: the site as shown; one changed in another tab since is refused. */
  onSave: (site: SiteConfig, base: SiteConfig) => Promise<void>;
  onDelete: (site: SiteConfig) => Promise<void>;
}

const featureKeys = ['countdowns', 'replies', 'delayReports', 'notifications'] as const;

/** Built-in seller hosts, and the merchant's own sites (each asks the browser for permission first). */
export function SitesSection({ sites, t, onAdd, onSave, onDelete }: Props) {
  const [pattern, setPattern] = useState('');
  const [platform, setPlatform] = useState<Platform>('generic');
  const [message, setMessage] = useState('');

  const add = async (e: Event) => {
    e.preventDefault();
    const site: SiteConfig = {
      id: `site.${Date.now().toString(36)}`,
      pattern: pattern.trim(),
      platform,
      features: { countdowns: true, replies: true, delayReports: true, notifications: true },
    };
    // The same schema the background and a backup import check (lib/store/schemas.ts).
    const checked = validate(SiteSchema, site);
    if (!checked.ok) return setMessage(invalidText(checked.invalid, t));
    // Asked from the click itself: browsers only grant permissions during a user gesture.
    const granted = await browser.permissions.request({ origins: [site.pattern] }).catch(() => false);
    if (!granted) return setMessage(t('options.sites.denied'));
    try {
      await onAdd(site);
    } catch {
      return setMessage(t('storage.notSaved'));
    }
    setPattern('');
    setMessage(t('options.saved'));
  };

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
                    onChange={(e) =>
                      void onSave(
                        { ...site, features: { ...site.features, [key]: e.currentTarget.checked } },
                        site,
                      )
                    }
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
      <form class="add-site" noValidate onSubmit={(e) => void add(e)}>
        <label class="field">
          <span>{t('options.sites.pattern')}</span>
          <input
            value={pattern}
            placeholder="https://erp.example.com/orders/*"
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('options.sites.reader')}</span>
          <select value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)}>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {t(`platform.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          {t('options.sites.add')}
        </button>
        <span role="status" class="message">
          {message}
        </span>
      </form>
    </div>
  );
}
