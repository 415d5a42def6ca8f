import { describe, expect, it } from 'vitest';
import { textKey } from '../../entrypoints/orders.content/text-key';

// An unchanged row is recognised by the key of its text: a changed row must get another key, or it would keep
// its old reading (and its old deadline).
describe('textKey', () => {
  const row = (i: number, ship: string) =>
    `SO-${300000000000 + i}2026-12-07 10:39${ship}Awaiting shipment$9.90`;

  it('gives the same text the same key', () => {
    expect(textKey(row(7, '2026-12-08 02:39'))).toBe(textKey(row(7, '2026-12-08 02:39')));
  });

  it('tells apart texts that differ by one character, a swap or their length', () => {
    const keys = new Set<number>();
    const texts = new Set<string>();
    for (let i = 0; i < 2000; i++)
      for (const ship of ['2026-12-08 02:39', '2026-12-08 02:38', '2026-12-08 20:39', '2026-12-80 02:39']) {
        texts.add(row(i, ship));
        keys.add(textKey(row(i, ship)));
      }
    for (const t of ['', ' ', 'a', 'ab', 'ba', '订单编号：1', '订单编号:1', '订单编号：1 ']) {
      texts.add(t);
      keys.add(textKey(t));
    }
    expect(keys.size).toBe(texts.size);
  });

  it('is an exact number (a safe integer): keys compare with ===', () => {
    for (const t of ['', row(1, '2026-12-08 02:39'), '亲，您的订单'.repeat(500)])
      expect(Number.isSafeInteger(textKey(t))).toBe(true);
  });
});
