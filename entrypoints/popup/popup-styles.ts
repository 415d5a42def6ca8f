export const popupCss = `
/* The countdowns are small text: the shared orange (#ef6c00, 2.9:1) darkened to WCAG AA contrast on the rows' grey. */
html:root { --urgent: #b34700; }
body { width: 380px; }
main { padding: 12px 14px; display: grid; gap: 12px; }
header { display: flex; justify-content: space-between; align-items: center; }
.counts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; }
.count { border: 1px solid var(--line); border-radius: 8px; padding: 6px 4px; text-align: center; display: grid; }
.count strong { font-size: 22px; line-height: 1.2; }
.count span { font-size: 12px; line-height: 1.25; color: var(--muted); }
.count.overdue strong { color: var(--overdue); } .count.urgent strong { color: var(--urgent); }
.count.soon strong { color: var(--soon); } .count.ok strong { color: var(--ok); }
ul { list-style: none; margin: 0; padding: 0; }
.top { display: grid; gap: 4px; }
.item a { display: grid; grid-template-columns: auto 1fr; gap: 8px; border-left: 4px solid var(--line); align-items: center;
  padding: 5px 8px; border-radius: 6px; background: #f8f9fa; font-size: 13px; color: inherit; text-decoration: none; }
.item a:hover { background: #eef3fd; }
.overdue a { border-left-color: var(--overdue); } .urgent a { border-left-color: var(--urgent); }
.soon a { border-left-color: #f3c766; } .ok a { border-left-color: #a9dbb5; }
.overdue .when { color: var(--overdue); font-weight: 600; } .urgent .when { color: var(--urgent); font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.id { display: grid; min-width: 0; line-height: 1.3; }
/* The whole order number on one line when it can be (the number column is sized first, "time left" takes the rest and
   wraps between its words, e.g. Spanish "1h 10min de retraso"); only a number wider than the popup breaks, never cut. */
.number { overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
.platform { color: var(--muted); font-size: 11px; }
.when { justify-self: end; text-align: right; font-variant-numeric: tabular-nums; }
.week { display: grid; gap: 4px; font-size: 13px; } .week h2 { font-size: 14px; margin: 4px 0 0; }
.week ul { display: grid; gap: 2px; } .week .warn { color: var(--overdue); } .week .muted { color: var(--muted); }
.score { margin: 0; font-size: 12px; color: var(--muted); } .score.warn { color: var(--overdue); }
.last-read { font-size: 12px; color: var(--muted); }
.last-read .stale { color: var(--urgent); }
.empty { margin: 0; padding: 12px; background: #f8f9fa; border-radius: 8px; }
footer { font-size: 12px; }
.error { color: var(--overdue); padding: 12px; }
`;
