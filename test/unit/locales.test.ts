import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, localeFromLanguage, supportedLocales } from '../../lib/i18n';
import { manifestLocaleFiles } from '../../lib/i18n/manifest-locales';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const enKeys = keys(catalogs.en).sort();

  for (const locale of supportedLocales) {
    it(`${locale} has exactly the keys of en, every one translated, with the same placeholders`, () => {
      expect(keys(catalogs[locale]).sort()).toEqual(enKeys);
      const t = createTranslator(locale);
      const tEn = createTranslator('en');
      for (const key of enKeys) {
        const text = t(key as never);
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(tEn(key as never)));
      }
    });
  }

  it('manifest name and description are localised within store limits', () => {
    const files = manifestLocaleFiles();
    expect(files.map((f) => f.relativeDest)).toEqual(
      supportedLocales.map((l) => `_locales/${l}/messages.json`),
    );
    for (const f of files) {
      const m = JSON.parse(f.contents) as Record<string, { message: string }>;
      expect(m.extName?.message.length).toBeLessThanOrEqual(45);
      expect(m.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('browser languages map to our four', () => {
    expect(localeFromLanguage('zh-CN')).toBe('zh_CN');
    expect(localeFromLanguage('zh')).toBe('zh_CN');
    expect(localeFromLanguage('zh-TW')).toBe('zh_TW');
    expect(localeFromLanguage('zh-Hant-HK')).toBe('zh_TW');
    expect(localeFromLanguage('es-419')).toBe('es');
    expect(localeFromLanguage('fr-FR')).toBe('en');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    const t = createTranslator('zh_CN');
    expect(t('overlay.left', { time: '3小时' })).toBe('剩余 3小时');
    expect(t('overlay.left')).toBe('剩余 {time}');
  });
});
