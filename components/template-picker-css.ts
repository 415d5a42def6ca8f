export const templatePickerCss = `
:host { all: initial; position: relative; display: inline-block; z-index: 2147483000; margin: 4px 0; }
* { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.bar { display: inline-flex; align-items: center; gap: 6px; }
button { cursor: pointer; }
.toggle { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 2px 10px; color: #1a73e8; font-weight: 600; }
.timer { font-variant-numeric: tabular-nums; color: #5f6368; padding: 1px 6px; border-radius: 8px; background: #f1f3f4; }
.timer.late { color: #fff; background: #c62828; font-weight: 600; }
.panel { position: absolute; bottom: calc(100% + 6px); left: 0; width: 380px; max-height: 360px; overflow: auto;
  background: #fff; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px; color: #202124; }
.panel.below { bottom: auto; top: calc(100% + 6px); }
.langs { display: flex; align-items: center; gap: 4px; margin-bottom: 6px; color: #5f6368; font-size: 12px; }
.langs span { flex: 1; }
.lang { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 0 6px; font-size: 12px; }
.lang.on { background: #1a73e8; border-color: #1a73e8; color: #fff; }
input { width: 100%; padding: 5px 8px; border: 1px solid #c4c7cc; border-radius: 6px; margin-bottom: 6px; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
li.group { font-size: 12px; color: #5f6368; font-weight: 600; padding: 4px 2px 0; }
li button { width: 100%; text-align: left; border: 1px solid transparent; background: #f8f9fa; border-radius: 6px; padding: 6px 8px; }
li button.active, li button:focus-visible { border-color: #1a73e8; outline: none; background: #eef3fd; }
.title { font-weight: 600; display: block; }
.preview { color: #5f6368; display: block; white-space: pre-wrap; }
.missing { color: #b06000; font-size: 12px; }
.undo { border: 0; background: none; color: #1a73e8; text-decoration: underline; }
.undo-ask { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; max-width: 420px; color: #b06000; }
.undo-ask button { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 1px 8px; }
.fill, .warn { display: grid; gap: 8px; }
.fill label { display: grid; gap: 2px; } .fill span { color: #5f6368; font-size: 12px; }
.hint { margin: 0; color: #5f6368; }
.row { display: flex; gap: 8px; }
.row button { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 3px 10px; }
.row button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.row button:disabled { opacity: .5; cursor: not-allowed; }
.warn p { margin: 0; font-weight: 600; color: #b06000; } .warn .source { color: #5f6368; font-size: 12px; } .warn ul { padding-left: 16px; list-style: disc; display: block; }
`;
