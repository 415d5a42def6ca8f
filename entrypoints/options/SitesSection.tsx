import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n';
import { platformOfHost, sellerHosts } from '@/lib/platforms/hosts';
import { platforms, type Platform } from '@/lib/platforms/types';
import { storeErrorCode } from '@/lib/store/errors';
import { invalidText } from '@/lib/store/invalid-text';
import type { SiteConfig } from '@/lib/store/schema';
import { SiteSchema } from '@/lib/store/schemas';
import { validate } from '@/lib/store/validate';
import { KeptDraft } from './KeptDraft';

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
  const [pattern, setPattern] = useState('');
  const [platform, setPlatform] = useState<Platform>('generic');
  /** One message at a time: a new attempt or new typing replaces the last one, never piles on it. */
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const say = (text: string, error = false) => setMessage({ text, error });
  /**
   * A feature switch another tab changed first: the page shows the newer site, and this change is
   * offered back (the merchant's click is not silently dropped).
   */
  const [kept, setKept] = useState<{ id: string; key: FeatureKey; on: boolean } | null>(null);

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
    if (!checked.ok) return say(invalidText(checked.invalid, t), true);
    // A platform's own seller host already has every feature, with that platform's reader.
    const own = platformOfHost(site.pattern.replace(/\*/g, 'x'));
    if (own)
      return say(
        t('options.sites.platformHost', {
          host: new URL(site.pattern.replace(/\*/g, 'x')).hostname,
          platform: t(`platform.${own}`),
        }),
        true,
      );
    // Said before the browser's prompt opens: the page would otherwise look frozen while it waits.
    say(t('options.sites.waiting'));
    // Asked from the click itself: browsers only grant permissions during a user gesture.
    const granted = await browser.permissions.request({ origins: [site.pattern] }).catch(() => false);
    if (!granted) return say(t('options.sites.denied'), true);
    try {
      await onAdd(site);
    } catch {
      return say(t('storage.notSaved'), true);
    }
    setPattern('');
    say(t('options.saved'));
  };

  const toggle = (site: SiteConfig, key: FeatureKey, on: boolean) =>
    onSave({ ...site, features: { ...site.features, [key]: on } }, site).then(
      () => setKept(null),
      (e: unknown) => {
        if (storeErrorCode(e) === 'conflict') setKept({ id: site.id, key, on });
      },
    );
  const keptSite = kept && sites.find((s) => s.id === kept.id);

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
      {kept && keptSite && (
        <KeptDraft
          t={t}
          message={t('options.sites.keptDraft', {
            site: keptSite.pattern,
            feature: t(`options.sites.feature.${kept.key}`),
            state: kept.on ? t('options.sites.on') : t('options.sites.off'),
          })}
          onRestore={() => void toggle(keptSite, kept.key, kept.on)}
          onDiscard={() => setKept(null)}
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
      <form class="add-site" noValidate onSubmit={(e) => void add(e)}>
        <label class="field">
          <span>{t('options.sites.pattern')}</span>
          <input
            value={pattern}
            placeholder="https://erp.example.com/orders/*"
            data-field="site-pattern"
            onInput={(e) => {
              setPattern(e.currentTarget.value);
              // What was said about the last attempt no longer applies to a new address.
              if (message.error) say('');
            }}
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
        <span role="status" class={message.error ? 'message error-text' : 'message'} data-sites-message>
          {message.text}
        </span>
      </form>
    </div>
  );
}
