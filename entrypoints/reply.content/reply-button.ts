import type { PageZone } from '@/lib/time/zone';
import { h, show } from '@/components/dom';
import { waitingTimer } from '@/components/waiting-timer';
import type { Translate } from '@/lib/i18n/translate';
import { watchWaitingSeconds } from './waiting';

interface ButtonOptions {
  t: Translate;
  /** On chat pages: the buyer's wait, red from the platform's limit (null: no limit). */
  waiting: { zone: PageZone; limit: number | null } | null;
  onOpen: () => void;
  /** Escape on the button before the picker's code has arrived: the open asked for is called off. */
  onCancel: () => void;
  /** The pointer or the focus reached the button: a click is likely, its code can load now. */
  onWarm: () => void;
}

/**
 * The templates button as every page load draws it, before the picker's code is loaded (on first open, it
 * takes over the same shadow root): the same markup as the picker's bar, with the buyer's waiting time on chat
 * pages. Returns the stop of its timer.
 */
export function drawReplyButton(
  root: ShadowRoot,
  { t, waiting, onOpen, onCancel, onWarm }: ButtonOptions,
): () => void {
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'toggle',
      'data-sd-action': 'templates',
      'aria-expanded': 'false',
      onClick: onOpen,
      onKeyDown: (e: Event) => {
        if ((e as KeyboardEvent).key === 'Escape') onCancel();
      },
      onPointerEnter: onWarm,
      onFocus: onWarm,
    },
    t('reply.templates'),
  );
  const bar = h('span', { class: 'bar' }, toggle);
  show(root, bar);
  if (!waiting) return () => undefined;
  const timer = h('span', { class: 'timer' });
  return watchWaitingSeconds(waiting.zone, (seconds) => {
    if (seconds === null) return timer.remove();
    const view = waitingTimer(seconds, waiting.limit, t);
    timer.className = view.className;
    timer.title = view.title;
    timer.textContent = view.text;
    timer.setAttribute('data-sd-timer', String(seconds));
    if (!timer.isConnected) bar.append(timer);
  });
}
