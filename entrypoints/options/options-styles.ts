export const optionsCss = `
/* Text colours at WCAG AA contrast (4.5:1) on white and on the tinted tags: the shared orange is too light for text. */
html:root { --urgent: #b34700; }
body { background: #f6f7f9; }
.layout { display: grid; grid-template-columns: 220px 1fr; min-height: 100vh; }
.side { background: #fff; border-right: 1px solid var(--line); padding: 18px 12px; display: grid; align-content: start; gap: 4px; }
.side h1 { font-size: 16px; margin: 0 8px 12px; }
.side button { text-align: left; border: 0; border-radius: 6px; padding: 8px 10px; background: none; }
.side button.active { background: #e8f0fe; color: #1558b0; font-weight: 600; }
main { padding: 20px 28px 48px; max-width: 1040px; }
main > h2 { font-size: 18px; margin: 0 0 14px; }
.field { display: grid; gap: 4px; align-content: start; }
.field > span, legend { color: var(--muted); font-size: 13px; }
/* A legend's default 2 px padding would set its text off from the labels above and below it. */
legend { padding: 0; }
.field input, .field select, .field textarea, .quiet input { padding: 6px 8px; border: 1px solid #c4c7cc; border-radius: 6px; width: 100%; background: #fff; }
.field textarea { resize: vertical; line-height: 1.6; }
.field.check { display: flex; align-items: center; gap: 6px; } .field.check input { width: auto; }
.quiet { display: flex; align-items: center; gap: 6px; border: 0; padding: 0; margin: 0; } .quiet input { width: 80px; }
.actions, .row, .list-actions { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.message { color: var(--muted); } .error-text { color: var(--overdue); }
button.danger { color: var(--overdue); border-color: #f0b8b8; }
.tag { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #eef1f4; color: var(--muted); margin-left: 6px; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.tag.edited { background: #fff4d6; color: #8a5a00; }
.tag.estimate { background: #fdecea; color: var(--urgent); }
details.quote { margin-top: 2px; } details.quote blockquote { margin: 4px 0 2px 12px; padding-left: 8px; border-left: 3px solid #dde2e8; white-space: pre-wrap; }
.small { font-size: 12px; } .muted { color: var(--muted); }
.settings { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 14px 20px; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px; }
.settings .actions, .settings .compliance, .settings .features, .settings .kept { grid-column: 1 / -1; }
.features { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px 18px; } .features legend { margin-bottom: 4px; }
.features .check { display: flex; align-items: center; gap: 6px; flex: none; white-space: nowrap; }
.compliance { border: 0; padding: 0; margin: 0; display: grid; gap: 8px; } .compliance label { display: grid; gap: 2px; }
.compliance span { font-size: 12px; color: var(--muted); } .compliance textarea { width: 100%; padding: 6px 8px; border: 1px solid #c4c7cc; border-radius: 6px; font: inherit; }
/* The word lists grow with their words: a narrow window shows every word, not a half-cut third line. */
.compliance textarea { field-sizing: content; min-height: 3.2em; }
.platform-rules { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; margin-bottom: 14px; }
.platform-rules h3 { margin: 0 0 6px; font-size: 15px; }
.platform-rules ul, .hosts, .custom-sites, .group ul, .lint { list-style: none; margin: 0; padding: 0; }
.rule { border-top: 1px solid var(--line); padding: 10px 0; } .rule:first-child { border-top: 0; }
.rule.off .rule-text { color: var(--muted); }
.rule-summary { display: grid; grid-template-columns: auto 1fr auto; gap: 12px; align-items: start; }
.rule-actions { display: flex; gap: 6px; }
.rule-editor { align-items: end; display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 10px 14px; margin: 10px 0 0 30px; padding: 12px; background: #f8f9fa; border-radius: 8px; }
.rule-editor .actions { grid-column: 1 / -1; }
.confidence.faq, .confidence.code { color: var(--ok); } .confidence.weak, .confidence.unverified { color: var(--urgent); }
.templates { display: grid; grid-template-columns: 300px 1fr; gap: 16px; align-items: start; }
.template-list { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 10px; display: grid; gap: 8px; }
.template-list input[type=search] { padding: 6px 8px; border: 1px solid #c4c7cc; border-radius: 6px; }
.group h4 { margin: 6px 4px; font-size: 12px; color: var(--muted); font-weight: 600; }
.item { width: 100%; text-align: left; border: 0; background: none; display: grid; padding: 6px 8px; border-radius: 6px; }
.item.active { background: #e8f0fe; }
.template-editor { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px; display: grid; gap: 12px; }
/* Situation and platforms side by side, tops aligned; each platform's box sits on its name's line. */
.template-editor > .row { align-items: start; gap: 10px 24px; }
.field[data-template-platforms] { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.field[data-template-platforms] legend { margin-bottom: 6px; }
.field[data-template-platforms] label { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
.field[data-template-platforms] input { width: auto; margin: 0; }
.lang-tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--line); }
.lang-tabs button { border: 0; border-bottom: 2px solid transparent; border-radius: 0; background: none; padding: 6px 10px; }
.lang-tabs button.active { border-color: var(--accent); color: var(--accent); font-weight: 600; }
.lang-tabs .dot { display: inline-block; width: 6px; height: 6px; border-radius: 50%; background: var(--urgent); margin-left: 4px; vertical-align: middle; }
.placeholders { display: flex; flex-wrap: wrap; gap: 6px; }
.chip { font: 12px ui-monospace, monospace; padding: 2px 8px; border-radius: 12px; background: #f1f3f4; border-color: transparent; }
.lint li { color: var(--urgent); font-size: 13px; } .lint li::before { content: "⚠ "; }
.preview { background: #f8f9fa; border-radius: 8px; padding: 8px 12px; } .preview p { margin: 4px 0 0; white-space: pre-wrap; }
.sites h3 { font-size: 14px; margin: 16px 0 8px; }
.hosts li, .custom-sites li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin-bottom: 6px; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
.features { display: flex; gap: 10px; flex-wrap: wrap; font-size: 13px; flex: 1; }
.add-site { display: grid; grid-template-columns: 2fr 1fr auto; gap: 10px; align-items: end; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px; }
.add-site .message { grid-column: 1 / -1; }
.backup { display: grid; gap: 14px; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px; }
/* The grid's gap spaces the parts; paragraph margins would add empty bands above and below. */
.backup > p { margin: 0; }
/* The browser's file input speaks the browser's language: it stays for the keyboard and screen readers, unseen, and
   its label is the button (drawn like our buttons, with the input's focus ring). */
.visually-hidden, .field .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.file-pick { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.file-button { cursor: pointer; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 4px 10px; }
.file-pick input:focus-visible + .file-button { outline: 2px solid var(--accent); outline-offset: 1px; }
.import-preview { background: #f8f9fa; border-radius: 8px; padding: 12px; }
.error { color: var(--overdue); padding: 16px; }
.confirm { background: #fff8e1; border: 1px solid #f3c766; border-radius: 8px; padding: 8px 10px; } .confirm p { margin: 0 0 6px; }
@media (max-width: 760px) {
  /* Narrow windows: the sections wrap onto a second line rather than scroll out of sight. */
  .layout { grid-template-columns: 1fr; align-content: start; } .side { display: flex; flex-wrap: wrap; border-right: 0; border-bottom: 1px solid var(--line); }
  .side button { flex: none; }
  .side h1 { display: none; } main { padding: 14px; } .templates, .add-site { grid-template-columns: 1fr; }
}
`;
