import { describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '../../lib/i18n/translate';
import { presetRules } from '../../lib/rules/presets';
import { sourceText } from '../../lib/rules/source-text';

describe('where a rule comes from, as the merchant reads it', () => {
  it('every default rule names its source in the merchant language', () => {
    const locales: Locale[] = ['en', 'es', 'zh_CN', 'zh_TW'];
    for (const rule of presetRules) {
      const shown = locales.map((l) => sourceText(rule, createTranslator(l)));
      expect(shown[0]).toBe(rule.source);
      // Each language has its own words, none left in English.
      expect(new Set(shown).size).toBe(4);
      for (const zh of shown.slice(2)) expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(sourceText(presetRules[0]!, createTranslator('zh_TW'))).toBe('京東商家出貨常見問題');
  });

  it('a source the merchant or an import wrote is shown as written', () => {
    const t = createTranslator('zh_CN');
    expect(sourceText({ source: '店铺运营手册 2026' }, t)).toBe('店铺运营手册 2026');
    expect(sourceText({ source: 'JD merchant shipping FAQ (my notes)' }, t)).toBe(
      'JD merchant shipping FAQ (my notes)',
    );
  });
});
