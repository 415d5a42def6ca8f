import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findReplyBoxes } from '../../entrypoints/reply.content/reply-boxes';
import { startReplyHelper } from '../../entrypoints/reply.content/reply-helper';
import { mountReplyPicker } from '../../entrypoints/reply.content/picker-host';
import { provideLazyUi } from '../../components/lazy-ui';
import { eventEnvelope, isEnvelope, type PageEvent, type RequestType } from '../../lib/messaging/protocol';
import { openStore, type Db } from '../../lib/store/db';
import { handleRequest } from '../../lib/service/handlers';
import { recordSeenOrders, updateSettings } from '../../lib/store/repository';
import { TemplatePicker } from '../../components/TemplatePicker';
import { TemplateEditor } from '../../entrypoints/options/TemplateEditor';
import { useWaitingSeconds } from '../../entrypoints/reply.content/use-waiting';
import { detectBuyerLanguage, replyLanguage } from '../../lib/chat/buyer-language';
import { buyerTexts, lastMessage, messageElements } from '../../lib/chat/last-message';
import { messageTime, parseMessageTime } from '../../lib/chat/message-time';
import { responseLimitFor } from '../../lib/chat/response-limit';
import { createTranslator } from '../../lib/i18n';
import {
  checkCompliance,
  complianceSources,
  defaultComplianceWords,
  requiredWords,
} from '../../lib/templates/compliance';
import { defaultTemplates } from '../../lib/templates/defaults';
import { orderTemplates, situationsFor } from '../../lib/templates/suggest';
import type { Template } from '../../lib/templates/types';
import { CHINA_ZONE } from '../../lib/time/zone';

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
      const where = { platform: tpl.platforms?.[0] ?? 'pdd', situation: tpl.situation };
      for (const text of Object.values(tpl.text))
        expect(checkCompliance(text, defaultComplianceWords, where), tpl.id).toEqual([]);
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

describe('compliance per platform', () => {
  // jd-shipping-faq Q3: 在客户支付尾款后，需在约定发货时间的24小时内电话联系消费者.
  const jdPresale = defaultTemplates.find((t) => t.id === 'builtin.presale-jd')!;

  it('the phone call JD requires on presale is no violation there, in every language', () => {
    for (const text of Object.values(jdPresale.text))
      expect(checkCompliance(text, defaultComplianceWords, { platform: 'jd', situation: 'presale' })).toEqual(
        [],
      );
    expect(
      checkCompliance('我们会在24小时内给您打电话', defaultComplianceWords, {
        platform: 'jd',
        situation: 'presale',
      }),
    ).toEqual([]);
    expect(
      checkCompliance('我們會打電話給您', defaultComplianceWords, { platform: 'jd', situation: 'presale' }),
    ).toEqual([]);
  });

  it('the same words elsewhere (another platform, another situation) and a phone number still warn', () => {
    const text = jdPresale.text.zh_CN ?? '';
    expect(checkCompliance(text, defaultComplianceWords, { platform: 'pdd', situation: 'presale' })).toEqual([
      { category: 'offPlatform', word: '电话' },
    ]);
    expect(
      checkCompliance(text, defaultComplianceWords, { platform: 'jd', situation: 'reminder-late' }),
    ).toEqual([{ category: 'offPlatform', word: '电话' }]);
    expect(
      checkCompliance('打电话 13812345678', defaultComplianceWords, { platform: 'jd', situation: 'presale' }),
    ).toEqual([{ category: 'offPlatform', word: '13812345678' }]);
    expect(
      checkCompliance('加微信', defaultComplianceWords, { platform: 'jd', situation: 'presale' }),
    ).not.toEqual([]);
  });

  it('every word list says where it comes from; the requirement quotes its source', () => {
    for (const source of Object.values(complianceSources)) {
      expect(source.source).toBe('no source: estimate');
      expect(source.platforms).toEqual(['jd', 'pdd', 'taobao', 'douyin']);
    }
    expect(requiredWords[0]).toMatchObject({
      platform: 'jd',
      situation: 'presale',
      source: 'jd-shipping-faq.zh.txt',
    });
    expect(requiredWords[0]?.quote).toContain('24小时内电话联系消费者');
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

describe('reply language follows the buyer', () => {
  it('Simplified Chinese by its characters', () => {
    expect(detectBuyerLanguage(['在吗？', '怎么还不发货？订单号 260923-063795392132914'])).toBe('zh_CN');
    expect(detectBuyerLanguage(['亲，我的快递什么时候发？都等三天了'])).toBe('zh_CN');
    expect(detectBuyerLanguage(['你们这个货还有吗'])).toBe('zh_CN');
  });

  it('Traditional Chinese by its characters', () => {
    expect(detectBuyerLanguage(['在嗎？', '請問什麼時候發貨？'])).toBe('zh_TW');
    expect(detectBuyerLanguage(['你們這個貨還有嗎'])).toBe('zh_TW');
    expect(detectBuyerLanguage(['我等很久了，還沒出貨'])).toBe('zh_TW');
  });

  it('English and Spanish by their words and letters', () => {
    expect(detectBuyerLanguage(['Hi, when will my order ship?'])).toBe('en');
    expect(detectBuyerLanguage(['Where is my package? It has been 3 days'])).toBe('en');
    expect(detectBuyerLanguage(['Hola, ¿cuándo envían mi pedido?'])).toBe('es');
    expect(detectBuyerLanguage(['Todavía no ha llegado mi paquete'])).toBe('es');
    expect(detectBuyerLanguage(['Hola', 'gracias'])).toBe('es');
  });

  it('the newest message that tells wins; numbers, "ok" and Chinese without script hints do not mislead', () => {
    expect(detectBuyerLanguage(['Hello', '你好，什么时候发货'])).toBe('zh_CN');
    expect(detectBuyerLanguage(['我想问一下', 'ok'])).toBe('zh_CN');
    expect(detectBuyerLanguage(['請問', '好的'])).toBe('zh_TW');
    expect(detectBuyerLanguage(['好的'])).toBe('zh_CN');
    expect(detectBuyerLanguage(['260923-063795392132914'])).toBeNull();
    expect(detectBuyerLanguage([])).toBeNull();
  });

  it('no buyer text: Simplified Chinese on the four platforms, else the merchant’s UI language', () => {
    expect(replyLanguage([], 'pdd', 'en')).toBe('zh_CN');
    expect(replyLanguage(['260923-063795392132914'], 'jd', 'es')).toBe('zh_CN');
    expect(replyLanguage([], 'generic', 'es')).toBe('es');
    // The reported case: a Chinese buyer on PDD, the merchant's browser in English.
    expect(replyLanguage(['怎么还不发货？'], 'pdd', 'en')).toBe('zh_CN');
    expect(replyLanguage(['When will it ship?'], 'pdd', 'zh_CN')).toBe('en');
  });

  it('reads only the buyer’s messages, without their time stamps', () => {
    document.body.innerHTML = `<ul class="msg-list">
      <li class="onemsg"><p class="message-time">2026年09月08日 17:28:00</p><div class="msg-content-box">請問什麼時候發貨</div></li>
      <li class="onemsg me"><p class="message-time">2026年09月08日 17:29:00</p><div class="msg-content-box">Hello! Let me check.</div></li>
    </ul>`;
    expect(buyerTexts(document.body)).toEqual(['請問什麼時候發貨']);
    expect(replyLanguage(buyerTexts(document.body), 'pdd', 'en')).toBe('zh_TW');
  });
});

describe('response timer', () => {
  // PDD prints "2026年09月08日 17:30:17" (China time); the tests run in America/Los_Angeles.
  const sent = Date.UTC(2026, 8, 8, 9, 30, 17);
  const pddChat = `<ul class="msg-list">
    <li class="onemsg"><p class="message-time">2026年09月08日 17:28:00</p><div class="msg-content-box">在吗？</div></li>
    <li class="onemsg"><p class="message-time">2026年09月08日 17:30:17</p><div class="msg-content-box">什么时候发货？</div></li>
  </ul>`;

  it('counts from the time the chat prints with the message, read as China time', () => {
    document.body.innerHTML = pddChat;
    const messages = messageElements(document.body);
    expect(messages.map((m) => m.textContent)).toEqual(['在吗？', '什么时候发货？']);
    expect(messageTime(messages[1]!, messages, CHINA_ZONE, sent + 45_000)).toBe(sent);
    expect(messageTime(messages[0]!, messages, CHINA_ZONE, sent + 45_000)).toBe(sent - 137_000);
  });

  it('JD 咚咚: `.message__time_str` beside `.message__content`', () => {
    document.body.innerHTML = `<div id="t-chat-scroll"><div class="message"><div class="message_left">
      <div class="message__time_str">2026-09-08 17:30:17</div><div class="message__content">请问什么时候发货</div></div></div></div>`;
    const messages = messageElements(document.body);
    expect(lastMessage(document.body)?.sender).toBe('buyer');
    expect(messageTime(messages[0]!, messages, CHINA_ZONE, sent + 1_000)).toBe(sent);
  });

  it('a bare "17:30" is today in China time (yesterday if still ahead); a time ahead of now is not trusted', () => {
    // 2026-09-09 01:00 in China is still 2026-09-08 in Los Angeles.
    const now = Date.UTC(2026, 8, 8, 17, 0);
    expect(parseMessageTime('00:45:10', CHINA_ZONE, now)).toBe(Date.UTC(2026, 8, 8, 16, 45, 10));
    expect(parseMessageTime('23:50', CHINA_ZONE, now)).toBe(Date.UTC(2026, 8, 8, 15, 50));
    expect(parseMessageTime('2026年09月08日 17:30:17', CHINA_ZONE, sent - 3_600_000)).toBeNull();
    expect(parseMessageTime('2026年09月08日', CHINA_ZONE, sent)).toBeNull();
  });

  it('the waiting timer starts from the message time, not from when it was noticed', async () => {
    document.body.innerHTML = `${pddChat}<div id="root"></div>`;
    vi.useFakeTimers({ now: sent + 95_000, toFake: ['Date'] });
    let seen: number | null = null;
    function Probe() {
      seen = useWaitingSeconds(true, CHINA_ZONE);
      return null;
    }
    render(<Probe />, document.getElementById('root')!);
    await new Promise((r) => setTimeout(r, 150));
    vi.useRealTimers();
    expect(seen).toBe(95);
    render(null, document.getElementById('root')!);
  });

  it('the limit is JD’s 30-second response rate on JD, none elsewhere', () => {
    expect(responseLimitFor('jd')).toBe(30);
    for (const p of ['pdd', 'taobao', 'douyin', 'generic'] as const) expect(responseLimitFor(p)).toBeNull();
    expect(responseLimitFor('pdd', 60)).toBe(60);
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
    const { suggested, others } = orderTemplates(defaultTemplates, ['reminder-late'], 'jd');
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
    const groups = Array.from(root.querySelectorAll('.group')).map((g) => g.textContent);
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

  it('the response timer turns red after 30 seconds on JD only', async () => {
    const { root } = mount({ waiting: 12, waitingLimit: 30 });
    expect(root.querySelector('[data-sd-timer]')?.className).toBe('timer');
    expect(root.querySelector('[data-sd-timer]')?.textContent).toBe('买家已等 0:12');
    mount({ waiting: 31, waitingLimit: 30 });
    expect(document.querySelector('[data-sd-timer]')?.className).toBe('timer late');
    expect(document.querySelector('[data-sd-timer]')?.getAttribute('title')).toContain('30 秒');
    // PDD: no platform limit, the wait is shown without red.
    mount({ waiting: 300, waitingLimit: null });
    expect(document.querySelector('[data-sd-timer]')?.className).toBe('timer');
    expect(document.querySelector('[data-sd-timer]')?.getAttribute('title')).not.toContain('30');
  });

  it('inserts in the buyer’s language, says which, and switches in one click', async () => {
    const en = createTranslator('en');
    const { root, onInsert } = mount({ t: en, locale: 'en', replyLocale: 'zh_CN' });
    await flush();
    const panel = root.querySelector('.panel');
    expect(panel?.getAttribute('data-sd-reply-lang')).toBe('zh_CN');
    expect(root.querySelector('.langs span')?.textContent).toBe('Reply in 简体中文');
    // Titles stay in the merchant's language; the reply text is the buyer's.
    const item = root.querySelector('[data-template-id="builtin.reminder-in-stock"]');
    expect(item?.querySelector('.title')?.textContent).toBe('Reminder: in stock');
    expect(item?.querySelector('.preview')?.textContent).toMatch(/^亲，您的订单/);
    (root.querySelector('[data-sd-lang="zh_TW"]') as HTMLButtonElement).click();
    await flush();
    expect(root.querySelector('.panel')?.getAttribute('data-sd-reply-lang')).toBe('zh_TW');
    (root.querySelector('[data-template-id="builtin.reminder-in-stock"]') as HTMLButtonElement).click();
    await flush();
    expect(onInsert.mock.calls[0]?.[0]).toMatch(/^親，您的訂單 260923-063795392132914/);
  });

  it('the compliance warning says "may be penalised" and that the list is an estimate', async () => {
    const risky = { ...defaultTemplates[0]!, id: 'custom.phone', text: { zh_CN: '亲，有事打电话' } };
    const { root } = mount({ suggested: [risky], others: [], platform: 'pdd' });
    await flush();
    (root.querySelector('[data-template-id="custom.phone"]') as HTMLButtonElement).click();
    await flush();
    const warning = root.querySelector('[data-sd-compliance]');
    expect(warning?.textContent).toContain('可能被处罚');
    expect(warning?.textContent).not.toMatch(/禁止|forbidden/);
    expect(warning?.querySelector('li')?.getAttribute('data-sd-compliance-source')).toBe(
      'no source: estimate',
    );
    expect(warning?.textContent).toContain('估计');
  });

  it('on JD a presale reply with the required phone call goes in without a warning', async () => {
    const presale = defaultTemplates.find((t) => t.id === 'builtin.presale-jd')!;
    const { root, onInsert } = mount({ suggested: [presale], others: [], platform: 'jd' });
    await flush();
    (root.querySelector('[data-template-id="builtin.presale-jd"]') as HTMLButtonElement).click();
    await flush();
    expect(root.querySelector('[data-sd-compliance]')).toBeNull();
    expect(onInsert.mock.calls[0]?.[0]).toContain('打电话');
  });
});

describe('template editor', () => {
  it('a merchant limits a template to platforms; none ticked keeps it for all', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    const onSave = vi.fn(async (tpl: Template) => tpl);
    const own: Template = { ...defaultTemplates[0]!, id: 'own.1', builtIn: false };
    render(
      <TemplateEditor
        template={own}
        t={createTranslator('en')}
        uiLocale="en"
        zone={CHINA_ZONE}
        onSave={onSave}
      />,
      root,
    );
    const flush = () => new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('[data-template-platforms] legend')?.textContent).toBe(
      'Offered on (none ticked: every platform)',
    );
    const box = (p: string) => root.querySelector(`[data-platform="${p}"]`) as HTMLInputElement;
    expect(box('pdd').checked).toBe(false);
    box('pdd').click();
    await flush();
    (root.querySelector('[data-action="save-template"]') as HTMLButtonElement).click();
    await flush();
    expect(onSave.mock.calls.at(-1)?.[0].platforms).toEqual(['pdd']);
    box('pdd').click();
    await flush();
    (root.querySelector('[data-action="save-template"]') as HTMLButtonElement).click();
    await flush();
    expect(onSave.mock.calls.at(-1)?.[0].platforms).toEqual([]);
    render(null, root);
  });
});

/**
 * The real reply helper on a page (happy-dom), talking to the real store handlers over fake IndexedDB through the
 * real runtime channel (wxt's fake browser): what it asks for, and what it adds to the page.
 */
describe('reply helper on the page', () => {
  let db: Db;
  let asked: RequestType[];
  let stop: (() => void) | undefined;
  const now = Date.UTC(2026, 8, 8, 9, 30);
  // The few ContentScriptContext members the helper uses; the real one needs a running extension.
  const ctx = {
    requestIdleCallback: (cb: () => void) => setTimeout(cb, 0),
    addEventListener: (target: EventTarget, type: string, handler: EventListener) =>
      target.addEventListener(type, handler),
    onInvalidated: () => undefined,
  } as unknown as ContentScriptContext;
  const settle = () => new Promise((r) => setTimeout(r, 60));
  /** What the background tells the page (the background's tellPages, without tabs). */
  const tell = async (event: PageEvent) => {
    await fakeBrowser.runtime.onMessage.trigger(eventEnvelope(event), {});
    await settle();
  };
  const order = (id: string, platform: 'pdd' | 'jd') => ({
    id,
    platform,
    status: 'pending' as const,
    orderTime: now - 3_600_000,
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    // The picker's code as the background would inject it on first open (entrypoints/template-picker.ts).
    provideLazyUi('template-picker', mountReplyPicker);
    db = await openStore(`sd-reply-${Math.random()}`);
    asked = [];
    // The background's side of the channel: requests answered by the store, as JSON copies.
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      if (!isEnvelope(message)) return undefined;
      asked.push(message.request.type);
      return JSON.parse(JSON.stringify(await handleRequest(db, message.request, now))) as unknown;
    });
    await recordSeenOrders(
      db,
      [order('261130-555555555555555', 'pdd'), order('3301234567890', 'jd')],
      'u',
      now,
    );
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    document.body.innerHTML = '';
  });

  it('finds only boxes a reply can be typed into', () => {
    document.body.innerHTML = `<textarea id="reply"></textarea><textarea disabled></textarea>
      <textarea readonly></textarea><textarea placeholder="卖家备注（仅自己可见）"></textarea>
      <textarea aria-label="搜索聊天记录"></textarea><div contenteditable="false"></div>
      <div id="ed" contenteditable="true"></div>`;
    expect(findReplyBoxes(document, 'pdd', 'chat').map((b) => b.id)).toEqual(['reply', 'ed']);
    // On an order list only the reminder-reply dialog's box counts, not a note box in the list.
    document.body.innerHTML = `<textarea id="note"></textarea><div class="modal"><textarea id="reply"></textarea></div>`;
    expect(findReplyBoxes(document, 'jd', 'dialogs').map((b) => b.id)).toEqual(['reply']);
  });

  it('replies switched off: nothing is added to the page, no templates or orders are fetched', async () => {
    await updateSettings(db, { features: { replies: false } });
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const added: string[] = [];
    const watch = new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => added.push(n.nodeName))),
    );
    watch.observe(document.body, { childList: true, subtree: true });
    stop = startReplyHelper(ctx, 'pdd', 'chat');
    await settle();
    watch.disconnect();
    expect(added).toEqual([]);
    expect(asked).toEqual(['page/config']);
  });

  it('two reply boxes: templates and this platform’s orders are fetched once for the page, not per box', async () => {
    document.body.innerHTML = `<textarea id="a"></textarea><div class="x"><textarea id="b"></textarea></div>`;
    stop = startReplyHelper(ctx, 'pdd', 'chat');
    await settle();
    expect(document.querySelectorAll('sd-reply')).toHaveLength(2);
    expect(asked.filter((t) => t !== 'i18n/catalogs').sort()).toEqual([
      'orders/find',
      'page/config',
      'templates/list',
    ]);
    // Opening the templates does not fetch again while nothing changed…
    const toggle = () =>
      document
        .querySelector('sd-reply')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[data-sd-action="templates"]')!;
    toggle().click();
    await settle();
    expect(asked.filter((t) => t === 'orders/find')).toHaveLength(1);
    // …and does once an order list has read more orders.
    toggle().click();
    await tell({ type: 'changed', topics: ['orders'] });
    expect(asked.filter((t) => t === 'orders/find')).toHaveLength(1);
    toggle().click();
    await settle();
    expect(asked.filter((t) => t === 'orders/find')).toHaveLength(2);
  });

  it('the order the buyer names is found among this platform’s seen orders', async () => {
    const found = await handleRequest(db, { type: 'orders/find', platform: 'pdd' }, now);
    expect(found.ok && found.data.map((s) => s.order.id)).toEqual(['261130-555555555555555']);
    const byId = await handleRequest(
      db,
      { type: 'orders/find', platform: 'jd', ids: ['3301234567890', 'x'] },
      now,
    );
    expect(byId.ok && byId.data.map((s) => s.key)).toEqual(['jd:3301234567890']);
  });

  it('switched off in the options page: the buttons go without a reload; switched on: they come back', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    stop = startReplyHelper(ctx, 'pdd', 'chat');
    await settle();
    expect(document.querySelectorAll('sd-reply')).toHaveLength(1);
    await updateSettings(db, { features: { replies: false } });
    await tell({ type: 'changed', topics: ['settings'] });
    expect(document.querySelectorAll('sd-reply')).toHaveLength(0);
    await updateSettings(db, { features: { replies: true } });
    await tell({ type: 'changed', topics: ['settings'] });
    expect(document.querySelectorAll('sd-reply')).toHaveLength(1);
  });

  it('the keyboard shortcut’s event opens the picker of the box', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    stop = startReplyHelper(ctx, 'pdd', 'chat');
    await settle();
    const root = document.querySelector('sd-reply')!.shadowRoot!;
    expect(root.querySelector('.panel')).toBeNull();
    await tell({ type: 'open-templates' });
    await settle();
    expect(root.querySelector('.panel')).not.toBeNull();
  });
});
