import { h, render } from 'preact';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RulesSection } from '../../entrypoints/options/RulesSection';
import { createTranslator, type Locale } from '../../lib/i18n/translate';
import { starterPenalty } from '../../lib/rules/penalty';
import { PRESET_QUOTES, presetRules } from '../../lib/rules/presets';
import { ruleOrigin, sourceLines, sourceText } from '../../lib/rules/source-text';
import type { Rule } from '../../lib/rules/types';
import { RuleSchema } from '../../lib/store/schemas';

const locales: Locale[] = ['en', 'es', 'zh_CN', 'zh_TW'];
const preset = (id: string): Rule => structuredClone(presetRules.find((r) => r.id === id)!);
const waybillQuote = PRESET_QUOTES['jd.waybill-24h'].text;

describe('where a rule comes from, as the merchant reads it', () => {
  it('every default rule names its source in the merchant language', () => {
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

describe('the badge tooltip: source, quote, estimate or "your rule"', () => {
  it('a JD rule names the FAQ in the merchant language and quotes the FAQ verbatim, in Chinese', () => {
    const rule = preset('jd.waybill-24h');
    const shown = Object.fromEntries(locales.map((l) => [l, sourceLines(rule, createTranslator(l))]));
    expect(shown.zh_CN).toEqual([
      '规则来源：京东商家发货常见问题 — 来自平台商家帮助中心',
      `原文：“${waybillQuote}”`,
    ]);
    expect(shown.zh_TW).toEqual([
      '規則來源：京東商家出貨常見問題 — 來自平台商家說明中心',
      `原文：「${waybillQuote}」`,
    ]);
    expect(shown.en).toEqual([
      "Rule source: JD merchant shipping FAQ — from the platform's merchant FAQ",
      `The source says: “${waybillQuote}”`,
    ]);
    expect(shown.es).toEqual([
      'Origen de la regla: preguntas frecuentes de envío para vendedores de JD — según las preguntas frecuentes de la plataforma',
      `La fuente dice: «${waybillQuote}»`,
    ]);
    // The FAQ's own numbers: 24 h from the order, 1 point, 7 a week, 95 %.
    expect(waybillQuote).toContain('消费者下单成功后24小时内');
    expect(waybillQuote).toContain('每单扣1分,每周不超过7分');
  });

  it('PDD ¥3 / 48 h, the 5 % variant and Douyin ¥10 are estimates: no source states them', () => {
    for (const id of ['pdd.ship-48h', 'pdd.ship-48h-percent', 'douyin.promise', 'taobao.promise']) {
      const rule = preset(id);
      expect(ruleOrigin(rule), id).toBe('estimate');
      expect(rule.quote, id).toBeUndefined();
      const [en] = sourceLines(rule, createTranslator('en'));
      expect(en, id).toMatch(/^Estimate: no platform help text states these numbers/);
      expect(sourceLines(rule, createTranslator('zh_CN'))[0], id).toMatch(/^估算：/);
      expect(sourceLines(rule, createTranslator('zh_TW'))[0], id).toMatch(/^估算：/);
      expect(sourceLines(rule, createTranslator('es'))[0], id).toMatch(/^Estimación:/);
    }
    // The PDD preset no longer claims the service process as the source of its window and amount.
    expect(preset('pdd.ship-48h').source).not.toBe('PDD merchant service process; public order-list code');
    expect(sourceLines(preset('pdd.ship-48h'), createTranslator('en'))[0]).toContain('¥3 per late order');
  });

  it('a rule the merchant edited says "your rule", not "from the platform\'s FAQ"', () => {
    const mine: Rule = { ...preset('jd.waybill-24h'), limitHours: 36, edited: true };
    expect(ruleOrigin(mine)).toBe('yours');
    expect(sourceLines(mine, createTranslator('en'))).toEqual([
      "Rule source: your rule (you changed it in Seller Desk's options)",
    ]);
    expect(sourceLines(mine, createTranslator('zh_CN'))).toEqual([
      '规则来源：你的规则（你在 Seller Desk 设置中修改过）',
    ]);
    expect(sourceLines(mine, createTranslator('zh_TW'))[0]).toContain('你的規則');
    expect(sourceLines(mine, createTranslator('es'))[0]).toContain('su regla');
    // An edited PDD amount is the merchant's number, not an estimate of ours.
    const pdd: Rule = { ...preset('pdd.ship-48h'), penalty: { kind: 'cny', amount: 5 }, edited: true };
    expect(ruleOrigin(pdd)).toBe('yours');
    // Switched off and on again (stored as edited) is still the platform's rule; so is an old stored copy.
    const toggled: Rule = { ...preset('jd.waybill-24h'), edited: true };
    delete toggled.quote;
    expect(ruleOrigin(toggled)).toBe('faq');
    expect(sourceLines(toggled, createTranslator('en'))[1]).toContain(waybillQuote);
    // A merchant's own rule.
    expect(ruleOrigin({ ...preset('pdd.ship-48h'), id: 'custom.1', edited: true })).toBe('yours');
  });

  it('backups keep the quote, and older backups without one still import', () => {
    const rule = preset('jd.pickup-48h');
    expect(v.parse(RuleSchema, rule).quote).toEqual(PRESET_QUOTES['jd.pickup-48h']);
    const { quote: _q, ...old } = rule;
    expect(v.safeParse(RuleSchema, old).success).toBe(true);
  });
});

describe('the rule editor starts a penalty from the same platform only', () => {
  it("Douyin or Taobao switched to points gets blanks, not JD's 1 point / 7 a week", () => {
    const douyin = starterPenalty('points', 'douyin');
    expect(douyin.kind).toBe('points');
    expect(Object.values(douyin).filter((x) => typeof x === 'number' && !Number.isNaN(x))).toEqual([]);
    const taobao = starterPenalty('cny', 'taobao');
    expect(taobao).toEqual({ kind: 'cny', amount: NaN });
    expect(starterPenalty('cny', 'pdd')).toEqual({ kind: 'cny', amount: 3 });
    expect(starterPenalty('points', 'jd')).toMatchObject({ points: 1, weeklyCap: 7 });
  });
});

describe('options rule list', () => {
  const show = (rules: Rule[], locale: Locale) => {
    const root = document.createElement('div');
    const noop = async () => {};
    render(
      h(RulesSection, {
        rules,
        t: createTranslator(locale),
        onSave: async (r: Rule) => r,
        onToggle: noop,
        onReset: noop,
      }),
      root,
    );
    return root;
  };

  it('labels PDD and Douyin numbers "estimate", quotes the JD FAQ, says "your rule" once edited', () => {
    const edited: Rule = { ...preset('jd.pickup-48h'), limitHours: 72, edited: true };
    const root = show([...presetRules.filter((r) => r.id !== 'jd.pickup-48h'), edited], 'zh_CN');
    const row = (id: string) => root.querySelector(`[data-rule-id="${id}"]`)!;
    expect(row('pdd.ship-48h').querySelector('[data-sd-estimate="penalty"]')?.textContent).toBe('估算');
    expect(row('pdd.ship-48h').querySelector('[data-sd-estimate="limit"]')?.textContent).toBe('估算');
    expect(row('douyin.promise').querySelector('[data-sd-estimate="penalty"]')).not.toBeNull();
    expect(row('jd.waybill-24h').querySelector('[data-sd-estimate]')).toBeNull();
    const quote = row('jd.waybill-24h').querySelector('details[data-sd-quote] blockquote')!;
    expect(quote.textContent).toBe(waybillQuote);
    expect(quote.getAttribute('lang')).toBe('zh-CN');
    expect(row('jd.pickup-48h').querySelector('[data-sd-rule-origin]')?.textContent).toBe(
      '你的规则：你修改了默认值。默认值来自：京东商家发货常见问题',
    );
    expect(row('jd.pickup-48h').textContent).not.toContain('来自平台商家帮助中心');
  });
});
