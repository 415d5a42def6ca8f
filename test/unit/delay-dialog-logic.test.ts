import { describe, expect, it } from 'vitest';
import type { Order } from '../../lib/orders/types';
import {
  couponAmount,
  draftReport,
  promisesAfterDeadline,
  wholeHourFor,
} from '../../lib/reports/dialog-draft';
import {
  latestRecorded,
  offeredKinds,
  startingKind,
  startingReason,
  startingShipTime,
  startingTimeSource,
  suggestedWindowEnd,
} from '../../lib/reports/dialog-start';
import { promiseFor } from '../../lib/reports/promise';
import type { DelayReport } from '../../lib/reports/types';
import { formatWallClock, parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const at = (s: string) => parseTime(s) as number;
const shown = (ms: number | undefined) => (ms === undefined ? undefined : formatWallClock(ms, CHINA_ZONE));
const jd: Order = {
  id: '302598713465',
  platform: 'jd',
  status: 'pending',
  orderTime: at('2026-11-23 09:00'),
};
const pdd: Order = { ...jd, id: '260923-063795392132914', platform: 'pdd' };
const recorded = (r: Partial<DelayReport>): DelayReport => ({
  id: 'r',
  kind: 'emergency',
  platform: 'jd',
  orderKey: 'jd:302598713465',
  status: 'pending',
  reason: 'buyer-asked',
  createdAt: at('2026-11-24 08:00'),
  newShipTime: at('2026-11-25 18:30'),
  ...r,
});

describe('where the delay helper starts', () => {
  it('opened again, it starts from the latest report filed for this order: its kind, reason and time', () => {
    const reports = [
      recorded({ id: 'old', kind: 'card', createdAt: at('2026-11-23 20:00') }),
      recorded({ id: 'latest' }),
      recorded({ id: 'other order', orderKey: 'jd:1', createdAt: at('2026-11-24 09:00') }),
    ];
    const last = latestRecorded(jd, reports);
    expect(last?.id).toBe('latest');
    expect(startingKind(offeredKinds('jd'), last)).toBe('emergency');
    expect(startingReason(jd, 'delay', last)).toBe('buyer-asked');
    expect(startingTimeSource(last, 'emergency', undefined)).toBe('recorded');
  });

  it('first opened: the platform’s first kind, and the usual reason (JD presale: the presale transfer)', () => {
    expect(offeredKinds('jd')).toEqual(['card', 'emergency', 'notice', 'pre-report']);
    expect(startingKind(offeredKinds('pdd'), undefined)).toBe('notice');
    expect(startingReason(jd, 'delay', undefined)).toBe('out-of-stock');
    expect(startingReason({ ...jd, presale: true }, 'delay', undefined)).toBe('presale-transfer');
    // PDD has no presale procedure of its own.
    expect(startingReason({ ...pdd, presale: true }, 'delay', undefined)).toBe('out-of-stock');
    expect(startingReason(jd, 'abnormal', undefined)).toBe('address');
  });

  it('a notice on an order not yet late proposes the promise; otherwise +24 h on the hour (an estimate)', () => {
    const now = at('2026-11-24 07:40');
    const deadline = at('2026-11-24 09:50');
    const promise = promiseFor('pdd', deadline, now, CHINA_ZONE);
    const start = { recorded: undefined, promise, deadline, now, zone: CHINA_ZONE };
    expect(startingTimeSource(undefined, 'notice', promise)).toBe('promise');
    expect(shown(startingShipTime({ ...start, from: 'promise' }))).toBe('2026-11-24 09:00');
    expect(startingTimeSource(undefined, 'card', promise)).toBe('suggestion');
    expect(shown(startingShipTime({ ...start, from: 'suggestion' }))).toBe('2026-11-25 10:00');
  });

  it('a pre-report window is proposed until now + 3 days, rounded up to the hour (an estimate)', () => {
    expect(shown(suggestedWindowEnd(at('2026-11-24 12:20'), CHINA_ZONE))).toBe('2026-11-27 13:00');
  });
});

describe('what the delay helper drafts', () => {
  const base = {
    order: jd,
    reason: 'force-majeure' as const,
    now: at('2026-11-24 12:00'),
    newShipTime: at('2026-11-25 18:30'),
    windowEnd: at('2026-11-27 12:00'),
    evidence: ['chat' as const],
    coupon: 5,
  };

  it('each kind with only its own parts: a pre-report names no order, evidence only on an emergency report', () => {
    const pre = draftReport({ ...base, kind: 'pre-report' });
    expect(pre.orderKey).toBeUndefined();
    expect(pre.newShipTime).toBeUndefined();
    expect(pre.window).toEqual({ from: base.now, to: base.windowEnd });
    expect(pre.evidence).toBeUndefined();
    const emergency = draftReport({ ...base, kind: 'emergency' });
    expect(emergency).toMatchObject({ orderKey: 'jd:302598713465', newShipTime: base.newShipTime });
    expect(emergency.evidence).toEqual(['chat']);
    expect(emergency.coupon).toBeUndefined();
    expect(draftReport({ ...base, kind: 'notice' }).coupon).toBe(5);
  });

  it('PDD asks for a whole hour (18:30 → 19:00) and may offer a coupon; JD takes 18:30 and has no coupon', () => {
    expect(shown(wholeHourFor('pdd', at('2026-11-24 18:30'), CHINA_ZONE))).toBe('2026-11-24 19:00');
    expect(wholeHourFor('pdd', at('2026-11-24 19:00'), CHINA_ZONE)).toBeUndefined();
    expect(wholeHourFor('jd', at('2026-11-24 18:30'), CHINA_ZONE)).toBeUndefined();
    expect(couponAmount('pdd', '5')).toBe(5);
    expect(couponAmount('pdd', '0')).toBeUndefined();
    expect(couponAmount('pdd', '')).toBeUndefined();
    expect(couponAmount('jd', '5')).toBeUndefined();
  });

  it('a notice promising a time after the deadline of an order not yet late is flagged; a late order is not', () => {
    const deadline = at('2026-11-25 12:00');
    const notice = draftReport({ ...base, kind: 'notice' });
    expect(promisesAfterDeadline(notice, deadline, base.now)).toBe(true);
    expect(promisesAfterDeadline(notice, at('2026-11-24 11:00'), base.now)).toBe(false);
    expect(promisesAfterDeadline(draftReport({ ...base, kind: 'card' }), deadline, base.now)).toBe(false);
  });
});
