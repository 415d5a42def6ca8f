import type { PageZone } from '@/lib/time/zone';
import { render } from 'preact';
import { request } from '@/components/client';
import { show } from '@/components/dom';
import { insertText, type InsertUndo } from '@/components/insert-text';
import { addStyles } from '@/components/shadow-host';
import { TemplatePicker } from '@/components/TemplatePicker';
import { templatePickerCss } from '@/components/template-picker-css';
import { replyLanguage } from '@/lib/chat/buyer-language';
import { buyerTexts } from '@/lib/chat/last-message';
import { responseLimitFor } from '@/lib/chat/response-limit';
import type { Locale, Translate } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { valuesFor } from '@/lib/templates/context';
import { chatOrder } from './chat-order';
import { DIALOGS, type ReplyScope } from './reply-boxes';
import type { ReplyData } from './reply-data';
import { useWaitingSeconds } from './use-waiting';

/** What the reply helper hands the picker of one box (again whenever its data changes). */
export interface PickerInput {
  box: HTMLElement;
  platform: Platform;
  scope: ReplyScope;
  data: ReplyData;
  /** The merchant's UI language and its translator (the catalogs live in the content script). */
  locale: Locale;
  t: Translate;
  /** Where the merchant's caret was in a contenteditable box, before a click on our button moved it. */
  caret: () => Range | undefined;
  /** Seen orders brought up to date when an order list read more since. */
  freshOrders: () => Promise<void>;
}

type PickerProps = Omit<Parameters<typeof TemplatePicker>[0], 'waiting'>;

/** The picker plus, on chat pages, the live "buyer has been waiting" timer. */
function Picker({ chat, zone, picker }: { chat: boolean; zone: PageZone; picker: PickerProps }) {
  const waiting = useWaitingSeconds(chat, zone);
  return <TemplatePicker {...picker} waiting={waiting} />;
}

/**
 * The template picker of one reply box, loaded and mounted on its first open (entrypoints/template-picker.ts),
 * open: it takes over the box's shadow root from the button drawn at page load. Reads the chat's order, offers its templates,
 * inserts the chosen one at the caret and keeps its Undo.
 */
export function mountReplyPicker(root: ShadowRoot, first: PickerInput) {
  let input = first;
  let undo: InsertUndo | undefined;
  // Mounted on the merchant's first open: drawn open at once.
  let openSignal = 1;
  const draw = () => {
    const { box, platform, scope, data, locale, t } = input;
    const { settings } = data.config;
    const now = Date.now();
    // In a dialog over an order list, the order is the one the dialog names, not the list's last row.
    const context = (scope === 'dialogs' && box.closest(DIALOGS.join(', '))) || document.body;
    const { order, deadline, suggested, others } = chatOrder(context, data, platform, now);
    const picker: PickerProps = {
      suggested,
      others,
      values: valuesFor(order, deadline, settings.pageTimeZone, now),
      locale,
      // The buyer's language, not the merchant's: read from what the buyer wrote in this chat.
      replyLocale: replyLanguage(buyerTexts(context), platform, locale),
      platform,
      waitingLimit: responseLimitFor(platform),
      t,
      words: settings.complianceWords,
      canUndo: !!undo,
      openSignal,
      onInsert: (text, template) => {
        insertText(box, text, input.caret())
          .then((done) => {
            undo = done;
            request('usage/record', { templateId: template.id }).catch(() => undefined);
          })
          .catch((error: unknown) => console.warn('[seller-desk] reply helper: insertion failed', error))
          .finally(draw);
      },
      // Takes out the template only; `ask` when it was edited since (the picker asks first).
      onUndo: async (force) => {
        const result = (await undo?.undo(force)) ?? 'done';
        if (result !== 'ask') undo = undefined;
        draw();
        return result;
      },
      // An order list read since may know more about the chat's order.
      onOpen: () => void input.freshOrders().then(draw),
    };
    const chat = scope === 'chat';
    render(<Picker chat={chat} zone={settings.pageTimeZone} picker={picker} />, root);
  };
  // The button drawn at page load goes; the picker draws its own, with the panel's styles beside the bar's.
  show(root);
  draw();
  addStyles(root, templatePickerCss);
  return {
    /** The box's data changed (settings, templates, orders). */
    update: (next: PickerInput) => {
      input = next;
      draw();
    },
    /** Opens the list again (the keyboard shortcut). */
    open: () => {
      openSignal++;
      draw();
    },
    unmount: () => render(null, root),
  };
}

export type MountedPicker = ReturnType<typeof mountReplyPicker>;
