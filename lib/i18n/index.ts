import en from '../../locales/en.json';
import es from '../../locales/es.json';
import zh_CN from '../../locales/zh_CN.json';
import zh_TW from '../../locales/zh_TW.json';
import { registerCatalog, type Locale, type Messages } from './translate';

export * from './translate';
export * from './plural';

/** Every locale file, typed against `en` so a missing key fails the typecheck as well as the test. */
export const catalogs: Record<Locale, Messages> = { en, es, zh_CN, zh_TW };

for (const [locale, messages] of Object.entries(catalogs) as [Locale, Messages][]) {
  registerCatalog(locale, messages);
}
