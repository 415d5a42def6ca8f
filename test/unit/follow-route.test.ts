import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteConfig } from '../../lib/store/schema';

let answer: (site: SiteConfig | null) => void = () => undefined;
vi.mock('@/components/client', () => ({
  request: vi.fn(() => new Promise<SiteConfig | null>((resolve) => (answer = resolve))),
}));
const { followRoute, startOnUserSite } = await import('../../components/follow-route');

/** A content-script context whose route changes the test fires by hand. */
function fakeContext() {
  const listeners: (() => void)[] = [];
  const ctx = {
    addEventListener: (_target: unknown, type: string, listener: () => void) => {
      if (type === 'wxt:locationchange') listeners.push(listener);
    },
  } as unknown as ContentScriptContext;
  return { ctx, changeRoute: () => listeners.forEach((l) => l()) };
}

const site: SiteConfig = {
  id: 's1',
  pattern: 'https://erp.example.com/orders/*',
  platform: 'generic',
  features: { countdowns: true, replies: true, delayReports: true, notifications: true },
};

describe('the content scripts’ route lifecycle', () => {
  beforeEach(() => history.replaceState(null, '', '/'));

  it('starts for the page, and on a route change stops the old run before starting the new one', () => {
    const { ctx, changeRoute } = fakeContext();
    const log: string[] = [];
    followRoute(ctx, () => {
      const path = location.pathname;
      log.push(`start ${path}`);
      return () => log.push(`stop ${path}`);
    });
    history.pushState(null, '', '/next');
    changeRoute();
    expect(log).toEqual(['start /', 'stop /', 'start /next']);
  });

  it('a merchant-added site: the answer starts the feature; a route left before the answer starts nothing', async () => {
    const started: string[] = [];
    const stop = startOnUserSite((s) => {
      started.push(s.id);
      return undefined;
    });
    stop();
    answer(site);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([]);

    startOnUserSite((s) => {
      started.push(s.id);
      return undefined;
    });
    answer(site);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['s1']);
  });
});
