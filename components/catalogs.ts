import { hasCatalog, registerCatalog, type Locale } from '@/lib/i18n/translate';
import type { Api, Topic } from '@/lib/messaging/protocol';
import type { Platform } from '@/lib/platforms/types';
import { onPageEvent, request } from './client';
import { uiLocale } from './locale';

/**
 * Content scripts carry no translations of their own (they are injected into every back-office page load):
 * the background hands over the catalogs a feature is about to use, once per page.
 */
export async function ensureCatalogs(locales: readonly Locale[]): Promise<void> {
  const missing = [...new Set(locales)].filter((l) => !hasCatalog(l));
  if (!missing.length) return;
  const received = await request('i18n/catalogs', { locales: missing });
  for (const locale of missing) {
    const messages = received[locale];
    if (messages) registerCatalog(locale, messages);
  }
}

export type PageConfig = Api['page/config']['res'];

/** The page's rules, settings and reports, with the merchant's UI language ready to use. */
export async function loadPageConfig(platform: Platform): Promise<PageConfig> {
  const config = await request('page/config', { platform, language: navigator.language });
  if (config.catalog) registerCatalog(config.catalog.locale, config.catalog.messages);
  await ensureCatalogs([uiLocale(config.settings)]);
  return config;
}

/** What `page/config` carries: a change to any of these is loaded again. */
const CONFIG_TOPICS: readonly Topic[] = ['settings', 'rules', 'reports'];

/**
 * The page's config now and whenever the merchant changes it (options page, another tab, an import): `apply` gets
 * the first load, then every change, in order. `failed` gets a load that fails (the page keeps what it had).
 * Returns the stop.
 */
export function watchPageConfig(
  platform: Platform,
  apply: (config: PageConfig) => void,
  failed: (error: unknown) => void,
): () => void {
  let stopped = false;
  let loading = false;
  let again = false;
  const load = () => {
    // Changes in a burst (an import writes everything) are merged: one load at a time, one more after it.
    if (loading) return void (again = true);
    loading = true;
    loadPageConfig(platform)
      .then((config) => !stopped && apply(config))
      .catch((error: unknown) => !stopped && failed(error))
      .finally(() => {
        loading = false;
        if (again && !stopped) {
          again = false;
          load();
        }
      });
  };
  const unsubscribe = onPageEvent((event) => {
    if (event.type === 'changed' && event.topics.some((t) => CONFIG_TOPICS.includes(t))) load();
  });
  load();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
