import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../../lib/i18n';
import type { SeenOrder } from '../../lib/store/schema';
import {
  findDiscussedOrder,
  mentionedOrderNumber,
  pickChatOrder,
  toTheHour,
  valuesFor,
} from '../../lib/templates/context';
import { defaultTemplates } from '../../lib/templates/defaults';
import { situations } from '../../lib/templates/types';
import { placeholdersIn, renderTemplate } from '../../lib/templates/render';
import { parseTime } from '../../lib/time/china-time';

describe('renderTemplate', () => {
  it('fills placeholders and reports the missing ones instead of leaving holes', () => {
    const r = renderTemplate('亲，您的订单 {orderId} 会在 {promiseTime} 前发出', { orderId: '123' });
    expect(r.missing).toEqual(['promiseTime']);
    expect(r.text).toBe('亲，您的订单 123 会在 {promiseTime} 前发出');
    expect(renderTemplate('{a}{a}', { a: '  ' }).missing).toEqual(['a']);
  });

  it('keeps hostile values as plain text', () => {
    const r = renderTemplate('Hi {buyerName}', { buyerName: '<img src=x onerror=alert(1)>' });
    expect(r.text).toBe('Hi <img src=x onerror=alert(1)>');
    expect(r.missing).toEqual([]);
  });
});

describe('default templates', () => {
  it('exist in all four languages with the same placeholders', () => {
    for (const tpl of defaultTemplates) {
      const en = placeholdersIn(tpl.text.en ?? '').sort();
      for (const locale of supportedLocales) {
        expect(tpl.text[locale], `${tpl.id} ${locale}`).toBeTruthy();
        expect(tpl.title[locale], `${tpl.id} ${locale}`).toBeTruthy();
        expect(placeholdersIn(tpl.text[locale] ?? '').sort(), `${tpl.id} ${locale}`).toEqual(en);
      }
    }
  });
});

describe('order context for replies', () => {
  const seen: SeenOrder[] = [
    {
      key: 'pdd:1',
      order: { id: '260923-063795392132914', platform: 'pdd', status: 'pending', buyer: '王**' },
      url: '',
      seenAt: 0,
    },
    {
      key: 'pdd:2',
      order: { id: '260923-000000000000001', platform: 'pdd', status: 'pending' },
      url: '',
      seenAt: 0,
    },
  ];

  it('promises are given to the hour, in China time, rounded up', () => {
    expect(toTheHour(parseTime('2026-11-24 17:20') ?? 0, 480)).toBe('2026-11-24 18:00');
    expect(toTheHour(parseTime('2026-11-24 18:00') ?? 0, 480)).toBe('2026-11-24 18:00');
  });

  it('finds the order most recently mentioned in the chat', () => {
    const texts = ['订单号 260923-000000000000001 呢？', '怎么还不发货？订单号 260923-063795392132914'];
    expect(findDiscussedOrder(texts, seen)?.key).toBe('pdd:1');
    expect(findDiscussedOrder(['你好'], seen)).toBeUndefined();
  });

  it('an order number the buyer wrote, never seen on a list, still fills {orderId}', () => {
    const texts = ['您好', '什么时候发货？订单号 261130-555555555555555', '我买了 2 件，付了 199.00'];
    expect(mentionedOrderNumber(texts)).toBe('261130-555555555555555');
    expect(mentionedOrderNumber(['我要 3 件', '订单 1001 呢'])).toBeUndefined();
    const order = pickChatOrder(undefined, undefined, seen, {
      id: '261130-555555555555555',
      platform: 'pdd',
    });
    expect(order).toEqual({ id: '261130-555555555555555', platform: 'pdd', status: 'unknown' });
    expect(valuesFor(order, undefined, 480, 0)).toEqual({ orderId: '261130-555555555555555' });
  });

  it('the chat order card is completed by what the order list showed', () => {
    const card = {
      id: '260923-063795392132914',
      platform: 'pdd' as const,
      status: 'pending' as const,
      promiseTime: 5,
    };
    expect(pickChatOrder(card, undefined, seen)).toMatchObject({ buyer: '王**', id: card.id });
    expect(pickChatOrder(undefined, seen[1], seen)?.id).toBe('260923-000000000000001');
  });

  it('fills order id, deadline, the promise not after it (PDD: 17:20 → 17:00) and buyer', () => {
    const deadline = parseTime('2026-11-24 17:20') ?? 0;
    const before = parseTime('2026-11-24 12:00') ?? 0;
    expect(valuesFor(seen[0]?.order, deadline, 480, before)).toEqual({
      orderId: '260923-063795392132914',
      deadline: '2026-11-24 17:20',
      promiseTime: '2026-11-24 17:00',
      buyerName: '王**',
    });
    expect(valuesFor(undefined, undefined, 480, before)).toEqual({});
  });

  it('a late order is not promised the time it already missed: the merchant gives the new one', () => {
    const deadline = parseTime('2026-11-24 16:00') ?? 0;
    const after = parseTime('2026-11-24 18:42') ?? 0;
    expect(valuesFor(seen[0]?.order, deadline, 480, after)).toEqual({
      orderId: '260923-063795392132914',
      deadline: '2026-11-24 16:00',
      buyerName: '王**',
    });
  });
});

describe('template lint', () => {
  it('flags unknown placeholders, ones the situation cannot fill, over-long and empty text', async () => {
    const { lintTemplate, MAX_TEMPLATE_LENGTH } = await import('../../lib/templates/lint');
    expect(lintTemplate('订单 {orderId} 将在 {promiseTime} 前发出', 'reminder-in-stock')).toEqual([]);
    expect(lintTemplate('单号 {trackingNo} {orderNo}', 'reminder-in-stock')).toEqual([
      { kind: 'unfillable', name: 'trackingNo' },
      { kind: 'unknown', name: 'orderNo' },
    ]);
    expect(lintTemplate('x'.repeat(MAX_TEMPLATE_LENGTH + 1), 'refund')).toEqual([
      { kind: 'too-long', length: MAX_TEMPLATE_LENGTH + 1, max: MAX_TEMPLATE_LENGTH },
    ]);
    expect(lintTemplate('  ', 'refund')).toEqual([{ kind: 'empty' }]);
  });

  it('every default template passes lint in every language', async () => {
    const { lintTemplate } = await import('../../lib/templates/lint');
    for (const tpl of defaultTemplates) {
      for (const locale of supportedLocales) {
        expect(lintTemplate(tpl.text[locale] ?? '', tpl.situation), `${tpl.id} ${locale}`).toEqual([]);
      }
    }
  });
});

describe('starter library', () => {
  it('covers every situation merchants meet, with nothing a platform would flag', () => {
    const covered = new Set(defaultTemplates.map((t) => t.situation));
    for (const s of situations) {
      expect(covered.has(s), s).toBe(true);
    }
    expect(defaultTemplates.filter((t) => t.situation === 'after-sales')).toHaveLength(4);
    const flagged = /保证|保證|绝对|絕對|guarantee|garantiz|微信|电话|電話|phone|WeChat|好评|好評|review/i;
    for (const tpl of defaultTemplates) {
      for (const text of Object.values(tpl.text)) expect(text, tpl.id).not.toMatch(flagged);
    }
  });
});

describe('rendering in every language', () => {
  it('fills every starter template from an order, to the hour in China time, with no placeholder left', () => {
    const deadline = parseTime('2026-11-24 17:20') ?? 0;
    const order = {
      id: '260923-063795392132914',
      platform: 'pdd' as const,
      status: 'pending' as const,
      buyer: '王**',
    };
    const values = {
      ...valuesFor(order, deadline, 480, deadline - 3_600_000),
      carrier: '中通快递',
      trackingNo: '7312345678901',
      reason: 'x',
      couponAmount: '3.00',
    };
    for (const tpl of defaultTemplates) {
      for (const locale of supportedLocales) {
        const r = renderTemplate(tpl.text[locale] ?? '', values);
        expect(r.missing, `${tpl.id} ${locale}`).toEqual([]);
        expect(r.text, `${tpl.id} ${locale}`).not.toMatch(/\{\w+\}/);
        if ((tpl.text[locale] ?? '').includes('{promiseTime}')) expect(r.text).toContain('2026-11-24 17:00');
      }
    }
  });
});
