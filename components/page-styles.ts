/** Base look shared by the popup and the options page (extension pages, not the merchant's). */
export const pageCss = `
:root { color-scheme: light; --fg: #202124; --muted: #5f6368; --line: #e3e5e8; --accent: #1a73e8;
  --overdue: #c62828; --urgent: #ef6c00; --soon: #b07800; --ok: #1e6b34; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", sans-serif; }
h1 { font-size: 16px; margin: 0; }
h2 { font-size: 15px; margin: 0 0 8px; }
button, input, select { font: inherit; }
button { cursor: pointer; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 4px 10px; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.muted { color: var(--muted); }
`;
