import { describe, expect, it } from 'vitest';
import { assessRow, newRow } from '../../entrypoints/orders.content/rows';
import type { OrderBlock } from '../../lib/orders/blocks';
import { fits, positionOf } from '../../lib/orders/locators';
import { normal } from '../../lib/orders/text';
import { signatureOf } from '../../lib/orders/signature';
import type { Order } from '../../lib/orders/types';
import { presetRules } from '../../lib/rules/presets';
import { defaultSettings } from '../../lib/settings';
import { parseTime } from '../../lib/time/china-time';

// The helpers every row of every pass goes through: rewritten to allocate less, they must read the same.

describe('normal: whitespace runs as one space, trimmed', () => {
  it.each([
    ['2026-11-29 12:00', '2026-11-29 12:00'],
    ['  订单号： 123 ', '订单号： 123'],
    ['a\n\t b', 'a b'],
    ['a\u00a0b\u3000c', 'a b c'],
    ['\u00a0a\u00a0', 'a'],
    ['a  b', 'a b'],
    ['', ''],
    [' ', ''],
  ])('%j → %j', (text, want) => {
    expect(normal(text)).toBe(want);
    expect(normal(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
  it('null reads as empty', () => expect(normal(null)).toBe(''));
});

describe('fits: the same words around other digits', () => {
  it('finds the token starts even when the array held a longer text before', () => {
    const starts: number[] = [];
    expect(
      fits(
        '下单 2026-11-29 12:00 付款 2026-11-29 12:05',
        ['下单 ', '-', '-', ' ', ':', ' 付款 ', '-', '-', ' ', ':', ''],
        starts,
      ),
    ).toBe(true);
    expect(fits('¥12.50', ['¥', '.', ''], starts)).toBe(true);
    // Token 1 is the first digit run: "12"; token 3 the cents.
    expect('¥12.50'.slice(positionOf(starts, [1, 0]), positionOf(starts, [4, 0]))).toBe('12.50');
    expect(fits('¥12', ['¥', '.', ''], starts)).toBe(false);
    expect(fits('$12.50', ['¥', '.', ''], starts)).toBe(false);
  });
});

describe('signatureOf: rows with the same words and as many digit runs share a plan', () => {
  const block = (tag = 'DIV') => ({ parts: [{}], element: { tagName: tag } }) as unknown as OrderBlock;
  it('counts ASCII and full-width digit runs alike', () => {
    expect(signatureOf(block(), '订单号：123 待发货 ¥9.90')).toBe(
      signatureOf(block(), '订单号：１２３ 待发货 ¥8.80'),
    );
    expect(signatureOf(block(), '订单号：123 待发货')).not.toBe(
      signatureOf(block(), '订单号：123 待发货 ¥8'),
    );
  });
  it('reuses the folded text found with the block only for the text it was folded from', () => {
    const found = { ...block(), text: '订单号：1 待发货', folded: '订单号:1 待发货' } as OrderBlock;
    expect(signatureOf(found, '订单号：1 待发货')).toBe(signatureOf(block(), '订单号：1 待发货'));
    // The row changed since it was found: its own text decides.
    expect(signatureOf(found, '订单号：1 已发货')).toBe(signatureOf(block(), '订单号：1 已发货'));
  });
  it('keys on the reader’s words in order, whatever their case', () => {
    expect(signatureOf(block(), 'Order No. 1 Awaiting shipment')).toBe(
      signatureOf(block(), 'ORDER NO. 2 awaiting SHIPMENT'),
    );
    expect(signatureOf(block(), '订单号：1 待发货')).not.toBe(signatureOf(block(), '订单号：1 已发货'));
    expect(signatureOf(block('TR'), '订单号：1 待发货')).not.toBe(signatureOf(block(), '订单号：1 待发货'));
  });
});

describe('assessRow: when the minute refresh must redraw a row (its level can change)', () => {
  const HOUR = 3_600_000;
  const now = parseTime('2026-11-24 12:00:00') as number;
  const row = (o: Partial<Order>) =>
    newRow({} as OrderBlock, { id: '1', platform: 'jd', status: 'pending', ...o }, false);
  const recheck = (promiseIn: number) => {
    const r = row({ promiseTime: now + promiseIn });
    assessRow(r, presetRules, defaultSettings, [], now);
    return r.recheckAt;
  };
  it('at the next threshold still ahead: soon, then urgent, then the deadline', () => {
    const { soonHours, urgentHours } = defaultSettings;
    expect(recheck(30 * HOUR)).toBe(now + 30 * HOUR - soonHours * HOUR);
    expect(recheck((soonHours - 1) * HOUR)).toBe(now + (soonHours - 1 - urgentHours) * HOUR);
    expect(recheck(HOUR / 2)).toBe(now + HOUR / 2);
  });
  it('never for an order already late or finished', () => {
    expect(recheck(-HOUR)).toBe(Infinity);
    const done = row({ status: 'shipped', promiseTime: now + HOUR });
    assessRow(done, presetRules, defaultSettings, [], now);
    expect(done.recheckAt).toBe(Infinity);
  });
});
