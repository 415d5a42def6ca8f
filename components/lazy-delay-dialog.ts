import { request } from './client';
import type { openDelayDialog } from './delay-dialog-host';

/** Where the injected delay-dialog script leaves its entry point, in the content scripts' own world. */
export const LAZY_DELAY_DIALOG = '__sellerDeskDelayDialog';

type Open = typeof openDelayDialog;

/** The delay-report dialog's opener, fetched from the extension on first use. */
export async function loadDelayDialog(): Promise<Open> {
  const world = globalThis as Record<string, unknown>;
  if (typeof world[LAZY_DELAY_DIALOG] !== 'function') await request('ui/load-delay-dialog', {});
  const open = world[LAZY_DELAY_DIALOG];
  if (typeof open !== 'function') throw new Error('the delay-report helper could not be loaded');
  return open as Open;
}
