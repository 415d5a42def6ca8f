import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import { adapters } from '@/lib/platforms/adapters';
import type { Platform } from '@/lib/platforms/types';

export const DIALOGS = [
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

export type ReplyScope = keyof typeof SELECTORS;

/** Boxes that hold notes, not replies: the seller's memo on an order, a search field. */
const NOT_A_REPLY = /备注|備註|备忘|memo|remark|note|nota|搜索|搜尋|search|buscar/i;

/** A box the merchant can type a reply into: enabled, editable, and not a memo or search field. */
export function isReplyBox(box: HTMLElement): boolean {
  if (box.closest(`[${OWN_UI_ATTR}]`)) return false;
  if (box instanceof HTMLTextAreaElement) {
    if (box.disabled || box.readOnly) return false;
  } else if (!box.isContentEditable) return false;
  const names = ['placeholder', 'aria-label', 'name', 'id', 'title']
    .map((a) => box.getAttribute(a) ?? '')
    .join(' ');
  return !NOT_A_REPLY.test(names);
}

/** The reply boxes on the page now: the platform's own box first (PLATFORMS.md "Chat boxes"), then any other. */
export function findReplyBoxes(root: ParentNode, platform: Platform, scope: ReplyScope): HTMLElement[] {
  const own = adapters[platform]?.chat?.box?.map((d) => d.selector) ?? [];
  const selector = scope === 'chat' ? [...own, SELECTORS.chat].join(', ') : SELECTORS[scope];
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(isReplyBox);
}
