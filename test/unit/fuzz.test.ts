import { describe, expect, it } from 'vitest';
import { readAfterSales } from '../../lib/aftersales/read';
import { defaultAfterSalesKeywords } from '../../lib/aftersales/classify';
import { createTranslator } from '../../lib/i18n';
import { readOrders } from '../../lib/orders/read';
import type { Platform } from '../../lib/platforms/types';
import { assess, levelFor } from '../../lib/rules/assess';
import { explain } from '../../lib/rules/explain';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { fixturePages, mutateLayout, pick, rng } from '../fuzz/layouts';
import { CHINA_ZONE } from '../../lib/time/zone';

const pages = fixturePages();

const platforms: Platform[] = ['jd', 'pdd', 'taobao', 'douyin', 'generic'];
const t = createTranslator('zh_CN');

describe('fuzz: 1,000 mutated layouts never break the readers', () => {
  it('no exception escapes; every order read has an id and a level; after-sales reading survives too', () => {
    const r = rng(20261124);
    const now = Date.UTC(2026, 10, 20, 4);
    let orders = 0;
    for (let n = 0; n < 1000; n++) {
      document.body.innerHTML = pick(pages, r) ?? '';
      // Big pages sparingly: the suite must stay quick.
      const applied = mutateLayout(document.body, r, n % 50 === 0);
      const platform = pick(platforms, r) ?? 'generic';
      const context = `layout ${n}: ${applied.join('+')} as ${platform}`;
      const result = readOrders(document.body, platform, { now });
      for (const { element, order } of result.orders) {
        expect(order.id, context).toMatch(/\S/);
        expect(element.isConnected, context).toBe(true);
        for (const time of [order.orderTime, order.payTime, order.promiseTime])
          if (time !== undefined) expect(Number.isFinite(time), context).toBe(true);
        const a = assess(order, presetRules, defaultAssessSettings, now);
        // The level and the deadline tell one story: a clock has a real deadline and the level it implies.
        if (a.level === 'done' || a.level === 'unknown') expect(a.deadline, context).toBeUndefined();
        else {
          expect(Number.isFinite(a.deadline), context).toBe(true);
          expect(a.level, context).toBe(levelFor((a.deadline ?? 0) - now, defaultAssessSettings));
        }
        expect(
          explain(a, { t, locale: 'zh_CN', rules: presetRules, zone: CHINA_ZONE }).badge,
          context,
        ).toMatch(/\S/);
        orders++;
      }
      readAfterSales(document.body, defaultAfterSalesKeywords);
    }
    expect(orders).toBeGreaterThan(2000);
  }, 120_000);
});
