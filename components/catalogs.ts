import { hasCatalog, registerCatalog, type Locale } from '@/lib/i18n/translate';
import type { Api } from '@/lib/messaging/protocol';
import type { Platform } from '@/lib/platforms/types';
import { request } from './client';
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

/** The page's rules, settings and reports, with the merchant's UI language ready to use. */
export async function loadPageConfig(platform: Platform): Promise<Api['page/config']['res']> {
  const config = await request('page/config', { platform, language: navigator.language });
  if (config.catalog) registerCatalog(config.catalog.locale, config.catalog.messages);
  await ensureCatalogs([uiLocale(config.settings)]);
  return config;
}
