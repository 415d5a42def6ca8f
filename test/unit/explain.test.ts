import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n';
import { assess } from '../../lib/rules/assess';
import { explain } from '../../lib/rules/explain';
import { PRESET_QUOTES, presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const now = parseTime('2026-11-24 12:00') ?? 0;
const HOUR = 3_600_000;

describe('explain', () => {
  it('says how long is left, when to ship, why, and what it costs — in the merchant language', () => {
    const a = assess(
      { id: '1', platform: 'jd', status: 'pending', orderTime: now - 22 * HOUR - 40 * 60_000 },
      presetRules,
      defaultAssessSettings,
      now,
    );
    const zh = explain(a, {
      t: createTranslator('zh_CN'),
      locale: 'zh_CN',
      rules: presetRules,
      zone: CHINA_ZONE,
    });
    expect(zh.badge).toBe('剩余 1小时20分钟');
    expect(zh.penalty).toBe('扣1分');
    expect(zh.lines).toEqual([
      '紧急',
      '最晚发货：2026-11-24 13:20（北京时间）',
      '时限 = 下单时间后 24 小时。',
      '揽收扫描截止：2026-11-25 13:20',
      '若延迟：扣 1 分，每周最多 7 分',
      '规则来源：京东商家发货常见问题 — 来自平台商家帮助中心',
      `原文：“${PRESET_QUOTES['jd.waybill-24h'].text}”`,
    ]);
    const en = explain(a, {
      t: createTranslator('en'),
      locale: 'en',
      rules: presetRules,
      zone: CHINA_ZONE,
    });
    expect(en.badge).toBe('1h 20m left');
  });

  it('overdue orders say how late; unknown ones say what is missing', () => {
    const t = createTranslator('en');
    const late = assess(
      { id: '1', platform: 'pdd', status: 'pending', promiseTime: now - 90 * 60_000 },
      presetRules,
      defaultAssessSettings,
      now,
    );
    const e = explain(late, { t, locale: 'en', rules: presetRules, zone: CHINA_ZONE });
    expect(e.badge).toBe('1h 30m late');
    expect(e.penalty).toBe('¥3.00');
    const unknown = assess(
      { id: '2', platform: 'taobao', status: 'pending' },
      presetRules,
      defaultAssessSettings,
      now,
    );
    const u = explain(unknown, { t, locale: 'en', rules: presetRules, zone: CHINA_ZONE });
    expect(u.badge).toBe('No deadline');
    expect(u.lines.join(' ')).toContain('The page shows no payment time');
  });

  it('a deadline counted from the order time is marked as an estimate; items still to ship are named', () => {
    const t = createTranslator('en');
    const a = assess(
      {
        id: '3',
        platform: 'taobao',
        status: 'pending',
        orderTime: now - 60 * 60_000,
        items: [
          { name: '加绒卫衣 灰色 L', status: 'cancelled' },
          { name: '运动袜 5双装', status: 'pending' },
        ],
      },
      presetRules,
      defaultAssessSettings,
      now,
    );
    const e = explain(a, { t, locale: 'en', rules: presetRules, zone: CHINA_ZONE });
    expect(e.badge).toBe('1d 23h left');
    const text = e.lines.join('\n');
    expect(text).toContain('counted from the order time; payment may be later');
    expect(text).toContain('Still to ship: 运动袜 5双装');
    expect(text).not.toContain('加绒卫衣');
  });
});

describe('explain: JD pickup mark on shipped orders', () => {
  // jd-shipping-faq Q5 (2): the courier's scan within 48 h of an order placed 2026-08-06 01:22:42.
  const placed = parseTime('2026-08-06 01:22:42') ?? 0;
  const ctx = (locale: 'en' | 'zh_CN' | 'es' | 'zh_TW', order = {}) => ({
    t: createTranslator(locale),
    locale,
    rules: presetRules,
    zone: CHINA_ZONE,
    order: { platform: 'jd' as const, ...order },
  });
  const shipped = { id: '1', platform: 'jd' as const, status: 'shipped' as const, orderTime: placed };

  it('a shipped order 8 h before its pickup deadline: “Done” plus a quieter “pickup due in 8h”, in all 4 languages', () => {
    const a = assess(shipped, presetRules, defaultAssessSettings, placed + 40 * HOUR - 20 * 60_000);
    const en = explain(a, ctx('en'));
    expect(en.badge).toBe('Done');
    expect(en.pickup).toEqual({ text: 'pickup due in 8h', level: 'soon' });
    expect(en.lines).toContain('Courier pickup scan due by 2026-08-08 01:22');
    expect(en.lines).toContain('The courier’s pickup scan must be visible 48 h after the order time.');
    expect(explain(a, ctx('zh_CN')).pickup?.text).toBe('待揽收 · 剩余 8小时');
    expect(explain(a, ctx('zh_TW')).pickup?.text).toMatch(/^待攬收 · 剩餘 8/);
    expect(explain(a, ctx('es')).pickup?.text).toMatch(/^recogida en 8/);
  });

  it('then says which: picked up on time, or the courier scan missing after 48 h', () => {
    const later = placed + 50 * HOUR;
    const onTime = explain(
      assess({ ...shipped, pickupTime: placed + 20 * HOUR }, presetRules, defaultAssessSettings, later),
      ctx('en', { pickupTime: placed + 20 * HOUR }),
    );
    expect(onTime.pickup).toEqual({ text: 'picked up on time', level: 'done' });
    expect(onTime.lines).toContain('Courier pickup scan shown on the page: 2026-08-06 21:22 (China time)');
    const missing = explain(assess(shipped, presetRules, defaultAssessSettings, later), ctx('en'));
    expect(missing.pickup).toEqual({
      text: 'pickup late: courier scan missing after 48 h',
      level: 'overdue',
    });
    expect(
      explain(assess(shipped, presetRules, defaultAssessSettings, later), ctx('zh_CN')).pickup?.text,
    ).toBe('揽收超时：48 小时后仍无快递揽收记录');
  });
});

describe('explain: JD presale procedure (jd-shipping-faq Q3)', () => {
  const presale = {
    id: '1',
    platform: 'jd' as const,
    status: 'pending' as const,
    presale: true,
    orderTime: parseTime('2026-11-01 20:00:00') ?? 0,
    promiseTime: parseTime('2026-11-25 18:00:00') ?? 0,
  };

  it('double deposit, a phone call within 24 h of the agreed ship time, the 24 h 删单申请, otherwise late — quoted', () => {
    const a = assess(presale, presetRules, defaultAssessSettings, now);
    const zh = explain(a, {
      t: createTranslator('zh_CN'),
      locale: 'zh_CN',
      rules: presetRules,
      zone: CHINA_ZONE,
      order: presale,
    }).lines.join('\n');
    expect(zh).toContain('买家同意则按 2 倍返还已付定金');
    expect(zh).toContain('须在约定发货时间（2026-11-25 18:00，北京时间）的 24 小时内电话联系买家');
    expect(zh).toContain('须在 24 小时内提交删单申请，并按 2 倍返还定金');
    expect(zh).toContain('平台按延迟发货处理');
    expect(zh).toContain(
      '来源（jd-shipping-faq.zh.txt, Q3）：“在客户支付尾款后,需在约定发货时间的24小时内电话联系消费者',
    );
    const en = explain(a, {
      t: createTranslator('en'),
      locale: 'en',
      rules: presetRules,
      zone: CHINA_ZONE,
      order: presale,
    }).lines.join('\n');
    expect(en).toContain('refund 2× the deposit paid');
    expect(en).toContain(
      'phone the buyer within 24 h of the agreed ship time (2026-11-25 18:00, China time)',
    );
    expect(en).toContain('deletion request (删单申请) within 24 h');
  });

  it('not on regular JD orders, nor on presale orders of platforms without a stated presale rule', () => {
    const t = createTranslator('en');
    const regular = { ...presale, presale: false };
    const lines = (o: typeof presale) =>
      explain(assess(o, presetRules, defaultAssessSettings, now), {
        t,
        locale: 'en',
        rules: presetRules,
        zone: CHINA_ZONE,
        order: o,
      }).lines.join('\n');
    expect(lines(regular)).not.toContain('deposit');
    expect(lines({ ...presale, platform: 'pdd' as never })).not.toContain('deposit');
  });
});
