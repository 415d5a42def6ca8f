import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n/translate';
import { assess } from '../../lib/rules/assess';
import { explain } from '../../lib/rules/explain';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const now = parseTime('2026-11-24 12:00') as number;
const HOUR = 3_600_000;

describe('a rule counted from a time the page does not show', () => {
  it('JD (24 h from the order) with only the payment time shown: counted from the payment, and said so', () => {
    const a = assess(
      { id: '298765432106', platform: 'jd', status: 'pending', payTime: now - 14 * HOUR },
      presetRules,
      defaultAssessSettings,
      now,
    );
    expect(a.level).toBe('soon');
    expect(a.deadline).toBe(now + 10 * HOUR);
    expect(a.penalty?.code).toBe('points:1');
    const lines = explain(a, {
      t: createTranslator('en'),
      locale: 'en',
      rules: presetRules,
      zone: CHINA_ZONE,
    }).lines;
    expect(lines).toContain(
      'Deadline = 24 h after the payment time: the rule counts from the order time, which this page does not show (the order comes first, so the real deadline can be a few minutes earlier).',
    );
  });

  it('the order time, when shown, is the one used; with neither time there is no clock', () => {
    const both = assess(
      { id: '1', platform: 'jd', status: 'pending', orderTime: now - 15 * HOUR, payTime: now - 14 * HOUR },
      presetRules,
      defaultAssessSettings,
      now,
    );
    expect(both.deadline).toBe(now + 9 * HOUR);
    expect(both.reason).toMatchObject({ key: 'computed', from: 'order' });
    const neither = assess(
      { id: '2', platform: 'jd', status: 'pending' },
      presetRules,
      defaultAssessSettings,
      now,
    );
    expect(neither.level).toBe('unknown');
  });
});
