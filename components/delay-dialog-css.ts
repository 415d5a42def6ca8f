export const delayDialogCss = `
:host { all: initial; }
* { box-sizing: border-box; font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #202124; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: grid; place-items: center; z-index: 2147483646; }
.dialog { width: min(640px, 94vw); max-height: 90vh; overflow: auto; background: #fff; border-radius: 10px; padding: 14px 18px; box-shadow: 0 8px 32px rgba(0,0,0,.25); display: grid; gap: 10px; }
header { display: flex; justify-content: space-between; align-items: center; }
h3 { margin: 0; font-size: 16px; font-weight: 700; } h4 { margin: 0 0 4px; font-weight: 600; display: flex; gap: 8px; align-items: center; }
.sub, .hint { margin: 0; color: #5f6368; } .hint { background: #fff8e1; padding: 6px 10px; border-radius: 6px; color: #6b4e00; }
.nowrap { white-space: nowrap; }
.close { border: 0; background: none; font-size: 20px; cursor: pointer; color: #5f6368; }
.form { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr)); gap: 8px 12px; }
.form label { display: grid; gap: 2px; align-content: start; min-width: 0; } .form span, legend { color: #5f6368; font-size: 12px; }
/* The label sits above its field and "What you do" has a row of its own: its long choices are never cut. */
.form .wide { grid-column: 1 / -1; }
select, input[type=text] { width: 100%; min-width: 0; max-width: 100%; padding: 5px 6px; border: 1px solid #c4c7cc; border-radius: 6px; background: #fff; }
input[aria-invalid=true] { border-color: #c5221f; }
small.format { color: #5f6368; }
small button { font-size: 11px; padding: 0 6px; margin-top: 2px; }
h4 select { width: auto; flex: 0 1 auto; }
fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; grid-column: 1 / -1; }
.check { display: flex !important; align-items: center; gap: 4px; }
.existing { margin: 0; padding: 6px 10px; list-style: none; background: #f8f9fa; border-radius: 6px; display: grid; gap: 4px; }
.decide { margin-left: 8px; display: inline-flex; gap: 6px; }
.output { display: grid; gap: 10px; }
.output section { border-top: 1px solid #eceff1; padding-top: 8px; }
.notice-text { margin: 0 0 6px; white-space: pre-wrap; background: #f8f9fa; padding: 8px 10px; border-radius: 6px; }
.fields { margin: 0; display: grid; gap: 4px; } .fields div { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 8px; }
.fields dd span { overflow-wrap: anywhere; }
/* A phone-width window: the dialog takes the width, the report fields stack, the choices' text fits its select. */
@media (max-width: 480px) {
  .fields div { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .dialog { width: calc(100vw - 12px); padding: 10px 12px; }
  select { font-size: 12px; padding: 5px 4px; }
}
.fields dt { color: #5f6368; } .fields dd { margin: 0; }
.steps { margin: 0; padding-left: 20px; }
button { cursor: pointer; border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 2px 10px; }
button.copy { font-size: 12px; padding: 0 8px; color: #1a73e8; }
button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; padding: 5px 14px; }
footer { display: flex; justify-content: flex-end; align-items: center; gap: 12px; border-top: 1px solid #eceff1; padding-top: 10px; }
.message { color: #5f6368; flex: 1; }
small { color: #6b4e00; font-size: 11px; }
.hint p { margin: 0; } .choices { display: flex; gap: 8px; margin-top: 6px !important; }
input[type=number] { width: 100%; padding: 5px 6px; border: 1px solid #c4c7cc; border-radius: 6px; }
blockquote { margin: 4px 0 0; padding: 4px 10px; border-left: 3px solid #c4c7cc; color: #5f6368; white-space: pre-wrap; }
`;
