/** Who wrote a chat message, from the words its classes use (chat UIs mark sides for styling). */
export type Sender = 'buyer' | 'seller' | 'unknown';

const MESSAGE = /(^|[-_\s])(msg|message|bubble|chat-?item|chat-?record)([-_\s]|$)/i;
const SELLER = /(^|[-_\s])(me|self|mine|seller|right|out|outgoing|sent|kefu|staff|agent|service)([-_\s]|$)/i;
const BUYER = /(^|[-_\s])(buyer|customer|left|in|incoming|received|other|guest|user)([-_\s]|$)/i;

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

/**
 * The last message of the conversation shown in `root`: the last element whose class says it is a
 * message, skipping our own UI. Unmarked sides count as the buyer's: a missed answer costs more
 * than a timer that runs once too often.
 */
export function lastMessage(root: Element): { el: Element; sender: Sender } | null {
  const candidates = Array.from(root.querySelectorAll('[class]')).filter(
    (e) =>
      MESSAGE.test(e.getAttribute('class') ?? '') &&
      !e.closest('[data-sd-ui]') &&
      (e.textContent ?? '').trim(),
  );
  // The innermost message elements: a list wrapper may also be called "message-list".
  const leaves = candidates.filter((e) => !candidates.some((o) => o !== e && e.contains(o)));
  const el = leaves.at(-1);
  if (!el) return null;
  const sender = senderOf(el);
  return { el, sender: sender === 'unknown' ? 'buyer' : sender };
}
