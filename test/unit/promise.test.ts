import { describe, expect, it } from 'vitest';
import { promiseFor } from '../../lib/reports/promise';
import { reportRules } from '../../lib/reports/presets';
import { valuesFor } from '../../lib/templates/context';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

// Times are China time (the page's), read in whatever zone the suite runs (America/Los_Angeles).
const at = (s: string) => parseTime(s) as number;
const pdd = { id: '260923-063795392132914', platform: 'pdd' as const, status: 'pending' as const };
const jd = { id: '302598713465', platform: 'jd' as const, status: 'pending' as const };

describe('the promised ship time is never after the deadline', () => {
  it('PDD: the latest whole hour still ahead and not after it (deadline 09:50 → 09:00, never 10:00)', () => {
    // pdd-reminder-service-process 2.1.1: 承諾發貨時間需在正常發貨時效內並精確至小時.
    expect(promiseFor('pdd', at('2026-11-24 09:50'), at('2026-11-24 08:10'), CHINA_ZONE)).toEqual({
      ok: true,
      at: at('2026-11-24 09:00'),
      toTheHour: true,
    });
    // A deadline on the hour is itself promisable.
    expect(promiseFor('pdd', at('2026-11-24 10:00'), at('2026-11-24 09:20'), CHINA_ZONE)).toMatchObject({
      ok: true,
      at: at('2026-11-24 10:00'),
    });
  });

  it('PDD: 09:20 now, 09:50 deadline: no whole hour left — nothing is promised', () => {
    expect(promiseFor('pdd', at('2026-11-24 09:50'), at('2026-11-24 09:20'), CHINA_ZONE)).toEqual({
      ok: false,
      why: 'no-hour-left',
    });
    // "Still ahead of now": the hour that is now is not a promise.
    expect(promiseFor('pdd', at('2026-11-24 09:50'), at('2026-11-24 09:00'), CHINA_ZONE)).toEqual({
      ok: false,
      why: 'no-hour-left',
    });
  });

  it('JD accepts 18:30: the deadline to the minute; whole hours are PDD only', () => {
    expect(reportRules.jd.promiseToTheHour).toBe(false);
    expect(reportRules.taobao.promiseToTheHour).toBe(false);
    expect(reportRules.douyin.promiseToTheHour).toBe(false);
    expect(reportRules.pdd.promiseToTheHour).toBe(true);
    expect(promiseFor('jd', at('2026-11-24 18:30'), at('2026-11-24 12:00'), CHINA_ZONE)).toEqual({
      ok: true,
      at: at('2026-11-24 18:30'),
      toTheHour: false,
    });
    // A JD deadline 24 h after 2026-08-06 01:22:42 (order time with seconds): promised at 01:22, not after.
    expect(promiseFor('jd', at('2026-08-07 01:22:42'), at('2026-08-06 20:00'), CHINA_ZONE)).toMatchObject({
      at: at('2026-08-07 01:22'),
    });
  });

  it('a passed deadline is no promise on any platform', () => {
    for (const platform of ['jd', 'pdd', 'taobao', 'douyin', 'generic'] as const)
      expect(promiseFor(platform, at('2026-11-24 09:50'), at('2026-11-24 10:00'), CHINA_ZONE)).toEqual({
        ok: false,
        why: 'late',
      });
  });
});

describe('{promiseTime} in replies', () => {
  it('PDD 17:20 deadline → 17:00; JD → 17:20; PDD with no hour left → left for the merchant', () => {
    const deadline = at('2026-11-24 17:20');
    expect(valuesFor(pdd, deadline, CHINA_ZONE, at('2026-11-24 12:00')).promiseTime).toBe('2026-11-24 17:00');
    expect(valuesFor(jd, deadline, CHINA_ZONE, at('2026-11-24 12:00')).promiseTime).toBe('2026-11-24 17:20');
    const noHour = valuesFor(pdd, at('2026-11-24 09:50'), CHINA_ZONE, at('2026-11-24 09:20'));
    expect(noHour.promiseTime).toBeUndefined();
    expect(noHour.deadline).toBe('2026-11-24 09:50');
  });
});
