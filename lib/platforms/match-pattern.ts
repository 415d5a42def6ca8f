/** Match patterns as browsers read them: `https://*.example.com/orders/*`, `*://erp.example.com/*`. */
const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

export function isValidPattern(pattern: string): boolean {
  return PATTERN.test(pattern);
}

const wildcard = (s: string) =>
  new RegExp(
    `^${s
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

export function matchesPattern(pattern: string, href: string): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const [, scheme = '', host = '', path = '/'] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(protocol) : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  return wildcard(path).test(url.pathname + url.search);
}
