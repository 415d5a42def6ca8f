import { describe, expect, it } from 'vitest';
import { contentScriptHosts, demoHosts, platformOfHost } from '../../lib/platforms/hosts';
import { pageExamples } from '../../lib/platforms/page-examples';
import { detectors, detectPage } from '../../lib/platforms/pages';

const examplesOf = (d: (typeof detectors)[number]) => pageExamples[`${d.platform} ${d.kind}`] ?? [];

describe('page detection', () => {
  for (const [i, d] of detectors.entries()) {
    it(`${d.platform} ${d.kind} matches its own examples and no other detector does`, () => {
      expect(examplesOf(d).length).toBeGreaterThan(0);
      for (const url of examplesOf(d)) {
        expect(detectPage(url)).toEqual({ platform: d.platform, kind: d.kind });
        const others = detectors.filter((o, j) => j !== i && o.test(new URL(url)));
        expect(others).toEqual([]);
      }
    });
  }

  it('every example lives on a host the extension asks for', () => {
    const hosts = new Set(contentScriptHosts.map((p) => new URL(p.replace('/*', '/')).host));
    for (const d of detectors)
      for (const url of examplesOf(d)) expect(hosts.has(new URL(url).host)).toBe(true);
  });

  it('ignores look-alike and unrelated addresses', () => {
    expect(detectPage('https://shop.jd.com.evil.example/jdm/trade/orders/order-list')).toBeNull();
    expect(detectPage('http://mms.pinduoduo.com/orders/list')).toBeNull();
    expect(detectPage('https://www.jd.com/')).toBeNull();
    expect(detectPage('not a url')).toBeNull();
    expect(detectPage('http://127.0.0.1:4173/jd/orders')).toBeNull();
  });

  it('demo builds read loopback pages by their first path segment', () => {
    expect(detectPage('http://127.0.0.1:4173/jd/orders', { demo: true })).toEqual({
      platform: 'jd',
      kind: 'orders',
    });
    expect(detectPage('http://localhost:9999/pdd/chat', { demo: true })).toEqual({
      platform: 'pdd',
      kind: 'chat',
    });
    expect(detectPage('http://localhost/shop/list', { demo: true })).toEqual({
      platform: 'generic',
      kind: 'orders',
    });
    expect(detectPage('https://example.com/jd/orders', { demo: true })).toBeNull();
  });

  it('production hosts are https seller hosts only; loopback is for demo builds', () => {
    for (const p of contentScriptHosts)
      expect(p).toMatch(/^https:\/\/[a-z.]+\.(jd|pinduoduo|taobao|jinritemai)\.com\/\*$/);
    expect(demoHosts).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
  });
});

describe('seller hosts', () => {
  it('any page of a seller host belongs to its platform; other hosts to none', () => {
    expect(platformOfHost('https://shop.jd.com/jdm/trade/new-order-page')).toBe('jd');
    expect(platformOfHost('https://mms.pinduoduo.com/orders/v2/list')).toBe('pdd');
    expect(platformOfHost('https://qn.taobao.com/home.htm/whatever')).toBe('taobao');
    expect(platformOfHost('https://fxg.jinritemai.com/ffa/morder/new')).toBe('douyin');
    expect(platformOfHost('https://www.taobao.com/')).toBeNull();
    expect(platformOfHost('http://shop.jd.com/')).toBeNull();
    expect(platformOfHost('garbage')).toBeNull();
  });
});
