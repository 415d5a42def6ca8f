import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { WeekSection } from '../../entrypoints/popup/WeekSection';
import { createTranslator } from '../../lib/i18n';
import { presetRules } from '../../lib/rules/presets';
import { jdPickupScore } from '../../lib/rules/weekly';
import type { SeenOrder } from '../../lib/store/schema';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const HOUR = 3_600_000;
const at = (s: string) => parseTime(s) as number;
const placed = at('2026-08-06 01:22:42');
const now = at('2026-08-09 12:00:00');
const shipped = (id: string, o: Partial<SeenOrder['order']>): SeenOrder => ({
  key: `jd:${id}`,
  order: { id, platform: 'jd', status: 'shipped', orderTime: placed, ...o },
  url: 'https://shop.jd.com/jdm/trade/orders/order-list',
  seenAt: now,
});

describe('popup: JD 48 h pickup rate', () => {
  it('says how many orders it is based on and on which page times; the threshold comes from the rule', () => {
    // 11 scanned on time, 1 scanned after 2026-08-08 01:22:42 (jd-shipping-faq: 48 h), 1 with no time at all.
    const orders = [
      ...Array.from({ length: 10 }, (_, i) => shipped(`a${i}`, { pickupTime: placed + 20 * HOUR })),
      shipped('s', { shipTime: placed + 3 * HOUR }),
      shipped('late', { pickupTime: at('2026-08-08 02:00:00') }),
      shipped('none', {}),
    ];
    const score = jdPickupScore(orders, presetRules, CHINA_ZONE, now);
    const el = document.createElement('div');
    render(
      <WeekSection
        weeks={[]}
        score={score}
        reports={[]}
        t={createTranslator('en')}
        locale="en"
        zone={CHINA_ZONE}
        now={now}
      />,
      el,
    );
    const text = el.querySelector('[data-sd-jd-score]')?.textContent ?? '';
    expect(text).toContain('91.7 % on time, based on 12 orders');
    expect(text).toContain(
      '11 by the pickup scan time, 1 by the ship time (no scan time shown: an estimate)',
    );
    expect(text).toContain('Not counted: 1 shipped order whose page');
    // 91.7 % is below the rule's 95 %: the flat weekly charge of the rule (7 points) is named.
    expect(text).toContain('Below 95 %: this week would cost 7 points');
  });
});
