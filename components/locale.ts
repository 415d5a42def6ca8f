import { createTranslator, resolveLocale, type Locale } from '@/lib/i18n/translate';
import type { Settings } from '@/lib/settings';

/** The merchant's chosen UI language, or the browser's. */
export function uiLocale(settings: Pick<Settings, 'locale'>): Locale {
  return resolveLocale(settings.locale, navigator.language);
}

export const translatorFor = (settings: Pick<Settings, 'locale'>) => createTranslator(uiLocale(settings));
