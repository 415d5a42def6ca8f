import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWallClock, parseTime, toZonedIso } from '../../lib/time/china-time';
import { isKnownZone, utcOffsetAt, wallDate, zonedToEpoch } from '../../lib/time/zone';
import { zoneChoices } from '../../lib/time/zone-choices';
import { zoneForOffset } from '../../lib/time/zone-for-offset';

const NY = 'America/New_York';
const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

/**
 * The offset as Intl names it (`GMT-04:00`), by a route the code does not take: what the remembered offsets
 * must always agree with.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(ms: number, zone: string): number {
  const format =
    formats.get(zone) ?? new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  formats.set(zone, format);
  const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
  if (!m?.[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe('page times in a zone with daylight saving (America/New_York, 2026)', () => {
  it('reads times before and after the spring change with the offset each side has', () => {
    expect(parseTime('2026-03-07 18:00', NY)).toBe(utc(2026, 3, 7, 23));
    expect(parseTime('2026-03-09 18:00', NY)).toBe(utc(2026, 3, 9, 22));
    expect(toZonedIso(utc(2026, 3, 7, 23), NY)).toBe('2026-03-07T18:00:00-05:00');
    expect(toZonedIso(utc(2026, 3, 9, 22), NY)).toBe('2026-03-09T18:00:00-04:00');
  });

  it('reads times before and after the autumn change with the offset each side has', () => {
    expect(toZonedIso(parseTime('2026-10-31 18:00', NY)!, NY)).toBe('2026-10-31T18:00:00-04:00');
    expect(toZonedIso(parseTime('2026-11-02 18:00', NY)!, NY)).toBe('2026-11-02T18:00:00-05:00');
  });

  it('a time the clocks skip (02:30 on 8 March) is read as 03:30 new time: the offset before the change', () => {
    const skipped = parseTime('2026-03-08 02:30', NY)!;
    expect(skipped).toBe(utc(2026, 3, 8, 7, 30));
    expect(toZonedIso(skipped, NY)).toBe('2026-03-08T03:30:00-04:00');
  });

  it('a time the clocks repeat (01:30 on 1 November) is the first of the two', () => {
    const repeated = parseTime('2026-11-01 01:30', NY)!;
    expect(toZonedIso(repeated, NY)).toBe('2026-11-01T01:30:00-04:00');
    expect(toZonedIso(repeated + 3_600_000, NY)).toBe('2026-11-01T01:30:00-05:00');
    expect(formatWallClock(repeated + 3_600_000, NY)).toBe('2026-11-01 01:30');
  });

  it('China time is unchanged: UTC+8 all year, whatever the machine zone', () => {
    for (const day of ['2026-03-08', '2026-07-01', '2026-11-01'])
      expect(toZonedIso(parseTime(`${day} 12:00`)!)).toBe(`${day}T12:00:00+08:00`);
  });
});

describe('zone offsets are remembered, never wrong', () => {
  const zones = [
    'Asia/Shanghai',
    NY,
    'Europe/London',
    'Australia/Lord_Howe', // half-hour daylight saving
    'America/Santiago', // changes at midnight
    'Pacific/Chatham', // +12:45 / +13:45
    'Asia/Kolkata',
  ];
  const instants = fc.integer({ min: utc(2025, 1, 1, 0), max: utc(2028, 1, 1, 0) });

  it('the offset at any instant is what Intl says (property)', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (ms, zone) => {
        expect(utcOffsetAt(ms, zone)).toBe(intlOffset(ms, zone));
      }),
      { numRuns: 1000 },
    );
  });

  it('around every change of 2026 too, every 5 minutes', () => {
    for (const zone of zones)
      for (let ms = utc(2026, 1, 1, 0); ms < utc(2027, 1, 1, 0); ms += 6 * 3_600_000) {
        if (intlOffset(ms, zone) === intlOffset(ms + 6 * 3_600_000, zone)) continue;
        for (let t = ms; t <= ms + 6 * 3_600_000; t += 5 * 60_000)
          expect(utcOffsetAt(t, zone), `${zone} ${new Date(t).toISOString()}`).toBe(intlOffset(t, zone));
      }
  });

  it('a wall clock read back gives that wall clock, at the first instant showing it (property)', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (ms, zone) => {
        const wall = wallDate(ms, zone).getTime();
        const back = zonedToEpoch(wall, zone);
        expect(wallDate(back, zone).getTime()).toBe(wall);
        expect(back).toBeLessThanOrEqual(ms);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('zones: which names are accepted, and offsets from before zones', () => {
  it('accepts the zone names Intl knows, refuses offsets and unknown names', () => {
    expect(['Asia/Shanghai', NY, 'Etc/GMT-8', 'UTC'].map(isKnownZone)).toEqual([true, true, true, true]);
    expect(['+08:00', 'Mars/Olympus', '', 'Asia/Shanghai; x', 480].map(isKnownZone)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('a stored offset becomes the zone with that offset (POSIX signs for the fixed ones)', () => {
    expect(zoneForOffset(480)).toBe('Asia/Shanghai');
    expect(zoneForOffset(0)).toBe('Etc/GMT');
    expect(zoneForOffset(-300)).toBe('Etc/GMT+5');
    expect(zoneForOffset(540)).toBe('Etc/GMT-9');
    expect(zoneForOffset(840)).toBe('Etc/GMT-14');
    expect(zoneForOffset(-720)).toBe('Etc/GMT+12');
    expect(zoneForOffset(330)).toBe('Asia/Kolkata');
    // No zone keeps UTC+1:30: the nearest whole hour, half hours east.
    expect(zoneForOffset(90)).toBe('Etc/GMT-2');
  });

  it('every converted offset gives back that offset (as standard time for the half-hour zones)', () => {
    const jan = utc(2026, 1, 15, 12);
    const jul = utc(2026, 7, 15, 12);
    for (let minutes = -720; minutes <= 840; minutes += 15) {
      const zone = zoneForOffset(minutes);
      expect(isKnownZone(zone), zone).toBe(true);
      const standard = Math.min(utcOffsetAt(jan, zone), utcOffsetAt(jul, zone));
      if (minutes % 60 === 0 || !zone.startsWith('Etc/'))
        expect(standard, `${minutes} → ${zone}`).toBe(minutes);
    }
  });

  it('the zone field offers China first, every named zone and the fixed offsets, with their offsets now', () => {
    const now = utc(2026, 7, 1, 0);
    const choices = zoneChoices('Asia/Shanghai', now, ['America/New_York', 'Asia/Shanghai', 'Europe/Paris']);
    expect(choices.first).toEqual([{ zone: 'Asia/Shanghai', offset: 480 }]);
    expect(choices.places).toEqual([
      { zone: NY, offset: -240 },
      { zone: 'Europe/Paris', offset: 120 },
    ]);
    expect(choices.fixed[0]).toEqual({ zone: 'Etc/GMT+12', offset: -720 });
    expect(choices.fixed.at(-1)).toEqual({ zone: 'Etc/GMT-14', offset: 840 });
    // A zone in neither list (an alias) is still offered, so the field shows what is stored.
    expect(zoneChoices('UTC', now, [NY]).first.map((c) => c.zone)).toEqual(['Asia/Shanghai', 'UTC']);
  });
});
