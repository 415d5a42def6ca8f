import type { Locale } from '@/lib/i18n/translate';
import { inLanguage } from '@/lib/templates/language';
import type { Template } from '@/lib/templates/types';

/** The text in the reply language, else in the language the merchant wrote it in (with that language). */
export const textIn = (tpl: Template, locale: Locale) =>
  inLanguage(tpl.text, locale) ?? { value: '', lang: locale };
export const textOf = (tpl: Template, locale: Locale) => textIn(tpl, locale).value;

/** Short names for the language switch (each in its own language, as language pickers show them). */
export const langLabel: Record<Locale, string> = { zh_CN: '简', zh_TW: '繁', en: 'EN', es: 'ES' };

// A template written in one language keeps its own title in the others: never its internal id.
export const titleOf = (tpl: Template, locale: Locale) =>
  inLanguage(tpl.title, locale)?.value ?? inLanguage(tpl.text, locale)?.value.slice(0, 24) ?? tpl.id;
