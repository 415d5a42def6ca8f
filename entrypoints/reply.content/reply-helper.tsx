import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/components/client';
import { insertText, type InsertUndo } from '@/components/insert-text';
import { uiLocale } from '@/components/locale';
import { createShadowHost } from '@/components/shadow-host';
import { TemplatePicker, templatePickerCss } from '@/components/TemplatePicker';
import { createTranslator } from '@/lib/i18n';
import { OWN_UI_ATTR } from '@/lib/orders/text';
import { assess } from '@/lib/rules/assess';
import { findDiscussedOrder, pickChatOrder, valuesFor } from '@/lib/templates/context';
import { readOrders } from '@/lib/orders/read';
import type { Platform } from '@/lib/platforms/types';

/** Reply boxes: PDD's `#replyTextarea`, any textarea, or a contenteditable editor. */
const BOX_SELECTOR = '#replyTextarea, textarea, [contenteditable="true"], [contenteditable=""]';

/** Puts a templates button beside every reply box, including boxes that appear later. */
export function startReplyHelper(ctx: ContentScriptContext, platform: Platform): () => void {
  const mounted = new Map<HTMLElement, { host: HTMLElement; root: ShadowRoot; undo?: InsertUndo }>();
  let stopped = false;

  const mount = async (box: HTMLElement) => {
    if (mounted.has(box) || box.closest(`[${OWN_UI_ATTR}]`)) return;
    const { host, root } = createShadowHost('sd-reply', templatePickerCss);
    host.setAttribute('data-sd-reply', '');
    const entry: { host: HTMLElement; root: ShadowRoot; undo?: InsertUndo } = { host, root };
    mounted.set(box, entry);
    box.insertAdjacentElement('afterend', host);

    const [templates, list] = await Promise.all([request('templates/list', {}), request('orders/list', {})]);
    const { rules, settings } = list;
    const locale = uiLocale(settings);
    const t = createTranslator(locale);
    const draw = () => {
      const texts = Array.from(document.body.querySelectorAll('p, span, div'))
        .filter((e) => e.childElementCount === 0)
        .map((e) => e.textContent ?? '');
      const now = Date.now();
      const card = readOrders(document.body, platform, {
        now,
        offsetMinutes: settings.pageOffsetMinutes,
      }).orders;
      const order = pickChatOrder(card.at(-1)?.order, findDiscussedOrder(texts, list.orders), list.orders);
      const deadline = order ? assess(order, rules, settings, now).deadline : undefined;
      render(
        <TemplatePicker
          templates={templates}
          values={valuesFor(order, deadline, settings.pageOffsetMinutes)}
          locale={locale}
          t={t}
          canUndo={!!entry.undo}
          onInsert={(text, template) => {
            try {
              entry.undo = insertText(box, text);
              request('usage/record', { templateId: template.id }).catch(() => undefined);
            } catch (error) {
              console.warn('[seller-desk] reply helper: insertion failed', error);
            }
            draw();
          }}
          onUndo={() => {
            entry.undo?.undo();
            delete entry.undo;
            draw();
          }}
        />,
        root,
      );
    };
    draw();
  };

  const scan = () => {
    if (stopped) return;
    for (const box of Array.from(document.querySelectorAll<HTMLElement>(BOX_SELECTOR))) {
      mount(box).catch((e: unknown) => console.warn('[seller-desk] reply helper', e));
    }
  };
  const observer = new MutationObserver(() => scan());
  observer.observe(document.body, { childList: true, subtree: true });
  scan();

  const stop = () => {
    stopped = true;
    observer.disconnect();
    for (const { host, root } of mounted.values()) {
      render(null, root);
      host.remove();
    }
    mounted.clear();
  };
  ctx.onInvalidated(stop);
  return stop;
}
