import en from '../../locales/en.json';
import es from '../../locales/es.json';
import zh_CN from '../../locales/zh_CN.json';
import zh_TW from '../../locales/zh_TW.json';

export type Messages = typeof en;
export type Locale = 'en' | 'es' | 'zh_CN' | 'zh_TW';
export const supportedLocales: readonly Locale[] = ['en', 'es', 'zh_CN', 'zh_TW'];

/** Every locale file, typed against `en` so a missing key fails the typecheck as well as the test. */
export const catalogs: Record<Locale, Messages> = { en, es, zh_CN, zh_TW };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** `zh-TW`, `zh-Hant-HK` → zh_TW; `zh`, `zh-CN` → zh_CN; `es-419` → es; anything else → en. */
export function localeFromLanguage(lang: string): Locale {
  const l = lang.toLowerCase().replace('_', '-');
  if (l.startsWith('zh')) return /-(tw|hk|mo|hant)/.test(l) ? 'zh_TW' : 'zh_CN';
  if (l.startsWith('es')) return 'es';
  return 'en';
}

export function resolveLocale(setting: Locale | 'auto', browserLanguage: string): Locale {
  return setting === 'auto' ? localeFromLanguage(browserLanguage) : setting;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function createTranslator(locale: Locale): Translate {
  const messages = catalogs[locale];
  return (key, params) => {
    const text = lookup(messages, key) ?? lookup(en, key) ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
}

/** BCP 47 tag for Intl. */
export const intlLocale = (locale: Locale) => locale.replace('_', '-');
