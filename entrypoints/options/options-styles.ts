export const optionsCss = `
main { max-width: 980px; margin: 0 auto; padding: 20px 24px 40px; display: grid; gap: 24px; }
header h1 { font-size: 20px; }
section { border: 1px solid var(--line); border-radius: 10px; padding: 16px; }
.settings { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px 20px; }
.field { display: grid; gap: 4px; }
.field span { color: var(--muted); font-size: 13px; }
.field input, .field select { padding: 6px 8px; border: 1px solid #c4c7cc; border-radius: 6px; width: 100%; }
.actions { display: flex; align-items: center; gap: 12px; grid-column: 1 / -1; }
.message { color: var(--muted); }
.rules { width: 100%; border-collapse: collapse; font-size: 13px; }
.rules th { text-align: left; color: var(--muted); font-weight: 500; border-bottom: 1px solid var(--line); padding: 6px 8px; }
.rules td { border-bottom: 1px solid var(--line); padding: 8px; vertical-align: top; }
.rules tr.off td { color: var(--muted); }
.rules code { font-size: 12px; color: var(--muted); }
.confidence { font-size: 12px; }
.confidence.faq { color: var(--ok); } .confidence.code { color: var(--ok); }
.confidence.weak, .confidence.unverified { color: var(--urgent); }
.error { color: var(--overdue); padding: 16px; }
@media (max-width: 640px) { main { padding: 12px; } .rules th:nth-child(4), .rules td:nth-child(4) { display: none; } }
`;
