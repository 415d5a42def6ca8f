/** Who wrote a chat message, from the words its classes use (chat UIs mark sides for styling). */
export type Sender = 'buyer' | 'seller' | 'unknown';

const MESSAGE = /(^|[-_\s])(msg|message|bubble|chat-?item|chat-?record)([-_\s]|$)/i;
const SELLER = /(^|[-_\s])(me|self|mine|seller|right|out|outgoing|sent|kefu|staff|agent|service)([-_\s]|$)/i;
const BUYER = /(^|[-_\s])(buyer|customer|left|in|incoming|received|other|guest|user)([-_\s]|$)/i;
/** A message's time stamp (PDD `p.message-time`, JD `.message__time_str`) is part of a message, not one. */
export const TIME_CLASS = /time/i;

export function senderOf(message: Element): Sender {
  for (
    let e: Element | null = message;
    e && e !== message.parentElement?.parentElement;
    e = e.parentElement
  ) {
    const cls = e.getAttribute('class') ?? '';
    if (SELLER.test(cls)) return 'seller';
    if (BUYER.test(cls)) return 'buyer';
  }
  return 'unknown';
}

/** The message elements shown in `root`, oldest first: the innermost elements whose class says "message". */
export function messageElements(root: Element): Element[] {
  const candidates = Array.from(root.querySelectorAll('[class]')).filter((e) => {
    const cls = e.getAttribute('class') ?? '';
    return (
      MESSAGE.test(cls) && !TIME_CLASS.test(cls) && !e.closest('[data-sd-ui]') && messageText(e).trim() !== ''
    );
  });
  // The innermost message elements: a list wrapper may also be called "message-list".
  return candidates.filter((e) => !candidates.some((o) => o !== e && e.contains(o)));
}

/** What a message says, without the time stamp some chats print inside it. */
export function messageText(message: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.textContent ?? '';
      else if (child.nodeType === 1 && !TIME_CLASS.test((child as Element).getAttribute('class') ?? ''))
        walk(child);
    }
  };
  walk(message);
  return out;
}

/**
 * The last message of the conversation shown in `root`, skipping our own UI. Unmarked sides count as the
 * buyer's: a missed answer costs more than a timer that runs once too often.
 */
export function lastMessage(root: Element): { el: Element; sender: Sender } | null {
  const el = messageElements(root).at(-1);
  if (!el) return null;
  const sender = senderOf(el);
  return { el, sender: sender === 'unknown' ? 'buyer' : sender };
}

/** The texts of the buyer's messages, oldest first (what the reply language is read from). */
export function buyerTexts(root: Element): string[] {
  return messageElements(root)
    .filter((e) => senderOf(e) !== 'seller')
    .map((e) => messageText(e).trim());
}
