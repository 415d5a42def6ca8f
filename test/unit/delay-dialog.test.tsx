import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DelayReportDialog, type DelayDialogProps } from '../../components/DelayReportDialog';
import { createTranslator } from '../../lib/i18n';
import type { Order } from '../../lib/orders/types';
import { assess } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import type { DelayReport } from '../../lib/reports/types';
import { defaultTemplates } from '../../lib/templates/defaults';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const at = (s: string) => parseTime(s) as number;
const HOUR = 3_600_000;
const template = defaultTemplates.find((x) => x.situation === 'notice-delay');

function open(order: Order, now: number, over: Partial<DelayDialogProps> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const onSave = vi.fn(async () => null);
  const onDecide = vi.fn(async () => undefined);
  render(
    <DelayReportDialog
      order={order}
      assessment={assess(order, presetRules, defaultAssessSettings, now)}
      reports={[]}
      template={template}
      t={createTranslator('zh_CN')}
      zone={CHINA_ZONE}
      mode="delay"
      now={now}
      onSave={onSave}
      onDecide={onDecide}
      onClose={() => undefined}
      {...over}
    />,
    host,
  );
  return { host, onSave, onDecide };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

// PDD's clock is 48 h from the order: an order placed at 2026-11-22 09:50 is due 2026-11-24 09:50.
const pdd: Order = {
  id: '260923-063795392132914',
  platform: 'pdd',
  status: 'pending',
  orderTime: at('2026-11-22 09:50'),
};

describe('the delay dialog on PDD', () => {
  it('09:20 now, 09:50 deadline: says no whole hour is left and offers "ship now" or the delay procedure', async () => {
    const { host } = open(pdd, at('2026-11-24 09:20'));
    const block = host.querySelector('[data-sd-no-hour]');
    expect(block?.textContent).toContain('2026-11-24 09:50');
    expect(block?.textContent).toContain('没有整点');
    // No late hour is proposed as a promise until the merchant chooses the delay procedure.
    expect(host.querySelector('[data-field="newTime"]')).toBeNull();
    expect(host.querySelector('[data-sd-notice-text]')).toBeNull();
    host.querySelector<HTMLButtonElement>('[data-sd-action="ship-now"]')?.click();
    await flush();
    expect(host.querySelector('[data-sd-ship-now]')?.textContent).toContain('2026-11-24 09:50');
  });

  it('the delay procedure: a later whole hour, labelled a suggestion, and the order stays late', async () => {
    const { host } = open(pdd, at('2026-11-24 09:20'));
    host.querySelector<HTMLButtonElement>('[data-sd-action="use-delay"]')?.click();
    await flush();
    const time = host.querySelector<HTMLInputElement>('[data-field="newTime"]');
    expect(time?.value.endsWith(':00')).toBe(true);
    expect(host.querySelector('[data-sd-estimate]')?.textContent).toContain('估计');
    // Only the notice: no card, no emergency report, no pre-report on PDD.
    const kinds = Array.from(host.querySelectorAll<HTMLOptionElement>('[data-field="kind"] option')).map(
      (o) => o.value,
    );
    expect(kinds).toEqual(['notice']);
    expect(host.querySelector('[data-sd-after-deadline]')?.textContent).toContain('按延迟发货计');
    expect(host.querySelector('[data-sd-step="pddStillLate"]')).not.toBeNull();
  });

  it('not late yet: the default is the latest whole hour not after the deadline (09:00 for 09:50)', () => {
    const { host } = open(pdd, at('2026-11-24 07:40'));
    expect(host.querySelector('[data-sd-no-hour]')).toBeNull();
    expect(host.querySelector<HTMLInputElement>('[data-field="newTime"]')?.value).toBe('2026-11-24 09:00');
    expect(host.querySelector('[data-sd-notice-text]')?.textContent).toContain('2026-11-24 09:00');
    expect(host.querySelector('[data-sd-after-deadline]')).toBeNull();
    // PDD has no delay-report form: no report fields to copy.
    expect(host.querySelector('[data-sd-report-fields]')).toBeNull();
  });

  it('a recorded notice offers no "accepted" that could move the deadline', () => {
    const notice: DelayReport = {
      id: 'n',
      kind: 'notice',
      platform: 'pdd',
      orderKey: `pdd:${pdd.id}`,
      status: 'pending',
      reason: 'out-of-stock',
      createdAt: at('2026-11-24 10:00'),
      newShipTime: at('2026-11-25 12:00'),
    };
    const { host } = open(pdd, at('2026-11-24 11:00'), { reports: [notice] });
    expect(host.querySelector('[data-sd-action="report-accepted"]')).toBeNull();
    expect(host.querySelector('[data-sd-reports]')?.textContent).toContain('已告知买家');
  });

  it('names each source once, with all its passages: two quotes of the PDD process are one "Source"', () => {
    const { host } = open(pdd, at('2026-11-24 11:00'));
    const sources = [...host.querySelectorAll('[data-sd-source]')].map((d) =>
      d.getAttribute('data-sd-source'),
    );
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources).size).toBe(sources.length);
    expect(host.querySelectorAll('[data-sd-source] blockquote').length).toBeGreaterThanOrEqual(
      sources.length,
    );
  });
});

describe('the delay dialog on JD', () => {
  const jd: Order = {
    id: '302598713465',
    platform: 'jd',
    status: 'pending',
    orderTime: at('2026-11-23 09:00'),
  };

  it('offers the card and the emergency report; the +24 h default is labelled an estimate; minutes allowed', () => {
    const { host } = open(jd, at('2026-11-24 12:00'));
    const kinds = Array.from(host.querySelectorAll<HTMLOptionElement>('[data-field="kind"] option')).map(
      (o) => o.value,
    );
    expect(kinds).toEqual(expect.arrayContaining(['card', 'emergency']));
    expect(host.querySelector('[data-sd-estimate]')?.textContent).toContain('不是平台规则');
    // A plain text field in the page's format, China time: never the browser's locale or zone.
    const time = host.querySelector<HTMLInputElement>('[data-field="newTime"]');
    expect(time?.type).toBe('text');
    expect(time?.value).toBe('2026-11-25 12:00');
    expect(host.querySelector('[data-sd-no-hour]')).toBeNull();
  });

  it('a presale order shows the presale procedure with the source quote; phoning is required', () => {
    const { host } = open({ ...jd, presale: true }, at('2026-11-24 12:00'));
    expect(host.querySelector('[data-sd-step="presaleAfterBalance"]')?.textContent).toContain(
      '必须在约定发货时间的 24 小时内电话联系买家',
    );
    expect(host.querySelector('[data-sd-source="jd-shipping-faq.zh.txt"]')?.textContent).toContain(
      '双倍返还消费者已支付的定金',
    );
  });

  it('the abnormal-order mode names the back-office path', () => {
    const { host } = open(jd, at('2026-11-24 12:00'), { mode: 'abnormal' });
    expect(host.querySelector('.hint')?.textContent).toContain('权益服务 > 维权管理 > 异常下单>异常下单提报');
  });

  it('the abnormal mode does not exist on PDD: the delay helper opens instead', () => {
    const { host } = open(pdd, at('2026-11-24 07:40') + HOUR, { mode: 'abnormal' });
    expect(host.textContent).not.toContain('异常下单');
    expect(host.querySelector('h3')?.textContent).toBe('延迟发货通知（告知买家）');
  });
});

describe('the delay dialog after a decision (issue 20, point 8)', () => {
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

  it('an accepted card moves the deadline the dialog shows, while it is still open (09:00 → 2026-11-25 18:30)', () => {
    // The assessment was made when the dialog opened, before the buyer accepted.
    const { host } = open(jd, at('2026-11-24 08:30'), {
      reports: [card({ status: 'accepted', decidedAt: at('2026-11-24 08:20') })],
    });
    const sub = host.querySelector('[data-sd-dialog-deadline]')?.textContent ?? '';
    expect(sub).toContain('2026-11-25 18:30');
    expect(sub).not.toContain('2026-11-24 09:00');
  });

  it('the report fields are labelled in the merchant’s language with the form’s word: "Order number (订单号)"', () => {
    const { host } = open(jd, at('2026-11-24 08:30'), { t: createTranslator('en') });
    const labels = Array.from(host.querySelectorAll('[data-sd-report-fields] dt')).map((d) => d.textContent);
    expect(labels).toContain('Order number (订单号)');
    expect(labels).toContain('New ship time (新的发货时间)');
    // The value to copy stays as the platform's form wants it.
    expect(host.querySelector('[data-sd-report-fields]')?.textContent).toContain('302598713465');
  });
});

describe('PDD asks for a whole hour (issue 20, point 3)', () => {
  it('18:30 typed: 19:00 is shown first and nothing is prepared for the buyer until it is taken', async () => {
    const { host } = open(pdd, at('2026-11-24 07:40'));
    const time = host.querySelector<HTMLInputElement>('[data-field="newTime"]')!;
    time.value = '2026-11-24 18:30';
    time.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect(host.querySelector('[data-sd-whole-hour]')?.textContent).toContain('2026-11-24 19:00');
    expect(host.querySelector('[data-sd-notice-text]')).toBeNull();
    host.querySelector<HTMLButtonElement>('[data-sd-action="use-whole-hour"]')?.click();
    await flush();
    expect(host.querySelector<HTMLInputElement>('[data-field="newTime"]')?.value).toBe('2026-11-24 19:00');
    expect(host.querySelector('[data-sd-notice-text]')?.textContent).toContain('2026-11-24 19:00');
    expect(host.querySelector('[data-sd-whole-hour]')).toBeNull();
  });
});
