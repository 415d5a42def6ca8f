import { describe, expect, it } from 'vitest';
import { whyLines } from '../../components/badge-more';
import { badgeState } from '../../entrypoints/orders.content/badge-state';
import { createTranslator } from '../../lib/i18n';
import { readOrders } from '../../lib/orders/read';
import type { Order } from '../../lib/orders/types';
import { assessWithReports } from '../../lib/rules/with-reports';
import { parseTimeInput } from '../../lib/reports/time-input';
import type { DelayReport } from '../../lib/reports/types';
import { assess } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultSettings } from '../../lib/settings';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const at = (s: string) => parseTime(s) as number;
const now = at('2026-11-24 08:30');
// JD: 24 h from the order time; placed 2026-11-23 09:00, due 2026-11-24 09:00 (30 minutes left).
const jd: Order = {
  id: '302598713465',
  platform: 'jd',
  status: 'pending',
  orderTime: at('2026-11-23 09:00'),
};
const card = (over: Partial<DelayReport>): DelayReport => ({
  id: 'report.1',
  kind: 'card',
  platform: 'jd',
  orderKey: 'jd:302598713465',
  status: 'pending',
  reason: 'out-of-stock',
  createdAt: at('2026-11-24 08:00'),
  newShipTime: at('2026-11-25 18:30'),
  ...over,
});

/** The badge's state, with its explanation (what its tooltip says on hover or focus) as `title`. */
const explained = <S extends ReturnType<typeof badgeState>>(state: S) => ({
  ...state,
  title: state.why ? whyLines(state.why).join('\n') : '',
});

function badge(order: Order, reports: DelayReport[], locale: 'en' | 'zh_CN' = 'en') {
  const t = createTranslator(locale);
  const { assessment, effect } = assessWithReports(order, presetRules, defaultSettings, reports, now);
  return explained(
    badgeState(order, assessment, effect, {
      t,
      locale,
      rules: presetRules,
      settings: defaultSettings,
      openReport: () => undefined,
    }),
  );
}

describe('what a delay report leaves on the badge (issue 20, point 8)', () => {
  it('a refused delay card is marked on the badge and in its tooltip; the deadline stands', () => {
    const state = badge(jd, [card({ status: 'refused', decidedAt: at('2026-11-24 08:10') })]);
    expect(state.note).toBe('Delay card refused');
    expect(state.title).toContain('The buyer refused the delay card: the deadline stands.');
    expect(state.title).toContain('Ship by 2026-11-24 09:00');
    expect(state.level).toBe('urgent');
  });

  it('a refused card followed by a pending emergency report shows the pending report only', () => {
    const state = badge(jd, [
      card({ status: 'refused', decidedAt: at('2026-11-24 08:10') }),
      card({ id: 'report.2', kind: 'emergency', createdAt: at('2026-11-24 08:20'), evidence: ['chat'] }),
    ]);
    expect(state.note).toBe('Delay report pending');
  });

  it('a deadline moved by an accepted card: the reason line says so instead of "24 h after the order time"', () => {
    const state = badge(jd, [card({ status: 'accepted', decidedAt: at('2026-11-24 08:10') })]);
    expect(state.title).toContain('Ship by 2026-11-25 18:30');
    expect(state.title).toContain('Deadline = 2026-11-25 18:30, the new time of an accepted delay report.');
    expect(state.title).not.toContain('24 h after the order time');
    expect(state.title).not.toContain('Deadline moved by an accepted delay report');
  });
});

describe('JD 锁定 (locked) orders (issue 20, point 12)', () => {
  const now2 = at('2026-11-20 12:00');
  const table = (rows: string[]) => {
    document.body.innerHTML = `<table><thead><tr><th>订单号</th><th>下单时间</th><th>商品</th><th>订单状态</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    return document.body;
  };
  const row = (id: string, goods: string, status: string) =>
    `<tr><td>${id}</td><td>2026-11-20 09:00</td><td>${goods}</td><td>${status}</td></tr>`;

  it('锁定 is pending: the clock keeps running and the tooltip names the page’s word', () => {
    const { orders } = readOrders(table([row('302598713001', '保温杯', '锁定')]), 'jd', { now: now2 });
    const order = orders[0]!.order;
    expect(order.status).toBe('pending');
    const a = assess(order, presetRules, defaultSettings, now2);
    expect(a.deadline).toBe(at('2026-11-21 09:00'));
    expect(a.statusUnrecognised).toBeUndefined();
    const state = explained(
      badgeState(
        order,
        a,
        {},
        {
          t: createTranslator('en'),
          locale: 'en',
          rules: presetRules,
          settings: defaultSettings,
          openReport: () => undefined,
        },
      ),
    );
    expect(state.title).toContain('The page shows this order as 锁定 (locked, usually a risk-control hold)');
  });

  it('锁定 inside a product name does not make a shipped order pending', () => {
    const { orders } = readOrders(table([row('302598713002', '智能锁定门锁', '已出库')]), 'jd', {
      now: now2,
    });
    expect(orders[0]?.order.status).toBe('shipped');
  });
});

describe('a dialog over the order list is not an order (issue 20, point 12)', () => {
  it('the reminder-reply dialog naming an order number gets no badge of its own', () => {
    document.body.innerHTML = `<table><thead><tr><th>订单号</th><th>下单时间</th><th>订单状态</th></tr></thead><tbody>
      <tr><td>302598713003</td><td>2026-11-20 09:00</td><td>待出库</td></tr></tbody></table>
      <div class="modal" role="dialog" aria-label="回复催单"><div class="modal-box"><h3>回复买家催单</h3>
      <p class="modal-order">买家催发货，订单号：302598713004</p><textarea></textarea></div></div>`;
    const { orders } = readOrders(document.body, 'jd', { now: at('2026-11-20 12:00') });
    expect(orders.map((o) => o.order.id)).toEqual(['302598713003']);
  });

  for (const attrs of ['aria-modal="true"', 'class="el-dialog__wrapper"', 'class="ant-modal-wrap"']) {
    it(`a container with ${attrs} is not read as an order row`, () => {
      document.body.innerHTML = `<div ${attrs}><div>订单号：302598713005</div><div>下单时间：2026-11-20 09:00</div><div>待出库</div></div>`;
      const { orders } = readOrders(document.body, 'jd', { now: at('2026-11-20 12:00') });
      expect(orders).toEqual([]);
    });
  }
});

describe('the delay helper’s time field (issue 20, point 8)', () => {
  it('reads 2026-12-09 18:30 as China time whatever the browser’s zone (tests run in Los Angeles)', () => {
    expect(parseTimeInput('2026-12-09 18:30', CHINA_ZONE)).toBe(Date.parse('2026-12-09T18:30:00+08:00'));
    expect(parseTimeInput('2026-12-09T18:30', CHINA_ZONE)).toBe(Date.parse('2026-12-09T18:30:00+08:00'));
    expect(parseTimeInput('２０２６-１２-０９ １８:３０', CHINA_ZONE)).toBe(
      Date.parse('2026-12-09T18:30:00+08:00'),
    );
    expect(parseTimeInput('12/09/2026, 06:30 PM', CHINA_ZONE)).toBeNull();
    expect(parseTimeInput('2026-02-30 18:30', CHINA_ZONE)).toBeNull();
  });
});
