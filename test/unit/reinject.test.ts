import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectIntoOpenTabs } from '../../entrypoints/background/reinject';

// After an update Chrome drops run-time content script registrations, and open tabs keep the old scripts
// (or none): the worker registers the merchant's sites again, then puts every script into its open tabs.
describe('content scripts put into tabs open during an install or update', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  function stub(tabsByPattern: Record<string, { id: number; discarded?: boolean }[]>) {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Seller Desk',
      version: '1',
      content_scripts: [
        { matches: ['https://mms.pinduoduo.com/*'], js: ['content-scripts/orders.js'], all_frames: true },
        { matches: ['https://mms.pinduoduo.com/*'], js: ['content-scripts/reply.js'] },
      ],
    });
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser, {
      scripting: {
        executeScript,
        // What user-sites.ts registers for a merchant's own site.
        getRegisteredContentScripts: async () => [
          {
            id: 'user-sites-orders',
            matches: ['https://erp.myshop.example/*'],
            js: ['content-scripts/orders.js'],
            allFrames: true,
          },
          {
            id: 'user-sites-reply',
            matches: ['https://erp.myshop.example/*'],
            js: ['content-scripts/reply.js'],
          },
        ],
      },
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
      [q.url ?? []].flat().flatMap((p) => (tabsByPattern[p] ?? []) as never[]),
    );
    return executeScript;
  }

  it('the merchant’s own sites get their scripts too, each file once per tab', async () => {
    const executeScript = stub({
      'https://mms.pinduoduo.com/*': [{ id: 1 }],
      'https://erp.myshop.example/*': [{ id: 2 }, { id: 3, discarded: true }],
    });
    await injectIntoOpenTabs();
    const calls = executeScript.mock.calls.map((args: unknown[]) => args[0]);
    expect(calls).toEqual([
      { target: { tabId: 1, allFrames: true }, files: ['content-scripts/orders.js'] },
      { target: { tabId: 1, allFrames: false }, files: ['content-scripts/reply.js'] },
      { target: { tabId: 2, allFrames: true }, files: ['content-scripts/orders.js'] },
      { target: { tabId: 2, allFrames: false }, files: ['content-scripts/reply.js'] },
    ]);
  });

  it('a tab both a platform host and a merchant’s pattern match is not given the same script twice', async () => {
    const executeScript = stub({
      'https://mms.pinduoduo.com/*': [{ id: 7 }],
      'https://erp.myshop.example/*': [{ id: 7 }],
    });
    await injectIntoOpenTabs();
    expect(executeScript).toHaveBeenCalledTimes(2);
  });
});
