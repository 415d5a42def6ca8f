import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n';
import { assess } from '../../lib/rules/assess';
import { explain } from '../../lib/rules/explain';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime } from '../../lib/time/china-time';

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
      offsetMinutes: 480,
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
    ]);
    const en = explain(a, {
      t: createTranslator('en'),
      locale: 'en',
      rules: presetRules,
      offsetMinutes: 480,
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
    const e = explain(late, { t, locale: 'en', rules: presetRules, offsetMinutes: 480 });
    expect(e.badge).toBe('1h 30m late');
    expect(e.penalty).toBe('¥3.00');
    const unknown = assess(
      { id: '2', platform: 'taobao', status: 'pending' },
      presetRules,
      defaultAssessSettings,
      now,
    );
    const u = explain(unknown, { t, locale: 'en', rules: presetRules, offsetMinutes: 480 });
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
    const e = explain(a, { t, locale: 'en', rules: presetRules, offsetMinutes: 480 });
    expect(e.badge).toBe('1d 23h left');
    const text = e.lines.join('\n');
    expect(text).toContain('counted from the order time; payment may be later');
    expect(text).toContain('Still to ship: 运动袜 5双装');
    expect(text).not.toContain('加绒卫衣');
  });
});
