import { page } from '../layout.mjs';
import { demoNav } from './nav.mjs';

export function indexPage() {
  const links = demoNav
    .map(([href, label]) => `<li><a href="${href}">${label}</a> <code>${href}</code></li>`)
    .join('');
  return page({
    title: 'Seller Desk demo back-office',
    brand: 'Seller Desk demo',
    color: '#1a73e8',
    nav: demoNav,
    active: '/',
    body: `<div class="panel"><p>Bundled back-office pages built from the platforms' public facts. Order times are generated relative to now, in China time (UTC+8).</p><ul>${links}</ul></div>`,
  });
}
