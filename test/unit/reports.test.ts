import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n';
import type { Order } from '../../lib/orders/types';
import { nextSteps, reportFields, sourceQuotes } from '../../lib/reports/draft';
import { buyerNotice } from '../../lib/templates/buyer-notice';
import { effectLines } from '../../lib/reports/explain-effect';
import { ceilToHour, checkNewReport, currentStatus, isOnTheHour } from '../../lib/reports/lifecycle';
import type { DelayReport } from '../../lib/reports/types';
import { assess } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { assessWithReports } from '../../lib/rules/with-reports';
import { defaultTemplates } from '../../lib/templates/defaults';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const HOUR = 3_600_000;
const at = (s: string) => parseTime(s) as number;
const now = at('2026-11-24 12:00');
const order: Order = {
  id: '302598713465',
  platform: 'jd',
  status: 'pending',
  orderTime: at('2026-11-23 13:00'),
};
const report = (r: Partial<DelayReport>): DelayReport => ({
  id: 'r',
  kind: 'card',
  platform: 'jd',
  orderKey: 'jd:302598713465',
  status: 'pending',
  reason: 'out-of-stock',
  createdAt: now,
  newShipTime: at('2026-11-25 18:00'),
  ...r,
});

describe('JD delay card', () => {
  it('goes out once per order: a second is refused, pointing to the emergency report', () => {
    expect(checkNewReport(report({}), [], now, CHINA_ZONE)).toBeNull();
    const first = report({ id: 'first', status: 'refused' });
    expect(checkNewReport(report({ id: 'second' }), [first], now, CHINA_ZONE)).toEqual({
      code: 'card-already-sent',
      previous: 'refused',
    });
    // Another order's card does not count.
    expect(checkNewReport(report({ orderKey: 'jd:other' }), [first], now, CHINA_ZONE)).toBeNull();
    expect(
      checkNewReport(report({ kind: 'emergency', evidence: ['chat'] }), [first], now, CHINA_ZONE),
    ).toBeNull();
  });

  it('is pending until the buyer answers, and expires after 48 h unanswered', () => {
    const card = report({ createdAt: now });
    expect(currentStatus(card, now + 48 * HOUR - 1)).toBe('pending');
    expect(currentStatus(card, now + 48 * HOUR)).toBe('expired');
    expect(currentStatus({ ...card, status: 'accepted' }, now + 100 * HOUR)).toBe('accepted');
    expect(currentStatus({ ...card, kind: 'emergency' }, now + 100 * HOUR)).toBe('pending');
  });

  it('needs the new ship time: without one nothing is saved and the card is not used up', () => {
    const { newShipTime: _none, ...noTime } = report({});
    expect(checkNewReport(noTime, [], now, CHINA_ZONE)).toEqual({ code: 'missing-time' });
    expect(
      checkNewReport({ ...noTime, kind: 'notice', platform: 'pdd', orderKey: 'pdd:1' }, [], now, CHINA_ZONE),
    ).toEqual({
      code: 'missing-time',
    });
  });

  it('exists on JD only', () => {
    expect(checkNewReport(report({ platform: 'pdd', orderKey: 'pdd:1' }), [], now, CHINA_ZONE)).toEqual({
      code: 'not-on-this-platform',
      kind: 'card',
    });
  });
});

describe('emergency report and pre-report', () => {
  it('an emergency report needs evidence', () => {
    expect(checkNewReport(report({ kind: 'emergency' }), [], now, CHINA_ZONE)).toEqual({
      code: 'missing-evidence',
    });
  });

  it('a pre-report covers at most the next 7 days', () => {
    const pre = (days: number) =>
      report({
        kind: 'pre-report',
        reason: 'force-majeure',
        orderKey: undefined,
        newShipTime: undefined,
        window: { from: now, to: now + days * 24 * HOUR },
      });
    expect(checkNewReport(pre(7), [], now, CHINA_ZONE)).toBeNull();
    // Foreseeable force majeure only: not for running out of stock.
    expect(checkNewReport({ ...pre(3), reason: 'out-of-stock' }, [], now, CHINA_ZONE)).toEqual({
      code: 'not-foreseeable',
    });
    expect(checkNewReport(pre(7.5), [], now, CHINA_ZONE)).toEqual({ code: 'window-too-long', maxDays: 7 });
    expect(checkNewReport(pre(-1), [], now, CHINA_ZONE)).toEqual({ code: 'in-the-past' });
  });

  it('an approved window exempts the orders PLACED in it, not earlier ones that fall due in it', () => {
    // jd-shipping-faq: 审批通过后相关时段内产生的订单,延迟免责 (orders produced in the window).
    const window = report({
      kind: 'pre-report',
      orderKey: undefined,
      status: 'accepted',
      window: { from: at('2026-11-23 00:00'), to: at('2026-11-26 00:00') },
    });
    const late = { ...order, orderTime: at('2026-11-23 09:00') };
    const a = assess(late, presetRules, defaultAssessSettings, now);
    expect(a.level).toBe('overdue');
    const { assessment, effect } = assessWithReports(late, presetRules, defaultAssessSettings, [window], now);
    expect(assessment.level).toBe('ok');
    expect(assessment.penalty).toBeUndefined();
    expect(effect.exempt).toBe(window);
    // Placed before the window (2026-11-22 09:00), due inside it (23rd 09:00): not exempt, still late.
    const dueInside = { ...order, orderTime: at('2026-11-22 09:00') };
    const dueA = assess(dueInside, presetRules, defaultAssessSettings, now);
    const due = assessWithReports(dueInside, presetRules, defaultAssessSettings, [window], now);
    expect(due.effect.exempt).toBeUndefined();
    expect(due.assessment).toEqual(dueA);
    expect(due.assessment.penalty).toBeDefined();
    const before = { ...order, orderTime: at('2026-11-21 09:00') };
    expect(
      assessWithReports(before, presetRules, defaultAssessSettings, [window], now).effect.exempt,
    ).toBeUndefined();
  });
});

describe('promises to the hour', () => {
  it('PDD refuses a new time that is not a whole hour in China time; JD accepts 18:30', () => {
    expect(isOnTheHour(at('2026-11-25 18:00'), CHINA_ZONE)).toBe(true);
    expect(isOnTheHour(at('2026-11-25 18:30'), CHINA_ZONE)).toBe(false);
    // jd-shipping-faq asks for 具体的发货时间 (a concrete time): 18:30 is one.
    expect(checkNewReport(report({ newShipTime: at('2026-11-25 18:30') }), [], now, CHINA_ZONE)).toBeNull();
    // pdd-reminder-service-process: 承諾發貨時間需精確至小時.
    expect(
      checkNewReport(
        report({ platform: 'pdd', kind: 'notice', orderKey: 'pdd:1', newShipTime: at('2026-11-25 18:30') }),
        [],
        now,
        CHINA_ZONE,
      ),
    ).toEqual({ code: 'not-to-the-hour' });
    expect(checkNewReport(report({ newShipTime: at('2026-11-24 11:00') }), [], now, CHINA_ZONE)).toEqual({
      code: 'in-the-past',
    });
    expect(ceilToHour(at('2026-11-25 17:20'), CHINA_ZONE)).toBe(at('2026-11-25 18:00'));
  });
});

describe('effect on the order', () => {
  it('an accepted report moves the deadline and the level; a pending one is only shown', () => {
    const a = assess(order, presetRules, defaultAssessSettings, now);
    expect(a.level).toBe('urgent');
    const pending = assessWithReports(order, presetRules, defaultAssessSettings, [report({})], now);
    expect(pending.assessment).toEqual(a);
    expect(pending.effect.pending?.id).toBe('r');
    const accepted = assessWithReports(
      order,
      presetRules,
      defaultAssessSettings,
      [report({ status: 'accepted', decidedAt: now })],
      now,
    );
    expect(accepted.assessment.deadline).toBe(at('2026-11-25 18:00'));
    expect(accepted.assessment.level).toBe('ok');
    expect(accepted.effect.moved).toBeDefined();
    const refused = assessWithReports(
      order,
      presetRules,
      defaultAssessSettings,
      [report({ status: 'refused' })],
      now,
    );
    expect(refused.assessment).toEqual(a);
  });

  it('a PDD order stays late: a notice, even one stored as "accepted", moves no deadline and keeps the penalty', () => {
    // pdd-reminder-service-process 2.1.2: 已超出承諾發貨時間(延遲發貨) — the order is late, whatever is told to the buyer.
    const pdd: Order = {
      id: '260923-063795392132914',
      platform: 'pdd',
      status: 'pending',
      orderTime: at('2026-11-22 09:00'),
    };
    const a = assess(pdd, presetRules, defaultAssessSettings, now);
    expect(a.level).toBe('overdue');
    expect(a.penalty).toBeDefined();
    const notice = report({
      kind: 'notice',
      platform: 'pdd',
      orderKey: `pdd:${pdd.id}`,
      status: 'accepted',
      decidedAt: now,
      newShipTime: at('2026-11-25 18:00'),
    });
    const r = assessWithReports(pdd, presetRules, defaultAssessSettings, [notice], now);
    expect(r.assessment).toEqual(a);
    expect(r.effect.moved).toBeUndefined();
    // A stored PDD "card" (from an older version) does not move it either: PDD has no card.
    expect(
      assessWithReports(pdd, presetRules, defaultAssessSettings, [{ ...notice, kind: 'card' }], now)
        .assessment,
    ).toEqual(a);
    // JD: a notice told to the buyer is not the platform's answer either; only a card or emergency report is.
    const jdA = assess(order, presetRules, defaultAssessSettings, now);
    expect(
      assessWithReports(
        order,
        presetRules,
        defaultAssessSettings,
        [report({ kind: 'notice', status: 'accepted' })],
        now,
      ).assessment,
    ).toEqual(jdA);
  });

  it('explains pending, moved, exempt, and warns about suspicious orders within 24 h', () => {
    const t = createTranslator('zh_CN');
    expect(effectLines(order, { pending: report({}) }, t, CHINA_ZONE)).toEqual(['报备待处理']);
    expect(effectLines({ ...order, suspicious: true }, {}, t, CHINA_ZONE)).toEqual([
      '被标记为疑似恶意订单：请在下单后 24 小时内（2026-11-24 13:00 前）报备',
    ]);
  });
});

describe('drafts', () => {
  const t = createTranslator('zh_CN');
  it('fills the report form fields in Chinese, with the exact new time', () => {
    const fields = reportFields(
      order,
      report({ kind: 'emergency', evidence: ['chat', 'call'] }),
      t,
      CHINA_ZONE,
    );
    expect(fields).toEqual([
      { label: '订单号', value: '302598713465' },
      { label: '延迟原因', value: '商品缺货' },
      { label: '新的发货时间', value: '2026-11-25 18:00' },
      { label: '凭证', value: '咚咚聊天截图、通话记录' },
      {
        label: '情况说明',
        value: '因商品暂时缺货，订单无法按时发货，已与买家协商一致（见凭证），将于 2026-11-25 18:00 前发货。',
      },
    ]);
  });

  it('claims the buyer agreed only on an emergency report; "other" names no made-up cause', () => {
    const unreachable = reportFields(order, report({ kind: 'card', reason: 'address' }), t, CHINA_ZONE);
    expect(unreachable.at(-1)?.value).toBe(
      '因收货地址需要确认，订单无法按时发货，将于 2026-11-25 18:00 前发货。',
    );
    const other = reportFields(order, report({ kind: 'card', reason: 'other' }), t, CHINA_ZONE);
    expect(other.at(-1)?.value).not.toContain('仓库');
  });

  it('writes the buyer notice from the delay template in the buyer language', () => {
    const tpl = defaultTemplates.find((x) => x.situation === 'notice-delay');
    const en = buyerNotice(
      order,
      'force-majeure',
      at('2026-11-25 18:00'),
      tpl,
      'en',
      createTranslator('en'),
      CHINA_ZONE,
    );
    expect(en).toContain('because of weather and transport conditions, order 302598713465');
    expect(en).toContain('2026-11-25 18:00');
    expect(en).not.toMatch(/\{\w+\}/);
  });

  it('names the exact time the merchant chose in the field, the explanation and the buyer notice (18:30, not 19:00)', () => {
    const chosen = at('2026-11-25 18:30');
    const fields = reportFields(order, report({ kind: 'card', newShipTime: chosen }), t, CHINA_ZONE);
    expect(fields.find((f) => f.label === '新的发货时间')?.value).toBe('2026-11-25 18:30');
    expect(fields.at(-1)?.value).toContain('将于 2026-11-25 18:30 前发货');
    const tpl = defaultTemplates.find((x) => x.situation === 'notice-delay');
    const notice = buyerNotice(order, 'out-of-stock', chosen, tpl, 'zh_CN', t, CHINA_ZONE);
    expect(notice).toContain('2026-11-25 18:30');
    expect(notice).not.toContain('19:00');
  });

  it('a PDD notice may offer the apology coupon of the source ("X元"): the amount is the merchant\'s', () => {
    const tpl = defaultTemplates.find((x) => x.situation === 'notice-delay');
    const pdd: Order = { id: '260923-063795392132914', platform: 'pdd', status: 'pending' };
    const with3 = buyerNotice(pdd, 'out-of-stock', at('2026-11-25 18:00'), tpl, 'zh_CN', t, CHINA_ZONE, 3);
    expect(with3).toContain('发货后我们将送上 3 元优惠券，以此表达我们的歉意');
    expect(
      buyerNotice(pdd, 'out-of-stock', at('2026-11-25 18:00'), tpl, 'zh_CN', t, CHINA_ZONE),
    ).not.toContain('优惠券');
    // JD's procedure has no coupon.
    expect(
      buyerNotice(order, 'out-of-stock', at('2026-11-25 18:00'), tpl, 'zh_CN', t, CHINA_ZONE, 3),
    ).not.toContain('优惠券');
  });

  it('lists the next steps of the platform: JD its reports, PDD the notice only', () => {
    const keys = (o: Pick<Order, 'platform' | 'presale'>, r: Parameters<typeof nextSteps>[1]) =>
      nextSteps(o, r).map((s) => s.key);
    expect(keys({ platform: 'jd' }, 'force-majeure')).toEqual([
      'tellBuyer',
      'sendCard',
      'emergency',
      'preReport',
    ]);
    // JD's out-of-stock advice (jd-reminder-replies): cancel, refund within 48 h; never on PDD (refund at once).
    expect(nextSteps({ platform: 'jd' }, 'out-of-stock')).toContainEqual({
      key: 'refund',
      params: { hours: 48 },
    });
    expect(keys({ platform: 'pdd' }, 'out-of-stock')).not.toContain('refund');
    expect(keys({ platform: 'pdd' }, 'out-of-stock')).toEqual([
      'tellBuyer',
      'hour',
      'pddCoupon',
      'pddOutOfStock',
      'pddStillLate',
    ]);
    expect(keys({ platform: 'pdd' }, 'force-majeure')).toEqual([
      'tellBuyer',
      'hour',
      'pddCoupon',
      'pddRefundNow',
      'pddStillLate',
    ]);
    for (const platform of ['pdd', 'taobao', 'douyin', 'generic'] as const) {
      const k = keys({ platform }, 'address');
      expect(k).not.toContain('abnormal');
      expect(k).not.toContain('sendCard');
      expect(k).not.toContain('emergency');
      expect(k).not.toContain('preReport');
      expect(keys({ platform }, 'phone-cancel')).not.toContain('phoneCancel');
    }
    expect(keys({ platform: 'taobao' }, 'out-of-stock')).toEqual(['tellBuyer', 'noProcedure']);
    expect(keys({ platform: 'jd' }, 'phone-cancel')).toContain('phoneCancel');
  });

  it('JD abnormal orders: the step names the back-office path of the source', () => {
    const step = nextSteps({ platform: 'jd' }, 'address').find((s) => s.key === 'abnormal');
    expect(step).toBeDefined();
    const text = t(`delay.step.${step!.key}`, step!.params);
    expect(text).toContain('商家后台>权益服务 > 维权管理 > 异常下单>异常下单提报');
    expect(createTranslator('en')(`delay.step.${step!.key}`, step!.params)).toContain('异常下单提报');
  });

  it('JD presale: double deposit before the balance; after it, phoning the buyer within 24 h is required, and the 24 h deletion request', () => {
    const steps = nextSteps({ platform: 'jd', presale: true }, 'presale-transfer');
    const text = steps.map((s) => t(`delay.step.${s.key}`, s.params)).join('\n');
    expect(steps.map((s) => s.key)).toEqual(
      expect.arrayContaining(['presaleBeforeBalance', 'presaleAfterBalance', 'presaleDelete']),
    );
    expect(text).toContain('2倍返还已付定金');
    expect(text).toContain('必须在约定发货时间的 24 小时内电话联系买家');
    expect(text).toContain('在 24 小时内提交删单申请');
    expect(text).toContain('平台按延迟发货处理');
    // A regular JD order and a PDD presale order get no JD presale procedure.
    expect(nextSteps({ platform: 'jd' }, 'out-of-stock').map((s) => s.key)).not.toContain(
      'presaleAfterBalance',
    );
    expect(nextSteps({ platform: 'pdd', presale: true }, 'out-of-stock').map((s) => s.key)).not.toContain(
      'presaleAfterBalance',
    );
    expect(
      sourceQuotes({ platform: 'jd', presale: true }, { reason: 'out-of-stock', kind: 'card' })[0],
    ).toMatchObject({
      file: 'jd-shipping-faq.zh.txt',
      quote: expect.stringContaining('需在约定发货时间的24小时内电话联系消费者'),
    });
  });
});

describe('report form recognition', () => {
  it('finds order number, new time, reason and explanation by their labels', async () => {
    const { findReportForm } = await import('../../lib/reports/form-fields');
    document.body.innerHTML = `<form>
      <div class="form-item"><label for="a">订单号</label><input id="a"></div>
      <div class="form-item"><label for="b">延迟原因</label><select id="b"><option>商品缺货</option></select></div>
      <div class="form-item"><label for="c">预计发货时间</label><input id="c"></div>
      <div class="form-item"><label for="d">情况说明</label><textarea id="d"></textarea></div></form>`;
    const form = findReportForm(document.body);
    expect(form?.orderId?.id).toBe('a');
    expect(form?.reason?.id).toBe('b');
    expect(form?.newTime?.id).toBe('c');
    expect(form?.explanation?.id).toBe('d');
    document.body.innerHTML = '<form><label>搜索 <input></label></form>';
    expect(findReportForm(document.body)).toBeNull();
  });
});
