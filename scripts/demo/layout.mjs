// The shared page shell of the demo back-office: a side nav, a header bar and the page's own app.

export const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** JSON for an inline <script type="application/json">: `<` escaped so no text can close the tag. */
export const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const baseCss = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; color: #333; background: #f2f3f5; }
.topbar { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.topbar b { font-size: 16px; }
.shell { display: flex; min-height: calc(100vh - 48px); }
.nav { width: 168px; background: #fff; border-right: 1px solid #e5e6eb; padding: 12px 0; flex: none; }
.nav a { display: block; padding: 8px 20px; color: #4e5969; text-decoration: none; }
.nav a.on { color: var(--brand); background: #f2f3ff; font-weight: 600; }
.main { flex: 1; padding: 16px 20px; min-width: 0; }
.panel { background: #fff; border-radius: 6px; padding: 12px 16px; margin-bottom: 12px; }
.tabs { display: flex; gap: 4px; border-bottom: 1px solid #e5e6eb; margin-bottom: 12px; }
.tabs > * { padding: 8px 14px; cursor: pointer; border-bottom: 2px solid transparent; }
.tabs > .active { color: var(--brand); border-color: var(--brand); font-weight: 600; }
.pager { display: flex; gap: 6px; list-style: none; padding: 0; justify-content: flex-end; }
.pager li { border: 1px solid #d9d9d9; border-radius: 4px; padding: 2px 10px; cursor: pointer; background: #fff; }
.pager li.current { border-color: var(--brand); color: var(--brand); }
.muted { color: #86909c; }
button.link { border: 0; background: none; color: var(--brand); cursor: pointer; padding: 0 4px; font: inherit; }
/* A phone-sized window (400 px): the nav is a row above the page that scrolls sideways, and a list too wide
   for the window scrolls sideways inside its panel, as back-offices do, instead of squeezing its columns to a
   character each or pushing the page past the window's edge. */
@media (max-width: 640px) {
  .topbar { padding: 0 12px; }
  .shell { flex-direction: column; }
  .nav { width: auto; display: flex; overflow-x: auto; white-space: nowrap; padding: 0; border-right: 0; border-bottom: 1px solid #e5e6eb; }
  .nav a { padding: 8px 12px; }
  .main { padding: 8px; }
  .panel { padding: 8px; overflow-x: auto; }
  .panel table { min-width: 600px; }
}
`;

export function page({ title, brand, color, nav, active, css = '', body, data, script }) {
  const links = nav
    .map(
      ([href, label]) => `<a href="${href}" class="${href === active ? 'on' : ''}">${escapeHtml(label)}</a>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>:root{--brand:${color}}${baseCss}${css}</style></head>
<body><div class="topbar" style="background:${color}"><b>${escapeHtml(brand)}</b><span>${escapeHtml(title)}</span></div>
<div class="shell"><nav class="nav">${links}</nav><main class="main">${body}</main></div>
<script type="application/json" id="demo-data">${inlineJson(data ?? null)}</script>
<script>
const esc = ${escapeHtml.toString()};
const DATA = JSON.parse(document.getElementById('demo-data').textContent);
${script ?? ''}
</script></body></html>`;
}

/** Client-side list state shared by the order pages: page number and tab, re-rendered like an SPA. */
export const listStateScript = `
const state = { page: 0, tab: new URLSearchParams(location.search).get('tab') || 'all' };
function visible() {
  const list = DATA.pages[state.page] || [];
  return state.tab === 'pending' ? list.filter((o) => o.status === 'pending') : list;
}
function wire(render) {
  document.querySelectorAll('[data-tab]').forEach((el) => el.addEventListener('click', () => {
    state.tab = el.dataset.tab;
    history.pushState(null, '', '?tab=' + state.tab);
    render();
  }));
  document.querySelectorAll('[data-page]').forEach((el) => el.addEventListener('click', () => {
    state.page = el.dataset.page === 'next' ? Math.min(state.page + 1, DATA.pages.length - 1) : Number(el.dataset.page);
    render();
  }));
  render();
}
function markTabs() {
  document.querySelectorAll('[data-tab]').forEach((el) => el.classList.toggle('active', el.dataset.tab === state.tab));
  document.querySelectorAll('[data-page]').forEach((el) => el.classList.toggle('current', Number(el.dataset.page) === state.page));
}
`;
