import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TemplatePicker } from '../../components/TemplatePicker';
import { lastMessage } from '../../lib/chat/last-message';
import { createTranslator } from '../../lib/i18n';
import { checkCompliance, defaultComplianceWords } from '../../lib/templates/compliance';
import { defaultTemplates } from '../../lib/templates/defaults';
import { orderTemplates, situationsFor } from '../../lib/templates/suggest';

describe('compliance check', () => {
  it('finds absolute promises, review bait and off-platform contact in every language', () => {
    const kinds = (text: string) => [
      ...new Set(checkCompliance(text, defaultComplianceWords).map((h) => h.category)),
    ];
    expect(kinds('亲，保证今天发货')).toEqual(['absolute']);
    expect(kinds('親，絕對今天出貨')).toEqual(['absolute']);
    expect(kinds('We guarantee delivery tomorrow')).toEqual(['absolute']);
    expect(kinds('Garantizamos el envío')).toEqual(['absolute']);
    expect(kinds('给个好评返现5元')).toEqual(['reviews']);
    expect(kinds('Leave a five-star review please')).toEqual(['reviews']);
    expect(kinds('加微信聊')).toEqual(['offPlatform']);
    expect(kinds('有问题打 13812345678')).toEqual(['offPlatform']);
    expect(kinds('Llámeme al teléfono')).toEqual(['offPlatform']);
  });

  it('stays quiet on ordinary replies and on words inside other words', () => {
    for (const tpl of defaultTemplates) {
      for (const text of Object.values(tpl.text))
        expect(checkCompliance(text, defaultComplianceWords), tpl.id).toEqual([]);
    }
    expect(checkCompliance('The squad is ready', { absolute: [], reviews: [], offPlatform: ['QQ'] })).toEqual(
      [],
    );
  });

  it('uses the merchant word lists', () => {
    expect(checkCompliance('包邮到家', { absolute: ['包邮'], reviews: [], offPlatform: [] })).toEqual([
      { category: 'absolute', word: '包邮' },
    ]);
  });
});

describe('suggested templates', () => {
  it('follow the order situation', () => {
    const pending = { id: '1', platform: 'jd' as const, status: 'pending' as const };
    expect(situationsFor(pending, 'overdue')[0]).toBe('reminder-late');
    expect(situationsFor(pending, 'urgent')[0]).toBe('reminder-in-stock');
    expect(situationsFor({ ...pending, presale: true }, 'ok')[0]).toBe('presale');
    expect(situationsFor({ ...pending, status: 'shipped' }, 'done')[0]).toBe('reminder-shipped-no-tracking');
    expect(situationsFor(undefined, undefined, true)[0]).toBe('after-sales');
    const { suggested, others } = orderTemplates(defaultTemplates, situationsFor(pending, 'overdue'));
    expect(suggested[0]?.situation).toBe('reminder-late');
    expect(suggested.length + others.length).toBe(defaultTemplates.length);
  });
});

describe('last chat message', () => {
  it('tells the buyer from the seller by the classes chat UIs use', () => {
    document.body.innerHTML = `<div class="message-list"><div class="msg">在吗</div><div class="msg me">在的</div></div>`;
    expect(lastMessage(document.body)?.sender).toBe('seller');
    document.body.innerHTML = `<ul class="chat-list"><li class="chat-item msg-right"><p class="bubble">好的</p></li><li class="chat-item msg-left"><p class="bubble">怎么还不发货</p></li></ul>`;
    expect(lastMessage(document.body)).toMatchObject({ sender: 'buyer' });
    expect(lastMessage(document.body)?.el.textContent).toBe('怎么还不发货');
    document.body.innerHTML = '<p>no chat here</p>';
    expect(lastMessage(document.body)).toBeNull();
  });
});

describe('template picker', () => {
  const t = createTranslator('zh_CN');
  const mount = (props: Partial<Parameters<typeof TemplatePicker>[0]> = {}) => {
    const onInsert = vi.fn();
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root') as HTMLElement;
    const { suggested, others } = orderTemplates(defaultTemplates, ['reminder-late']);
    render(
      <TemplatePicker
        suggested={suggested}
        others={others}
        values={{ orderId: '260923-063795392132914', promiseTime: '2026-11-24 18:00' }}
        locale="zh_CN"
        t={t}
        words={defaultComplianceWords}
        onInsert={onInsert}
        onUndo={() => undefined}
        canUndo={false}
        openSignal={1}
        waiting={null}
        {...props}
      />,
      root,
    );
    return { root, onInsert };
  };
  // Preact runs effects after the next frame (or a 100 ms fallback).
  const flush = () => new Promise((r) => setTimeout(r, 150));

  it('opens on the shortcut signal, suggested first, Enter inserts, missing values asked for', async () => {
    const { root, onInsert } = mount();
    await flush();
    const groups = Array.from(root.querySelectorAll('li.group')).map((g) => g.textContent);
    expect(groups).toEqual(['推荐（根据当前订单）', '全部模板']);
    const first = root.querySelector('[data-sd-action="choose"]');
    expect(first?.getAttribute('data-template-id')).toBe('builtin.reminder-late');
    // builtin.reminder-late needs {reason}: Enter leads to the fill-in form, not to a hole.
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();
    const field = root.querySelector('[data-placeholder="reason"]') as HTMLInputElement;
    expect(field).not.toBeNull();
    expect(onInsert).not.toHaveBeenCalled();
    field.value = '仓库盘点';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    (root.querySelector('.fill [data-sd-action="insert"]') as HTMLButtonElement).click();
    await flush();
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(onInsert.mock.calls[0]?.[0]).toContain('因仓库盘点未能按时发出');
    expect(onInsert.mock.calls[0]?.[0]).not.toMatch(/\{\w+\}/);
  });

  it('warns before inserting words a platform may penalise', async () => {
    const risky = {
      ...defaultTemplates[0]!,
      id: 'custom.risky',
      text: { zh_CN: '亲，保证今天发，给个好评哦' },
    };
    const { root, onInsert } = mount({ suggested: [risky], others: [] });
    await flush();
    (root.querySelector('[data-template-id="custom.risky"]') as HTMLButtonElement).click();
    await flush();
    expect(root.querySelector('[data-sd-compliance]')?.textContent).toContain('保证');
    expect(onInsert).not.toHaveBeenCalled();
    (root.querySelector('[data-sd-action="insert-anyway"]') as HTMLButtonElement).click();
    expect(onInsert).toHaveBeenCalledWith('亲，保证今天发，给个好评哦', risky);
  });

  it('the response timer turns red after 30 seconds', async () => {
    const { root } = mount({ waiting: 12 });
    expect(root.querySelector('[data-sd-timer]')?.className).toBe('timer');
    expect(root.querySelector('[data-sd-timer]')?.textContent).toBe('买家已等 0:12');
    mount({ waiting: 31 });
    expect(document.querySelector('[data-sd-timer]')?.className).toBe('timer late');
  });
});
