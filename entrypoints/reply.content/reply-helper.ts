import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onPageEvent } from '@/components/client';
import { loadLazyUi } from '@/components/lazy-ui';
import { uiLocale } from '@/components/locale';
import { createShadowHost } from '@/components/shadow-host';
import { replyButtonCss } from '@/components/template-picker-css';
import { responseLimitFor } from '@/lib/chat/response-limit';
import { createTranslator } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { placeHelperHost } from './host-place';
import type { MountedPicker, PickerInput } from './picker-host';
import { drawReplyButton } from './reply-button';
import { findReplyBoxes, type ReplyScope } from './reply-boxes';
import { watchReplyData, type ReplyData } from './reply-data';

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the merchant's caret was in a contenteditable box, before a click on our button moved it. */
  caret?: Range;
  /** The picker, once loaded for this box; until then the button drawn here, and its timer's stop. */
  picker?: MountedPicker;
  stopButton?: () => void;
  /** An open was asked for and the picker's code is on its way; Escape before it arrives calls it off. */
  opening?: boolean;
}

const warn = (error: unknown) => console.warn('[seller-desk] reply helper', error);
/** The picker's code, asked for at the first sign of use (pointer, focus) so the click finds it loaded. */
const warmUp = () => void loadLazyUi('template-picker').catch(() => undefined);

/**
 * Puts a templates button beside every reply box, including boxes that appear later, while replies are switched
 * on: nothing is added before the setting is known, and buttons go when it is switched off in the options page.
 * The picker itself (its code, Preact, the chat's order reading) is loaded on first open.
 */
export function startReplyHelper(
  ctx: ContentScriptContext,
  platform: Platform,
  scope: ReplyScope = 'chat',
): () => void {
  const mounted = new Map<HTMLElement, Mounted>();
  let data: ReplyData | null = null;
  let stopped = false;
  let last: HTMLElement | undefined;

  const inputFor = (box: HTMLElement, entry: Mounted, now: ReplyData): PickerInput => {
    const locale = uiLocale(now.config.settings);
    const t = createTranslator(locale);
    const caret = () => entry.caret;
    return { box, platform, scope, data: now, locale, t, caret, freshOrders: replyData.freshOrders };
  };
  const draw = (box: HTMLElement) => {
    const entry = mounted.get(box);
    if (!entry || !data) return;
    if (entry.picker) return entry.picker.update(inputFor(box, entry, data));
    entry.stopButton?.();
    const { settings } = data.config;
    entry.stopButton = drawReplyButton(entry.root, {
      t: createTranslator(uiLocale(settings)),
      waiting: scope === 'chat' ? { zone: settings.pageTimeZone, limit: responseLimitFor(platform) } : null,
      onOpen: () => open(box),
      onCancel: () => (entry.opening = false),
      onWarm: warmUp,
    });
  };
  const open = (box: HTMLElement | undefined) => {
    const entry = box && mounted.get(box);
    if (!entry) return;
    // The box may have gone, or replies been switched off, while the code loaded.
    openPicker(entry, () =>
      !stopped && data && mounted.get(box) === entry ? inputFor(box, entry, data) : null,
    );
  };
  const unmount = (box: HTMLElement, entry: Mounted) => {
    removeHelper(entry);
    mounted.delete(box);
  };
  const mount = (box: HTMLElement) => {
    if (mounted.has(box)) return;
    const { host, root } = createShadowHost('sd-reply', replyButtonCss);
    host.setAttribute('data-sd-reply', '');
    mounted.set(box, { host, root });
    // Never one more item of the box's flex row: that would shrink the box (host-place.ts).
    placeHelperHost(box, host);
    box.addEventListener('focus', () => (last = box));
    draw(box);
  };

  const scan = () => {
    if (stopped) return;
    for (const [box, entry] of mounted) if (!box.isConnected || !data) unmount(box, entry);
    if (data) for (const box of findReplyBoxes(document, platform, scope)) mount(box);
  };
  const observer = new MutationObserver(idleOnce(ctx, scan));
  const replyData = watchReplyData(platform, (next) => {
    if (stopped) return;
    data = next;
    // The page is watched only while replies are switched on.
    if (data) observer.observe(document.body, { childList: true, subtree: true });
    else observer.disconnect();
    scan();
    for (const box of mounted.keys()) draw(box);
  });
  keepCarets(ctx, mounted);
  const stopShortcut = onShortcut(() => open(last && mounted.has(last) ? last : mounted.keys().next().value));

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

/** The keyboard shortcut (the `open-templates` command) reaches the page from the background. */
const onShortcut = (open: () => void) =>
  onPageEvent((event) => {
    if (event.type === 'open-templates') open();
  });

/** Opens a box's picker: its code loaded, and mounted over the button, on the first open. */
function openPicker(entry: Mounted, input: () => PickerInput | null): void {
  if (entry.picker) return entry.picker.open();
  entry.opening = true;
  loadLazyUi('template-picker')
    .then((mount) => {
      const now = input();
      if (!now || entry.picker || !entry.opening) return;
      entry.opening = false;
      entry.stopButton?.();
      // Mounted open: the merchant asked for the list.
      entry.picker = mount(entry.root, now);
    })
    .catch(warn);
}

function removeHelper(entry: Mounted): void {
  entry.picker?.unmount();
  entry.stopButton?.();
  entry.host.remove();
}

/**
 * Looking for new reply boxes is a query over the whole page: on a busy page (a 2,000-row order list, a chat
 * streaming messages) it runs once when the browser is idle (within 200 ms), not after every change.
 */
function idleOnce(ctx: ContentScriptContext, run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    ctx.requestIdleCallback(
      () => {
        queued = false;
        run();
      },
      { timeout: 200 },
    );
  };
}

/** A contenteditable box loses its selection when our button is clicked: keep where the caret last was. */
function keepCarets(ctx: ContentScriptContext, mounted: Map<HTMLElement, Mounted>): void {
  ctx.addEventListener(document, 'selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    for (const [box, entry] of mounted)
      if (box.isContentEditable && box.contains(range.startContainer)) entry.caret = range.cloneRange();
  });
}
