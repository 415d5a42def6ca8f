export const popupCss = `
body { width: 380px; }
main { padding: 12px 14px; display: grid; gap: 12px; }
header { display: flex; justify-content: space-between; align-items: center; }
.counts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; }
.count { border: 1px solid var(--line); border-radius: 8px; padding: 6px 4px; text-align: center; display: grid; }
.count strong { font-size: 22px; line-height: 1.2; }
.count span { font-size: 12px; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.count.overdue strong { color: var(--overdue); } .count.urgent strong { color: var(--urgent); }
.count.soon strong { color: var(--soon); } .count.ok strong { color: var(--ok); }
ul { list-style: none; margin: 0; padding: 0; }
.top { display: grid; gap: 4px; }
.item a { display: grid; grid-template-columns: auto 1fr auto; gap: 8px; align-items: center;
  padding: 5px 8px; border-radius: 6px; background: #f8f9fa; font-size: 13px; color: inherit; text-decoration: none; }
.item a:hover { background: #eef3fd; }
.pill { font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 8px; color: #fff; white-space: nowrap; }
.overdue .pill { background: var(--overdue); } .urgent .pill { background: var(--urgent); }
.soon .pill { background: #f3c766; color: #5a3b00; } .ok .pill { background: #a9dbb5; color: #173f22; }
.id { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-variant-numeric: tabular-nums; }
.platform { color: var(--muted); }
.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
.last-read { font-size: 12px; color: var(--muted); }
.last-read .stale { color: var(--urgent); }
.empty { margin: 0; padding: 12px; background: #f8f9fa; border-radius: 8px; }
footer { font-size: 12px; }
.error { color: var(--overdue); padding: 12px; }
`;
