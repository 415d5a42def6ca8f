import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onPageEvent, request } from '@/components/client';
import { replyLanguage } from '@/lib/chat/buyer-language';
import { buyerTexts } from '@/lib/chat/last-message';
import { responseLimitFor } from '@/lib/chat/response-limit';
import { insertText, type InsertUndo } from '@/components/insert-text';
import { uiLocale } from '@/components/locale';
import { createShadowHost } from '@/components/shadow-host';
import { TemplatePicker } from '@/components/TemplatePicker';
import { templatePickerCss } from '@/components/template-picker-css';
import { createTranslator } from '@/lib/i18n/translate';
import { readOrders } from '@/lib/orders';
import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import type { Platform } from '@/lib/platforms/types';
import { assessWithReports } from '@/lib/rules/with-reports';
import { findDiscussedOrder, mentionedOrderNumber, pickChatOrder, valuesFor } from '@/lib/templates/context';
import { orderTemplates, situationsFor } from '@/lib/templates/suggest';
import { placeHelperHost } from './host-place';
import { DIALOGS, findReplyBoxes, type ReplyScope } from './reply-boxes';
import { watchReplyData, type ReplyData } from './reply-data';
import { useWaitingSeconds } from './waiting';
import type { PageZone } from '@/lib/time/zone';

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  undo?: InsertUndo;
  /** Where the merchant's caret was in a contenteditable box, before a click on our button moved it. */
  caret?: Range;
  openSignal: number;
}

/** The texts around the box, newest last: the order a buyer mentions last is the one under discussion. */
const textsIn = (root: Element) =>
  Array.from(root.querySelectorAll('p, span, div, li, td, h3'))
    .filter((e) => e.childElementCount === 0 && !e.closest(`[${OWN_UI_ATTR}]`))
    .map((e) => e.textContent ?? '');

/** The order the chat (or dialog) is about, its deadline with delay reports applied, and the templates for it. */
function chatOrder(context: Element, data: ReplyData, platform: Platform, now: number) {
  const { rules, settings, reports } = data.config;
  const { orders, templates } = data;
  const card = readOrders(context, platform, { now, zone: settings.pageTimeZone }).orders;
  // The chat's words are searched for an order number only when the chat shows no order card.
  const shown = card.at(-1)?.order;
  const texts = shown ? [] : textsIn(context);
  const discussed = shown ? undefined : findDiscussedOrder(texts, orders);
  const written = shown || discussed ? undefined : mentionedOrderNumber(texts);
  const order = pickChatOrder(shown, discussed, orders, written ? { id: written, platform } : undefined);
  // Delay reports count: an accepted one moved the deadline the buyer is to be told.
  const a = order ? assessWithReports(order, rules, settings, reports, now).assessment : undefined;
  return {
    order,
    deadline: a?.deadline,
    ...orderTemplates(templates, situationsFor(order, a?.level), platform),
  };
}

/**
 * Puts a templates button beside every reply box, including boxes that appear later, while replies are switched
 * on: nothing is added before the setting is known, and buttons go when it is switched off in the options page.
 */
// One closure on purpose: the page's boxes, the shared data and the shortcut target are one state, torn down
// together by the returned stop; the per-order logic is chatOrder above.
export function startReplyHelper(
  ctx: ContentScriptContext,
  platform: Platform,
  scope: ReplyScope = 'chat',
): () => void {
  const mounted = new Map<HTMLElement, Mounted>();
  let data: ReplyData | null = null;
  let stopped = false;
  let last: HTMLElement | undefined;

  const unmount = (box: HTMLElement, entry: Mounted) => {
    render(null, entry.root);
    entry.host.remove();
    mounted.delete(box);
  };

  const mount = (box: HTMLElement) => {
    if (mounted.has(box)) return;
    const { host, root } = createShadowHost('sd-reply', templatePickerCss);
    host.setAttribute('data-sd-reply', '');
    mounted.set(box, { host, root, openSignal: 0 });
    // Never one more item of the box's flex row: that would shrink the box (host-place.ts).
    placeHelperHost(box, host);
    box.addEventListener('focus', () => (last = box));
    draw(box);
  };

  const draw = (box: HTMLElement) => {
    const entry = mounted.get(box);
    if (!entry || !data) return;
    const { settings } = data.config;
    const locale = uiLocale(settings);
    const now = Date.now();
    // In a dialog over an order list, the order is the one the dialog names, not the list's last row.
    const context = (scope === 'dialogs' && box.closest(DIALOGS.join(', '))) || document.body;
    const { order, deadline, suggested, others } = chatOrder(context, data, platform, now);
    render(
      <Picker
        chat={scope === 'chat'}
        zone={settings.pageTimeZone}
        pickerProps={{
          suggested,
          others,
          values: valuesFor(order, deadline, settings.pageTimeZone, now),
          locale,
          // The buyer's language, not the merchant's: read from what the buyer wrote in this chat.
          replyLocale: replyLanguage(buyerTexts(context), platform, locale),
          platform,
          waitingLimit: responseLimitFor(platform),
          t: createTranslator(locale),
          words: settings.complianceWords,
          canUndo: !!entry.undo,
          openSignal: entry.openSignal,
          onInsert: (text, template) => {
            insertText(box, text, entry.caret)
              .then((undo) => {
                entry.undo = undo;
                request('usage/record', { templateId: template.id }).catch(() => undefined);
              })
              .catch((error: unknown) => console.warn('[seller-desk] reply helper: insertion failed', error))
              .finally(() => draw(box));
          },
          // Takes out the template only; `ask` when it was edited since (the picker asks first).
          onUndo: async (force) => {
            const result = (await entry.undo?.undo(force)) ?? 'done';
            if (result !== 'ask') delete entry.undo;
            draw(box);
            return result;
          },
          // An order list read since may know more about the chat's order.
          onOpen: () => void replyData.freshOrders().then(() => draw(box)),
        }}
      />,
      entry.root,
    );
  };

  const scan = () => {
    if (stopped) return;
    for (const [box, entry] of mounted) if (!box.isConnected || !data) unmount(box, entry);
    if (data) for (const box of findReplyBoxes(document, platform, scope)) mount(box);
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
  const observer = new MutationObserver(scanSoon);

  const replyData = watchReplyData(platform, (next) => {
    if (stopped) return;
    data = next;
    // The page is watched only while replies are switched on.
    if (data) observer.observe(document.body, { childList: true, subtree: true });
    else observer.disconnect();
    scan();
    for (const box of mounted.keys()) draw(box);
  });

  // A contenteditable box loses its selection when our button is clicked: keep where the caret last was.
  ctx.addEventListener(document, 'selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    for (const [box, entry] of mounted)
      if (box.isContentEditable && box.contains(range.startContainer)) entry.caret = range.cloneRange();
  });

  // The keyboard shortcut (the `open-templates` command) reaches us from the background.
  const stopShortcut = onPageEvent((event) => {
    if (event.type !== 'open-templates') return;
    const box = last && mounted.has(last) ? last : mounted.keys().next().value;
    const entry = box && mounted.get(box);
    if (!box || !entry) return;
    entry.openSignal++;
    draw(box);
  });

  const stop = () => {
    stopped = true;
    observer.disconnect();
    replyData.stop();
    stopShortcut();
    for (const [box, entry] of mounted) unmount(box, entry);
  };
  ctx.onInvalidated(stop);
  return stop;
}

type PickerProps = Omit<Parameters<typeof TemplatePicker>[0], 'waiting'>;

/** The picker plus, on chat pages, the live "buyer has been waiting" timer. */
function Picker({ chat, zone, pickerProps }: { chat: boolean; zone: PageZone; pickerProps: PickerProps }) {
  const waiting = useWaitingSeconds(chat, zone);
  return <TemplatePicker {...pickerProps} waiting={waiting} />;
}
