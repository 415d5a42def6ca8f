import type { Locale } from '../i18n/translate';

/** Where a text missing in the wanted language is looked for next: the languages templates are most written in. */
const FALLBACK: readonly Locale[] = ['zh_CN', 'zh_TW', 'en', 'es'];

/**
 * A template's title or text in `want`, else in the language it was written in (a merchant's own template
 * usually exists in one language only), with the language it came from so the picker can say so.
 */
export function inLanguage(
  texts: Partial<Record<Locale, string>>,
  want: Locale,
): { value: string; lang: Locale } | undefined {
  for (const lang of [want, ...FALLBACK]) {
    const value = texts[lang];
    if (value?.trim()) return { value, lang };
  }
  return undefined;
}
