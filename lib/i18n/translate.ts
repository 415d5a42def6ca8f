import type en from '../../locales/en.json';

// The catalogs themselves are imported by lib/i18n/index.ts (extension pages, background, tests). Content
// scripts import only this module and receive the one or two catalogs they need from the background, so the
// script injected into the merchant's page does not carry all four languages.

export type Messages = typeof en;
export type Locale = 'en' | 'es' | 'zh_CN' | 'zh_TW';
export const supportedLocales: readonly Locale[] = ['en', 'es', 'zh_CN', 'zh_TW'];

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

// Kept on the global object: a script injected later (the delay-report helper) is a separate bundle but
// shares the content scripts' world, and must see the catalogs they already received.
const REGISTRY = Symbol.for('seller-desk.catalogs');
const world = globalThis as { [REGISTRY]?: Map<Locale, Messages> };
const registry = (world[REGISTRY] ??= new Map<Locale, Messages>());

/** Makes a catalog available to every translator of this script (idempotent). */
export function registerCatalog(locale: Locale, messages: Messages): void {
  registry.set(locale, messages);
}

export const hasCatalog = (locale: Locale) => registry.has(locale);

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

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Looks keys up in the locale's catalog, then English, then shows the key (a missing catalog is visible, not fatal). */
export function createTranslator(locale: Locale): Translate {
  const found = new Map<string, string>();
  return (key, params) => {
    let text = found.get(key);
    if (text === undefined) {
      text = lookup(registry.get(locale), key);
      // Only the locale's own text is remembered: its catalog may still be on its way.
      if (text !== undefined) found.set(key, text);
      else text = lookup(registry.get('en'), key) ?? key;
    }
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
}

/** BCP 47 tag for Intl. */
export const intlLocale = (locale: Locale) => locale.replace('_', '-');
