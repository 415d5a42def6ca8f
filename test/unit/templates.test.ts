import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../../lib/i18n';
import type { SeenOrder } from '../../lib/store/schema';
import {
  findDiscussedOrder,
  mentionedOrderNumber,
  pickChatOrder,
  valuesFor,
} from '../../lib/templates/context';
import { defaultTemplates } from '../../lib/templates/defaults';
import { situations } from '../../lib/templates/types';
import { placeholdersIn, renderTemplate } from '../../lib/templates/render';
import { checkCompliance, defaultComplianceWords } from '../../lib/templates/compliance';
import { orderTemplates, situationsFor, templatesFor } from '../../lib/templates/suggest';
import { notReadyToSave } from '../../lib/templates/ready';
import type { Template } from '../../lib/templates/types';
import { openStore } from '../../lib/store/db';
import { syncPresets } from '../../lib/store/presets-sync';
import { parseBackup } from '../../lib/store/backup';
import { parseTime } from '../../lib/time/china-time';
import type { Platform } from '../../lib/platforms/types';
import { CHINA_ZONE } from '../../lib/time/zone';

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
    expect(valuesFor(order, undefined, CHINA_ZONE, 0)).toEqual({ orderId: '261130-555555555555555' });
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
    expect(valuesFor(seen[0]?.order, deadline, CHINA_ZONE, before)).toEqual({
      orderId: '260923-063795392132914',
      deadline: '2026-11-24 17:20',
      promiseTime: '2026-11-24 17:00',
      buyerName: '王**',
    });
    expect(valuesFor(undefined, undefined, CHINA_ZONE, before)).toEqual({});
  });

  it('a late order is not promised the time it already missed: the merchant gives the new one', () => {
    const deadline = parseTime('2026-11-24 16:00') ?? 0;
    const after = parseTime('2026-11-24 18:42') ?? 0;
    expect(valuesFor(seen[0]?.order, deadline, CHINA_ZONE, after)).toEqual({
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
    // Flagged words are checked where each template goes: JD presale must mention the phone call JD requires.
    const four: Platform[] = ['jd', 'pdd', 'taobao', 'douyin'];
    for (const tpl of defaultTemplates) {
      for (const platform of tpl.platforms ?? four) {
        for (const text of Object.values(tpl.text))
          expect(
            checkCompliance(text, defaultComplianceWords, { platform, situation: tpl.situation }),
            `${tpl.id} ${platform}`,
          ).toEqual([]);
      }
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
      ...valuesFor(order, deadline, CHINA_ZONE, deadline - 3_600_000),
      carrier: '中通快递',
      trackingNo: '7312345678901',
      reason: 'x',
      couponAmount: '3.00',
      shipTime: '2026-11-24 16:05',
      shipFrom: '杭州',
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

const byId = (id: string) => {
  const tpl = defaultTemplates.find((t) => t.id === id);
  if (!tpl) throw new Error(`no template ${id}`);
  return tpl;
};
const allTexts = (tpl: Template) => Object.values(tpl.text).join('\n');

describe('advice per platform (pdd-reminder-service-process, jd-reminder-replies)', () => {
  it('PDD out of stock: apologise and refund at once (立即退款), coupon optional; never JD’s 48 h', () => {
    for (const id of ['builtin.pdd.out-of-stock', 'builtin.pdd.out-of-stock-coupon']) {
      const tpl = byId(id);
      expect(tpl.platforms).toEqual(['pdd']);
      expect(tpl.text.zh_CN).toContain('我们将立刻为您办理退款');
      expect(tpl.text.zh_TW).toContain('我們將立刻為您辦理退款');
      expect(tpl.text.en).toContain('refunding you right away');
      expect(allTexts(tpl)).not.toMatch(/48/);
    }
    expect(byId('builtin.pdd.out-of-stock').text.zh_CN).not.toContain('{couponAmount}');
    expect(byId('builtin.pdd.out-of-stock-coupon').text.zh_CN).toContain('{couponAmount} 元优惠券');
  });

  it('JD out of stock keeps JD’s advice (cancel, refund within 48 hours) and is offered on JD only', () => {
    const tpl = byId('builtin.out-of-stock');
    expect(tpl.platforms).toEqual(['jd']);
    expect(tpl.text.zh_CN).toContain('48 小时内为您退款');
    expect(tpl.text.en).toContain('within 48 hours');
  });

  it('PDD late: apology, a promised hour, coupon "X元" if the buyer waits, refund at once if not', () => {
    const late = byId('builtin.pdd.reminder-late');
    expect(late.text.zh_CN).toContain('承诺在 {promiseTime} 前发货');
    expect(late.text.zh_CN).toContain('发货后我们将送上 {couponAmount} 元优惠券');
    expect(late.text.zh_CN).toContain('如果亲不能接受，可以申请退款，我们将马上处理');
    expect(byId('builtin.pdd.notice-delay').text.zh_CN).not.toContain('{couponAmount}');
    for (const id of ['builtin.pdd.reminder-late', 'builtin.pdd.notice-delay'])
      expect(allTexts(byId(id))).not.toMatch(/48/);
  });

  it('PDD shipped without tracking: 24 h after pickup, withdraw the refund, or refund and recall; after printing: time, place, carrier, number', () => {
    expect(byId('builtin.pdd.shipped-no-tracking').text.zh_CN).toContain(
      '物流公司一般在揽件后的24小时内会更新物流信息',
    );
    expect(byId('builtin.pdd.shipped-no-tracking').text.zh_TW).toContain(
      '物流公司一般在攬件後的24小時內會更新物流資訊',
    );
    expect(byId('builtin.pdd.shipped-withdraw-refund').text.zh_CN).toContain('撤销退款申请');
    expect(byId('builtin.pdd.shipped-refund-recall').text.zh_CN).toMatch(/同意.*召回/);
    const printed = renderTemplate(byId('builtin.pdd.notice-shipped').text.zh_CN ?? '', {
      shipTime: '2026-09-08 17:30',
      shipFrom: '杭州',
      carrier: '中通快递',
      trackingNo: '7312345678901',
    });
    expect(printed.missing).toEqual([]);
    expect(printed.text).toBe(
      '亲，您的商品已于 2026-09-08 17:30 从杭州由中通快递发出，快递单号为 7312345678901，您可通过平台物流记录或快递官网查询相关信息。',
    );
  });

  it('JD presale (jd-shipping-faq Q3): agreed ship time, a call within 24 h before it, double deposit if cancelled by agreement', () => {
    const tpl = byId('builtin.presale-jd');
    expect(tpl.platforms).toEqual(['jd']);
    expect(tpl.situation).toBe('presale');
    expect(tpl.text.zh_CN).toContain('约定在 {promiseTime} 前发货');
    expect(tpl.text.zh_CN).toContain('24 小时内给您打电话');
    expect(tpl.text.zh_CN).toContain('双倍返还您已支付的定金');
    expect(tpl.text.en).toMatch(/phone you.*double the deposit/s);
    // The general presale reply promises nothing a platform contradicts (no call, no deposit): offered everywhere.
    expect(byId('builtin.presale').platforms).toBeUndefined();
  });
});

describe('platform-scoped suggestions', () => {
  const overdue = { id: '1', platform: 'pdd' as const, status: 'pending' as const };

  it('the delay helper’s buyer notice is the platform’s own: PDD refunds at once, JD keeps the general notice', () => {
    const notice = (p: Platform) => orderTemplates(defaultTemplates, ['notice-delay'], p).suggested[0]?.id;
    expect(notice('pdd')).toBe('builtin.pdd.notice-delay');
    expect(notice('jd')).toBe('builtin.notice-delay');
    expect(notice('douyin')).toBe('builtin.notice-delay');
  });

  it('a platform’s chat offers its own templates and the general ones, never another platform’s', () => {
    const pdd = templatesFor(defaultTemplates, 'pdd').map((t) => t.id);
    expect(pdd).toContain('builtin.pdd.out-of-stock');
    expect(pdd).toContain('builtin.out-of-stock-general');
    expect(pdd).not.toContain('builtin.out-of-stock');
    expect(pdd).not.toContain('builtin.presale-jd');
    const jd = templatesFor(defaultTemplates, 'jd').map((t) => t.id);
    expect(jd).toContain('builtin.out-of-stock');
    expect(jd.filter((id) => id.startsWith('builtin.pdd.'))).toEqual([]);
    const taobao = templatesFor(defaultTemplates, 'taobao');
    expect(taobao.every((t) => !t.platforms?.length)).toBe(true);
  });

  it('on PDD a late order gets PDD’s late reply first, and no JD out-of-stock advice anywhere in the list', () => {
    const { suggested, others } = orderTemplates(defaultTemplates, situationsFor(overdue, 'overdue'), 'pdd');
    expect(suggested[0]?.id).toBe('builtin.pdd.reminder-late');
    const outOfStock = suggested.filter((t) => t.situation === 'out-of-stock').map((t) => t.id);
    expect(outOfStock).toEqual([
      'builtin.pdd.out-of-stock',
      'builtin.pdd.out-of-stock-coupon',
      'builtin.out-of-stock-general',
    ]);
    expect([...suggested, ...others].some((t) => t.platforms?.includes('jd'))).toBe(false);
  });

  it('a merchant’s own template scoped to a platform follows the same rule', () => {
    const own: Template = { ...byId('builtin.refund'), id: 'own.jd-only', builtIn: false, platforms: ['jd'] };
    expect(templatesFor([own], 'pdd')).toEqual([]);
    expect(templatesFor([own], 'jd')).toEqual([own]);
    expect(templatesFor([{ ...own, platforms: [] }], 'pdd')).toHaveLength(1);
  });
});

describe('built-ins reach existing installs', () => {
  it('new built-ins are added, un-edited ones take the new text and scope, edited ones keep their words', async () => {
    const db = await openStore(`sd-tpl-sync-${Math.random()}`);
    // An install from before platform scopes: JD's out-of-stock advice stored as a general template and
    // edited by the merchant, and none of the new built-ins.
    const { platforms: _drop, ...oldGeneral } = byId('builtin.out-of-stock');
    const edited = {
      ...oldGeneral,
      text: { ...oldGeneral.text, zh_CN: '亲，缺货了，48 小时内退款。' },
      edited: true,
    };
    await db.put('templates', edited);
    const added0 = ['builtin.out-of-stock-general', 'builtin.presale-jd'];
    for (const tpl of defaultTemplates)
      if (tpl.id.startsWith('builtin.pdd.') || added0.includes(tpl.id)) await db.delete('templates', tpl.id);
    const { added, updated } = await syncPresets(db);
    expect(added).toContain('builtin.pdd.out-of-stock');
    expect(added).toContain('builtin.presale-jd');
    expect(added).toContain('builtin.out-of-stock-general');
    expect(updated).toContain('builtin.out-of-stock');
    const stored = await db.get('templates', 'builtin.out-of-stock');
    // The edit stays (edited: true), and now shows on JD only.
    expect(stored).toMatchObject({ edited: true, platforms: ['jd'], text: edited.text });
    expect(await db.get('templates', 'builtin.pdd.out-of-stock')).toEqual(byId('builtin.pdd.out-of-stock'));
    expect(await syncPresets(db)).toEqual({ added: [], updated: [] });
    db.close();
  });

  it('un-edited built-ins with old text are replaced by the new text and scope', async () => {
    const db = await openStore(`sd-tpl-sync-${Math.random()}`);
    const { platforms: _drop, ...old } = byId('builtin.out-of-stock');
    await db.put('templates', { ...old, text: { ...old.text, zh_CN: '旧文字' } });
    expect((await syncPresets(db)).updated).toEqual(['builtin.out-of-stock']);
    expect(await db.get('templates', 'builtin.out-of-stock')).toEqual(byId('builtin.out-of-stock'));
    db.close();
  });

  it('a backup keeps a template’s platform scope and refuses an unknown platform', () => {
    const file = (templates: unknown[]) =>
      JSON.stringify({ format: 'seller-desk-backup', schemaVersion: 1, exportedAt: '', templates });
    const ok = parseBackup(file([byId('builtin.pdd.out-of-stock')]));
    expect(ok.ok && ok.file.templates?.[0]?.platforms).toEqual(['pdd']);
    expect(parseBackup(file([{ ...byId('builtin.refund'), platforms: ['amazon'] }])).ok).toBe(false);
    expect(parseBackup(file([byId('builtin.refund')])).ok).toBe(true);
  });
});

describe('a template the merchant wrote is saved only when the reply helper could use it', () => {
  const draft = (text: Template['text'], title: Template['title']): Template => ({
    id: 'custom.t',
    situation: 'reminder-in-stock',
    builtIn: false,
    title,
    text,
  });
  it('refuses a placeholder it cannot fill, no words at all, and words without a title', () => {
    expect(notReadyToSave(draft({ en: 'Hi {nope}' }, { en: 'Hi' }))).toEqual({ kind: 'unknown-placeholder' });
    expect(notReadyToSave(draft({ en: '  ' }, { en: 'Hi' }))).toEqual({ kind: 'no-text' });
    expect(notReadyToSave(draft({ en: 'Hi', es: 'Hola' }, { en: 'Hi' }))).toEqual({
      kind: 'untitled',
      locale: 'es',
    });
  });
  it('accepts words with their title, whatever the other languages lack', () => {
    expect(notReadyToSave(draft({ zh_CN: '您好' }, { zh_CN: '问候', en: 'Greeting' }))).toBeNull();
  });
});
