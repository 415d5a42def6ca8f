import type { Locale } from './translate';

/** Each language in its own words: how a merchant finds theirs in a list, whatever the page's language. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  zh_CN: '简体中文',
  zh_TW: '繁體中文',
};
