import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import { isTick } from './ticking';

const isOwnNode = (n: Node) => n instanceof Element && n.hasAttribute(OWN_UI_ATTR);

/**
 * Calls `onChange` (in the observer's microtask, before the page paints) when the page's own content changes.
 * Our own insertions and removals do not count, except a badge in `placed` that something else took away (a
 * framework re-rendering its cell): that must be put back.
 * Returns the function that stops watching.
 */
export function watchPageChanges(
  placed: WeakSet<Node>,
  onChange: (records: MutationRecord[]) => void,
): () => void {
  const observer = new MutationObserver((records) => {
    const foreign = records.some(
      (r) =>
        // A countdown the page ticks every second changes no row's deadline (see ticking.ts).
        !isTick(r) &&
        (r.type === 'characterData' ||
          ![...r.addedNodes, ...r.removedNodes].every(
            (n) => isOwnNode(n) || n.nodeType === Node.COMMENT_NODE,
          ) ||
          // Still connected: moved by our own placing (a badge measured, or put on a line of its own).
          [...r.removedNodes].some((n) => placed.has(n) && !n.isConnected)),
    );
    if (foreign) onChange(records);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
