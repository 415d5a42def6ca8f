/** The templates button's bar (drawn on every page load): button, waiting time. */
export const replyButtonCss = `
:host { all: initial; position: relative; display: inline-block; z-index: 2147483000; margin: 4px 0; }
* { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.bar { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; }
/* In a narrow chat column the button's word and the waiting time stay whole (模板, not 模 / 板); the time wraps below. */
.toggle, .timer { white-space: nowrap; flex: none; }
button { cursor: pointer; }
.toggle { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 2px 10px; color: #1558b0; font-weight: 600; }
.toggle:focus-visible, .lang:focus-visible, .undo:focus-visible, input:focus-visible { outline: 2px solid #1558b0; outline-offset: 1px; }
.timer { font-variant-numeric: tabular-nums; color: #4d5156; padding: 1px 6px; border-radius: 8px; background: #f1f3f4; }
.timer.late { color: #fff; background: #c62828; font-weight: 600; }
`;

/** The picker's own styles, added to the same shadow root when its code is loaded: panel, list, undo, forms. */
export const templatePickerCss = `
/* In the top layer (popover) or fixed to the window: placed in window coordinates by the picker. */
.panel { position: fixed; inset: auto; margin: 0; height: auto; left: 8px; bottom: 8px; width: 380px; max-height: 360px; overflow: auto;
  z-index: 2147483000; background: #fff; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  padding: 8px; color: #202124; overflow-wrap: anywhere; }
.langs { display: flex; align-items: center; gap: 4px; margin-bottom: 6px; color: #4d5156; font-size: 12px; }
.langs span { flex: 1; }
.lang { border: 1px solid #c4c7cc; background: #fff; color: #202124; border-radius: 6px; padding: 0 6px; font-size: 12px; }
.lang.on { background: #1558b0; border-color: #1558b0; color: #fff; }
input { width: 100%; padding: 5px 8px; border: 1px solid #c4c7cc; border-radius: 6px; margin-bottom: 6px; }
[role="listbox"], [role="listbox"] > [role="group"] { display: grid; gap: 4px; }
[role="listbox"] { gap: 6px; }
.group { font-size: 12px; color: #4d5156; font-weight: 600; padding: 4px 2px 0; }
.option { cursor: pointer; border: 1px solid transparent; background: #f8f9fa; border-radius: 6px; padding: 6px 8px; color: #202124; }
.option.active { border-color: #1558b0; background: #eef3fd; }
.title { font-weight: 600; display: block; }
.written { display: inline-block; font-size: 11px; color: #4d5156; border: 1px solid #c4c7cc; border-radius: 4px; padding: 0 4px; margin: 1px 0 2px; }
.preview { color: #4d5156; display: block; white-space: pre-wrap; }
/* Dark enough on the option's grey and on the active blue (WCAG AA 4.5:1). */
.missing { color: #8a4600; font-size: 12px; }
.undo { border: 0; background: none; color: #1558b0; text-decoration: underline; }
.undo-ask { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; max-width: 420px; color: #8a4600; }
.undo-ask button { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 1px 8px; }
.fill, .warn { display: grid; gap: 8px; }
.fill label { display: grid; gap: 2px; } .fill span { color: #5f6368; font-size: 12px; }
.hint { margin: 0; color: #4d5156; }
.row { display: flex; gap: 8px; }
.row button { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 3px 10px; }
.row button.primary { background: #1558b0; border-color: #1558b0; color: #fff; }
.row button:disabled { opacity: .5; cursor: not-allowed; }
.warn p { margin: 0; font-weight: 600; color: #8a4600; } .warn .source { color: #4d5156; font-size: 12px; } .warn ul { padding-left: 16px; list-style: disc; display: block; margin: 0; }
`;
