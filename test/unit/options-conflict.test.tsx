import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../entrypoints/options/Options';
import { createTranslator } from '../../lib/i18n';
import { createClient } from '../../lib/messaging/client';
import { isEnvelope } from '../../lib/messaging/protocol';
import { openStore, type Db } from '../../lib/store/db';
import { handleRequest } from '../../lib/service/handlers';

// The options page against the real handlers and a fake IndexedDB; "another tab" writes directly.
const state = vi.hoisted(() => ({ db: undefined as unknown, page: undefined as unknown }));
// Built in beforeEach: a factory importing the store itself would deadlock with this file's imports.
vi.mock('@/components/client', () => ({
  request: (...args: unknown[]) => (state.page as (...a: unknown[]) => unknown)(...args),
}));

const en = createTranslator('en');
const otherTab = () =>
  createClient(async (message) =>
    isEnvelope(message) ? handleRequest(state.db as Db, message.request, 1000) : null,
  );

async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('never appeared');
}

/** Types into a field, then lets Preact render the new draft (as a person pausing before Save). */
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 20));
}

beforeEach(async () => {
  state.db = await openStore(`sd-options-${Math.random()}`);
  // Messaging is JSON: the page gets copies, as in the extension.
  state.page = createClient(async (message) => {
    if (!isEnvelope(message)) throw new Error('not ours');
    const answer = await handleRequest(state.db as Db, message.request, 1000);
    return JSON.parse(JSON.stringify(answer)) as unknown;
  });
  document.body.innerHTML = '<div id="app"></div>';
});

describe('options page, two tabs', () => {
  it('a stale settings save says another tab changed it and shows the newer value', async () => {
    location.hash = '#settings';
    render(<Options />, document.getElementById('app')!);
    const soon = await until(() => document.querySelector<HTMLInputElement>('#sd-soon'));
    const base = await otherTab()('settings/get', {});
    await otherTab()('settings/update', { patch: { soonHours: 72 }, base });

    await type(soon, '24');
    document.querySelector('form.settings')!.dispatchEvent(new Event('submit', { cancelable: true }));

    const notice = await until(() => document.querySelector('[data-store-error="conflict"]'));
    expect(notice.textContent).toBe(en('storage.conflict'));
    await until(() => document.querySelector<HTMLInputElement>('#sd-soon')?.value === '72');
    expect((await otherTab()('settings/get', {})).soonHours).toBe(72);
  });

  it('a different setting saved meanwhile in another tab is kept by this tab’s save', async () => {
    location.hash = '#settings';
    render(<Options />, document.getElementById('app')!);
    const urgent = await until(() => document.querySelector<HTMLInputElement>('#sd-urgent'));
    const base = await otherTab()('settings/get', {});
    await otherTab()('settings/update', { patch: { soonHours: 72 }, base });

    await type(urgent, '3');
    document.querySelector('form.settings')!.dispatchEvent(new Event('submit', { cancelable: true }));

    await until(() => document.querySelector('.settings .message')?.textContent === en('options.saved'));
    expect(await otherTab()('settings/get', {})).toMatchObject({ urgentHours: 3, soonHours: 72 });
    // The form now shows what is stored, so a later edit of that field starts from 72, not 12.
    expect(document.querySelector<HTMLInputElement>('#sd-soon')!.value).toBe('72');
    expect(document.querySelector('[data-store-error]')).toBeNull();
  });

  it('a stale template edit is refused visibly and the editor shows the other tab’s text', async () => {
    location.hash = '#templates';
    render(<Options />, document.getElementById('app')!);
    const id = 'builtin.out-of-stock';
    (await until(() => document.querySelector<HTMLButtonElement>(`[data-template-id="${id}"]`))).click();
    const box = await until(() =>
      document.querySelector<HTMLTextAreaElement>(`[data-template-editor="${id}"] [data-field="text"]`),
    );
    const base = (await otherTab()('templates/list', {})).find((t) => t.id === id)!;
    await otherTab()('templates/put', {
      template: { ...base, text: { ...base.text, en: 'From the other tab' } },
      base,
    });

    await type(box, 'Mine');
    document.querySelector<HTMLButtonElement>('[data-action="save-template"]')!.click();

    const notice = await until(() => document.querySelector('[data-store-error="conflict"]'));
    expect(notice.textContent).toBe(en('storage.conflict'));
    const stored = (await otherTab()('templates/list', {})).find((t) => t.id === id)!;
    expect(stored.text.en).toBe('From the other tab');
    await until(
      () =>
        document.querySelector<HTMLTextAreaElement>(`[data-template-editor="${id}"] [data-field="text"]`)
          ?.value === 'From the other tab',
    );
  });
});
