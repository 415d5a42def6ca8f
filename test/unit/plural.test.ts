import { describe, expect, it } from 'vitest';
import { createTranslator, plural } from '../../lib/i18n';

describe('plural forms (Intl.PluralRules)', () => {
  it('says "1 tardío" and "2 tardíos", "1 point" and "6 points", one form in Chinese', () => {
    const es = createTranslator('es');
    expect(plural(es, 'es', 'popup.late', 1)).toBe('1 tardío');
    expect(plural(es, 'es', 'popup.late', 2)).toBe('2 tardíos');
    const en = createTranslator('en');
    expect(plural(en, 'en', 'popup.points', 1)).toBe('1 point');
    expect(plural(en, 'en', 'popup.points', 6)).toBe('6 points');
    expect(plural(en, 'en', 'popup.pickupUnjudgedN', 1)).not.toMatch(/\(s\)/);
    const zh = createTranslator('zh_CN');
    expect(plural(zh, 'zh_CN', 'popup.late', 1)).toBe('延迟 1 单');
  });

  it('a category the catalogs lack (Spanish "many") reads as "other"', () => {
    const es = createTranslator('es');
    expect(plural(es, 'es', 'popup.late', 1_000_000)).toBe('1000000 tardíos');
  });
});
