import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n';
import { platformOfHost } from '@/lib/platforms/hosts';
import { platforms, type Platform } from '@/lib/platforms/types';
import { invalidText } from '@/lib/store/invalid-text';
import type { SiteConfig } from '@/lib/store/schema';
import { SiteSchema } from '@/lib/store/schemas';
import { validate } from '@/lib/store/validate';
import { ChoiceField } from './ChoiceField';

interface Props {
  t: Translate;
  onAdd: (site: SiteConfig) => Promise<SiteConfig>;
}

/** Why a pattern naming a platform's own seller host is refused (that host already has every feature). */
function platformHostText(pattern: string, t: Translate): string | null {
  const host = pattern.replace(/\*/g, 'x');
  const own = platformOfHost(host);
  return own
    ? t('options.sites.platformHost', { host: new URL(host).hostname, platform: t(`platform.${own}`) })
    : null;
}

/** The add form's state and its one message (a new attempt or new typing replaces it, never piles on it). */
function useAddSite({ t, onAdd }: Props) {
  const [pattern, setPattern] = useState('');
  const [platform, setPlatform] = useState<Platform>('generic');
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const say = (text: string, error = false) => setMessage({ text, error });

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
    const own = platformHostText(site.pattern, t);
    if (own) return say(own, true);
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
  const typePattern = (text: string) => {
    setPattern(text);
    // What was said about the last attempt no longer applies to a new address.
    if (message.error) say('');
  };
  return { pattern, platform, message, add, typePattern, setPlatform };
}

/** A new site: its address pattern and the reader for its pages; the browser asks the merchant for access. */
export function AddSiteForm(props: Props) {
  const { t } = props;
  const form = useAddSite(props);
  return (
    <form class="add-site" noValidate onSubmit={(e) => void form.add(e)}>
      <label class="field">
        <span>{t('options.sites.pattern')}</span>
        <input
          value={form.pattern}
          placeholder="https://erp.example.com/orders/*"
          data-field="site-pattern"
          onInput={(e) => form.typePattern(e.currentTarget.value)}
        />
      </label>
      <ChoiceField
        label={t('options.sites.reader')}
        value={form.platform}
        choices={platforms.map((p) => [p, t(`platform.${p}`)])}
        onChange={form.setPlatform}
      />
      <button type="submit" class="primary">
        {t('options.sites.add')}
      </button>
      <span role="status" class={form.message.error ? 'message error-text' : 'message'} data-sites-message>
        {form.message.text}
      </span>
    </form>
  );
}
