import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findTimes,
  formatWallClock,
  parseTime,
  toZonedIso,
  wallClockToEpoch,
} from '../../lib/time/china-time';
import { formatDuration } from '../../lib/time/format-duration';
import { parseRemaining } from '../../lib/time/remaining';
import { isTickText, withoutTicks } from '../../entrypoints/orders.content/ticking';

const iso = (ms: number | null) => (ms === null ? null : toZonedIso(ms));

describe('China-time parsing', () => {
  it('reads the formats the back-offices print, as UTC+8 whatever the machine zone', () => {
    // The suite runs in Los Angeles (UTC-8 in November): sixteen hours from the pages' zone.
    expect(new Date(Date.UTC(2026, 10, 24)).getTimezoneOffset()).toBe(480);
    expect(iso(parseTime('2026-11-24 18:00:00'))).toBe('2026-11-24T18:00:00+08:00');
    expect(iso(parseTime('下单时间：2021/09/01 12:00:00'))).toBe('2021-09-01T12:00:00+08:00');
    expect(iso(parseTime('2026-11-24 18:05'))).toBe('2026-11-24T18:05:00+08:00');
    expect(iso(parseTime('２０２６－１１－２４ １８：００'))).toBe('2026-11-24T18:00:00+08:00');
    expect(iso(parseTime('2026年11月24日 18时30分'))).toBe('2026-11-24T18:30:00+08:00');
    expect(parseTime('2026-11-24 10:00:00')).toBe(Date.UTC(2026, 10, 24, 2, 0, 0));
  });

  it('a date alone means the end of that day', () => {
    expect(iso(parseTime('Ship by 2026-11-25'))).toBe('2026-11-25T23:59:59+08:00');
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseTime('2026-13-45 25:99')).toBeNull();
    expect(parseTime('2026-02-30 10:00')).toBeNull();
    expect(parseTime('2026-11-24 24:00')).toBeNull();
    expect(parseTime('no date here')).toBeNull();
  });

  it('finds both times on the JD card line', () => {
    const found = findTimes('2026-08-06 01:22:42 下单，2026-08-06 01:25:04 付款');
    expect(found.map((f) => iso(f.ms))).toEqual(['2026-08-06T01:22:42+08:00', '2026-08-06T01:25:04+08:00']);
  });

  it('honours another page zone when the setting says so', () => {
    expect(toZonedIso(parseTime('2026-11-24 18:00', 'Etc/GMT') ?? 0, 'Etc/GMT')).toBe(
      '2026-11-24T18:00:00+00:00',
    );
    const ny = 'America/New_York';
    expect(toZonedIso(parseTime('2026-11-24 18:00', ny) ?? 0, ny)).toBe('2026-11-24T18:00:00-05:00');
  });

  it('round-trips any wall-clock time (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        // Zones whose clocks never skip an hour (the DST zone's gaps: zone.test.ts), from −12 h to +14 h.
        fc.constantFrom(
          'Asia/Shanghai',
          'Etc/GMT',
          'Etc/GMT+12',
          'Etc/GMT-14',
          'Asia/Kolkata',
          'Asia/Kathmandu',
        ),
        (y, mo, d, h, mi, s, zone) => {
          const ms = wallClockToEpoch({ y, mo, d, h, mi, s }, zone);
          const p = (n: number) => String(n).padStart(2, '0');
          const text = `${y}-${p(mo)}-${p(d)} ${p(h)}:${p(mi)}:${p(s)}`;
          expect(parseTime(text, zone)).toBe(ms);
          expect(formatWallClock(ms ?? 0, zone)).toBe(text.slice(0, 16));
        },
      ),
    );
  });
});

describe('relative remainders', () => {
  it('reads what the pages show', () => {
    expect(parseRemaining('剩余 5小时12分')).toBe((5 * 60 + 12) * 60_000);
    expect(parseRemaining('剩 1天3小时')).toBe(27 * 3_600_000);
    expect(parseRemaining('還剩 2小時')).toBe(2 * 3_600_000);
    expect(parseRemaining('5h 12m left')).toBe((5 * 60 + 12) * 60_000);
    expect(parseRemaining('quedan 3 horas 5 minutos')).toBe((3 * 60 + 5) * 60_000);
    expect(parseRemaining('已超时 2小时')).toBe(-2 * 3_600_000);
  });

  it('ignores durations that are not remainders', () => {
    expect(parseRemaining('发货时效 48小时')).toBeNull();
    expect(parseRemaining('剩余')).toBeNull();
  });

  it('reads the clock form a page ticks every second, like 剩余0小时30分', () => {
    expect(parseRemaining('剩余发货时间 00:30:00')).toBe(parseRemaining('剩余0小时30分'));
    expect(parseRemaining('剩余 1天 02:03:04')).toBe(((26 * 60 + 3) * 60 + 4) * 1000);
    expect(parseRemaining('剩余：49:59:59')).toBe(((49 * 60 + 59) * 60 + 59) * 1000);
    expect(parseRemaining('已超时 00:10:00')).toBe(-10 * 60_000);
    // A cell under a remaining-time header holds the clock alone.
    expect(parseRemaining('00:30:00', { bare: true })).toBe(30 * 60_000);
    expect(parseRemaining('1天 02:03:04', { bare: true })).toBe(((26 * 60 + 3) * 60 + 4) * 1000);
    // A clock without a remaining word is a time of day; one after a date too.
    expect(parseRemaining('00:30:00')).toBeNull();
    expect(parseRemaining('下单 2026-11-20 10:00:00', { bare: true })).toBeNull();
    expect(parseRemaining('剩余发货时间 2026-11-21 10:00')).toBeNull();
  });
});

describe('formatDuration', () => {
  it('is compact and localised', () => {
    const ms = (3 * 60 + 20) * 60_000;
    expect(formatDuration(ms, 'en')).toBe('3h 20m');
    expect(formatDuration(ms, 'zh-CN')).toBe('3小时20分钟');
    expect(formatDuration(ms, 'zh-TW')).toBe('3小時20分鐘');
    expect(formatDuration(27 * 3_600_000 + 5 * 60_000, 'en')).toBe('1d 3h');
    expect(formatDuration(-45 * 60_000, 'es')).toBe('45min');
    expect(formatDuration(3_600_000, 'en')).toBe('1h');
    expect(formatDuration(20_000, 'zh-CN')).toBe('0分钟');
  });
});

describe('parseTime reads the common shape without its pattern, and gets what the pattern gets', () => {
  const slow = (text: string, zone?: string) => findTimes(text, zone)[0]?.ms ?? null;
  it.each([
    '2026-11-29 12:00',
    '2026/11/29 12:00:05',
    '2026.1.9 8:05',
    '2026-11-29',
    '2026-11-29T12:00',
    '2026-11-29 待发货',
    '2026-11-29 12',
    '2026-11-29 123:00',
    '2026-11-29 12:005',
    '2026-11-291',
    '2026-13-01 12:00 2026-11-30 08:00',
    '2026-02-30 10:00',
    '2026-11-29 24:00',
    '12026-11-29 12:00',
    '２０２６-11-29 12:00',
    '2026-11-29 12：00',
    '2026年11月29日 12:00',
    '2026 - 11 - 29 12:00',
    '2026-11-29 12:0５',
    '2026-11-29 12:00：05',
    '2026-11-29 12:00:0５',
  ])('%j', (text) => {
    expect(parseTime(text)).toBe(slow(text));
    expect(parseTime(text, 'America/New_York')).toBe(slow(text, 'America/New_York'));
  });
  it('on date-like texts, well formed or not', () => {
    const num = (max: number) =>
      fc
        .tuple(fc.integer({ min: 0, max }), fc.boolean())
        .map(([n, pad]) => (pad ? String(n).padStart(2, '0') : String(n)));
    const text = fc
      .tuple(
        fc.constantFrom('2026', '1999', '2026 ', '２０２６', '12026', '202'),
        fc.constantFrom('-', '/', '.', '年', ' - '),
        num(14),
        fc.constantFrom('-', '/', '.', '月', ''),
        num(33),
        fc.constantFrom('', ' ', 'T', '  ', '\t', '日 ', 'x', ' T '),
        fc.oneof(num(25), fc.constant('123')),
        fc.constantFrom(':', '：', '时', ''),
        fc.oneof(num(61), fc.constant('005'), fc.constant('0５')),
        fc.constantFrom('', ':05', ':5', ':', ':123', '分', ':61', '：05', ':0５', '５'),
        fc.constantFrom('', ' 待发货', '0', ' 2026-11-30 08:00'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('Asia/Shanghai', 'Etc/GMT', 'America/New_York'), (t, zone) => {
        expect(parseTime(t, zone)).toBe(slow(t, zone));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a countdown the page ticks every second', () => {
  it('is recognised as a tick, and masked in the row key; dates, ids and statuses are not', () => {
    for (const t of ['00:29:59', ' 1天 02:03:04 ', '剩余0小时29分59秒', '剩余 00:30:00', '49:59:59'])
      expect(isTickText(t), t).toBe(true);
    for (const t of [
      '6931827364519283746',
      '2026-11-20 10:00:00',
      '待发货',
      '¥35.00',
      '3',
      '261119-063795392132914',
    ])
      expect(isTickText(t), t).toBe(false);
    const row =
      '订单编号：261119-063795392132914 订单成交时间：2026-11-19 10:00:00 待发货 剩余发货时间 00:30:00';
    const ticked = row.replace('00:30:00', '00:29:59');
    expect(withoutTicks(ticked)).toBe(withoutTicks(row));
    // A change anywhere else in the row still changes its key.
    expect(withoutTicks(row.replace('10:00:00', '10:05:00'))).not.toBe(withoutTicks(row));
    expect(withoutTicks(row.replace('待发货', '已发货'))).not.toBe(withoutTicks(row));
    expect(withoutTicks('剩余 5小时12分 x')).toBe(withoutTicks('剩余 5小时11分 x'));
  });
});
