import { ensureCatalogs } from '@/components/catalogs';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/components/client';
import { replyLanguage } from '@/lib/chat/buyer-language';
import { buyerTexts } from '@/lib/chat/last-message';
import { responseLimitFor } from '@/lib/chat/response-limit';
import { insertText, type InsertUndo } from '@/components/insert-text';
import { uiLocale } from '@/components/locale';
import { createShadowHost } from '@/components/shadow-host';
import { TemplatePicker, templatePickerCss } from '@/components/TemplatePicker';
import { createTranslator } from '@/lib/i18n/translate';
import { CHANNEL } from '@/lib/messaging/protocol';
import { readOrders } from '@/lib/orders';
import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import { adapters } from '@/lib/platforms/adapters';
import type { Platform } from '@/lib/platforms/types';
import { assessWithReports } from '@/lib/rules/with-reports';
import { findDiscussedOrder, mentionedOrderNumber, pickChatOrder, valuesFor } from '@/lib/templates/context';
import { orderTemplates, situationsFor } from '@/lib/templates/suggest';
import { useWaitingSeconds } from './waiting';

const DIALOGS = [
  '[role="dialog"]',
  '[class*="modal"]',
  '[class*="Modal"]',
  '[class*="dialog"]',
  '[class*="Dialog"]',
];

/** Chats: any reply box. Order pages: only boxes inside a dialog (the reminder-reply / 催单 dialog). */
const SELECTORS = {
  chat: '#replyTextarea, textarea, [contenteditable="true"], [contenteditable=""]',
  dialogs: DIALOGS.flatMap((d) => [`${d} textarea`, `${d} [contenteditable="true"]`]).join(', '),
} as const;

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  undo?: InsertUndo;
  /** Where the merchant's caret was in a contenteditable box, before a click on our button moved it. */
  caret?: Range;
  openSignal: number;
  draw: () => void;
}

/** Boxes that hold notes, not replies: the seller's memo on an order, a search field. */
const NOT_A_REPLY = /备注|備註|备忘|memo|remark|note|nota|搜索|搜尋|search|buscar/i;

/** A box the merchant can type a reply into: enabled, editable, and not a memo or search field. */
function isReplyBox(box: HTMLElement): boolean {
  if (box instanceof HTMLTextAreaElement) {
    if (box.disabled || box.readOnly) return false;
  } else if (!box.isContentEditable) return false;
  const names = ['placeholder', 'aria-label', 'name', 'id', 'title']
    .map((a) => box.getAttribute(a) ?? '')
    .join(' ');
  return !NOT_A_REPLY.test(names);
}

/** The texts around the box, newest last: the order a buyer mentions last is the one under discussion. */
const textsIn = (root: Element) =>
  Array.from(root.querySelectorAll('p, span, div, li, td, h3'))
    .filter((e) => e.childElementCount === 0 && !e.closest(`[${OWN_UI_ATTR}]`))
    .map((e) => e.textContent ?? '');

/** Puts a templates button beside every reply box, including boxes that appear later. */
export function startReplyHelper(
  ctx: ContentScriptContext,
  platform: Platform,
  scope: keyof typeof SELECTORS = 'chat',
): () => void {
  const mounted = new Map<HTMLElement, Mounted>();
  // The platform's own reply box first (PLATFORMS.md "Chat boxes"), then any box a reply can be typed into.
  const own = adapters[platform]?.chat?.box?.map((d) => d.selector) ?? [];
  const selector = scope === 'chat' ? [...own, SELECTORS.chat].join(', ') : SELECTORS[scope];
  let stopped = false;
  let last: HTMLElement | undefined;

  const mount = async (box: HTMLElement) => {
    if (mounted.has(box) || box.closest(`[${OWN_UI_ATTR}]`) || !isReplyBox(box)) return;
    const { host, root } = createShadowHost('sd-reply', templatePickerCss);
    host.setAttribute('data-sd-reply', '');
    const entry: Mounted = { host, root, openSignal: 0, draw: () => undefined };
    mounted.set(box, entry);
    box.insertAdjacentElement('afterend', host);
    box.addEventListener('focus', () => (last = box));

    const [templates, firstList] = await Promise.all([
      request('templates/list', {}),
      request('orders/list', {}),
    ]);
    // What Seller Desk has seen of the orders keeps growing while the box is on the page (the order list
    // may be read after the box appeared): it is fetched again whenever the templates are opened.
    let list = firstList;
    const { rules, settings } = list;
    const refresh = () =>
      request('orders/list', {})
        .then((fresh) => {
          list = fresh;
          entry.draw();
        })
        .catch(() => undefined);
    if (!settings.features.replies) {
      host.remove();
      return;
    }
    const locale = uiLocale(settings);
    await ensureCatalogs([locale]);
    const t = createTranslator(locale);
    entry.draw = () => {
      const now = Date.now();
      // In a dialog over an order list, the order is the one the dialog names, not the list's last row.
      const context = (scope === 'dialogs' && box.closest(DIALOGS.join(', '))) || document.body;
      const card = readOrders(context, platform, { now, offsetMinutes: settings.pageOffsetMinutes }).orders;
      // The chat's words are searched for an order number only when the chat shows no order card.
      const shown = card.at(-1)?.order;
      const texts = shown ? [] : textsIn(context);
      const discussed = shown ? undefined : findDiscussedOrder(texts, list.orders);
      const written = shown || discussed ? undefined : mentionedOrderNumber(texts);
      const order = pickChatOrder(
        shown,
        discussed,
        list.orders,
        written ? { id: written, platform } : undefined,
      );
      // Delay reports count: an accepted one moved the deadline the buyer is to be told.
      const a = order ? assessWithReports(order, rules, settings, list.reports, now).assessment : undefined;
      const { suggested, others } = orderTemplates(templates, situationsFor(order, a?.level), platform);
      render(
        <Picker
          chat={scope === 'chat'}
          offsetMinutes={settings.pageOffsetMinutes}
          pickerProps={{
            suggested,
            others,
            values: valuesFor(order, a?.deadline, settings.pageOffsetMinutes, now),
            locale,
            // The buyer's language, not the merchant's: read from what the buyer wrote in this chat.
            replyLocale: replyLanguage(buyerTexts(context), platform, locale),
            platform,
            waitingLimit: responseLimitFor(platform),
            t,
            words: settings.complianceWords,
            canUndo: !!entry.undo,
            openSignal: entry.openSignal,
            onInsert: (text, template) => {
              insertText(box, text, entry.caret)
                .then((undo) => {
                  entry.undo = undo;
                  request('usage/record', { templateId: template.id }).catch(() => undefined);
                })
                .catch((error: unknown) =>
                  console.warn('[seller-desk] reply helper: insertion failed', error),
                )
                .finally(() => entry.draw());
            },
            // Takes out the template only; `ask` when it was edited since (the picker asks first).
            onUndo: async (force) => {
              const result = (await entry.undo?.undo(force)) ?? 'done';
              if (result !== 'ask') delete entry.undo;
              entry.draw();
              return result;
            },
            onOpen: () => void refresh(),
          }}
        />,
        root,
      );
    };
    entry.draw();
  };

  const scan = () => {
    if (stopped) return;
    for (const [box, entry] of mounted) {
      if (!box.isConnected) {
        render(null, entry.root);
        entry.host.remove();
        mounted.delete(box);
      }
    }
    for (const box of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      mount(box).catch((e: unknown) => console.warn('[seller-desk] reply helper', e));
    }
  };
  // Looking for new reply boxes is a query over the whole page: on a busy page (a 2,000-row order list, a chat
  // streaming messages) it runs once when the browser is idle (within 200 ms), not after every change.
  let queued = false;
  const scanSoon = () => {
    if (queued) return;
    queued = true;
    ctx.requestIdleCallback(
      () => {
        queued = false;
        scan();
      },
      { timeout: 200 },
    );
  };
  // A contenteditable box loses its selection when our button is clicked: keep where the caret last was.
  ctx.addEventListener(document, 'selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    for (const [box, entry] of mounted)
      if (box.isContentEditable && box.contains(range.startContainer)) entry.caret = range.cloneRange();
  });
  const observer = new MutationObserver(scanSoon);
  observer.observe(document.body, { childList: true, subtree: true });
  scan();

  // The keyboard shortcut (a `commands` entry) reaches us from the background.
  const onShortcut = (message: unknown) => {
    if ((message as { channel?: string; type?: string })?.channel !== CHANNEL) return;
    if ((message as { type?: string }).type !== 'open-templates') return;
    const entry = (last && mounted.get(last)) ?? mounted.values().next().value;
    if (!entry) return;
    entry.openSignal++;
    entry.draw();
  };
  browser.runtime.onMessage.addListener(onShortcut);

  const stop = () => {
    stopped = true;
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onShortcut);
    for (const { host, root } of mounted.values()) {
      render(null, root);
      host.remove();
    }
    mounted.clear();
  };
  ctx.onInvalidated(stop);
  return stop;
}

type PickerProps = Omit<Parameters<typeof TemplatePicker>[0], 'waiting'>;

/** The picker plus, on chat pages, the live "buyer has been waiting" timer. */
function Picker({
  chat,
  offsetMinutes,
  pickerProps,
}: {
  chat: boolean;
  offsetMinutes: number;
  pickerProps: PickerProps;
}) {
  const waiting = useWaitingSeconds(chat, offsetMinutes);
  return <TemplatePicker {...pickerProps} waiting={waiting} />;
}
