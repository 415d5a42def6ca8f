import { OWN_UI_ATTR } from '@/lib/orders/own-ui';

/**
 * Row badges are single light-DOM elements drawn by one page-wide stylesheet: their words live in
 * attributes and are painted by `::before`. Measured on 2,000 rows, a shadow root per badge added
 * ~15 MB to the page and this ~1.5 MB; the page's own text (what it reads, copies, searches) stays untouched,
 * and no markup is ever parsed. Selectors are specific and `!important` so the page's styles do not reach in.
 *
 * A badge never makes its line taller: its negative vertical margins keep its box (about 21 px) inside any
 * line it sits on. It never wraps or shrinks (nowrap, no flex shrinking), and keeps a gap to the page's next
 * text. Where the number's line has no room, the badge is on a line of its own (`sd-line`, 24 px), whose
 * width never counts in its container's (`contain: inline-size`): no column or card gets wider because of it. A badge that grew its row by 3 px moved every row below it: on a 2,000-row list, a
 * 30–100 ms frame of layout and repaint after the badges went on. Where that line is too narrow for the whole
 * badge, it is folded (short, or its dot) rather than clipped, and opens a menu with the rest.
 *
 * Every page load carries this text, so it is written tight (no spaces the CSS parser does not need, no comment
 * inside the string). A shipped order's courier-pickup mark (`::after`) is quieter than the countdown and
 * coloured by its own level. With no room in a table that keeps its rows at one height, the badge is its
 * coloured dot (`data-compact`); on a line too narrow for its words, its short form (`data-short`: the
 * countdown alone); either way the rest is in its tooltip and menu.
 */
const b = `sd-badge[${OWN_UI_ATTR}]`;
const a = `sd-act[${OWN_UI_ATTR}]`;
const font = `system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif!important`;
/** The radial gradient that paints a badge's coloured dot. */
const dot = (at: string, r: number) =>
  `background-image:radial-gradient(circle at ${at} 50%,currentColor ${r}px,transparent ${r + 0.6}px)!important`;
const level = (name: string, bg: string, fg: string, more = '') =>
  `sd-badge[data-level="${name}"]{background-color:${bg}!important;color:${fg}!important${more}}`;

export const riskBadgeCss = `
${b},${a}{all:initial!important;display:inline-flex!important;align-items:center!important;vertical-align:middle!important;box-sizing:border-box!important;margin:-5px 6px -5px 4px!important;white-space:nowrap!important;flex:none!important;max-width:none!important;font:600 12px/1.4 ${font};border-radius:10px!important;border:1px solid transparent!important;cursor:help!important}
${b}{padding:1px 7px 1px 17px!important;${dot('9px', 3)}}
${b}::before{content:attr(data-face)!important}
${b}:focus-visible,${a}:focus-visible{outline:2px solid #1a73e8!important;outline-offset:1px!important}
${level('overdue', '#c62828', '#fff')}
${level('urgent', '#ef6c00', '#fff')}
${level('soon', '#fff4d6', '#8a5a00', ';border-color:#f3c766!important')}
${level('ok', '#e7f5ea', '#1e6b34', ';border-color:#a9dbb5!important')}
${level('done', '#f1f3f4', '#5f6368', ';font-weight:500!important')}
${level('unknown', '#fff', '#5f6368', ';border:1px dashed #9aa0a6!important;font-weight:500!important')}
${b}[data-pickup]::after{content:attr(data-pickup)!important;margin-left:6px!important;padding-left:6px!important;border-left:1px solid currentColor!important;font-weight:400!important;font-size:11px!important}
sd-badge[data-pickup-level="overdue"]::after{color:#c62828!important;font-weight:600!important}
sd-badge[data-pickup-level="urgent"]::after{color:#b45300!important}
sd-badge[data-pickup-level="soon"]::after{color:#8a5a00!important}
${a}{margin-left:0!important;padding:0 6px!important;border-color:#c4c7cc!important;background:#fff!important;color:#1a73e8!important;font-weight:500!important;cursor:pointer!important}
${a}::before{content:attr(data-text)!important}
${a}:hover{background:#eef3fd!important}
sd-line[${OWN_UI_ATTR}]{all:initial!important;display:block!important;box-sizing:border-box!important;height:24px!important;line-height:24px!important;white-space:nowrap!important;overflow:hidden!important;contain:inline-size!important;text-align:start!important;padding:0!important;margin:0!important}
sd-line[${OWN_UI_ATTR}]>${b}{margin-left:0!important}
${b}[data-compact]{padding:0!important;width:18px!important;height:18px!important;margin:-4px 2px -4px 4px!important;${dot('50%', 4)}}
${b}[data-compact]::before,${b}[data-compact]::after,${b}[data-short]::after{content:none!important}
${a}[data-compact]{display:none!important}
${b}[data-short]{padding:1px 5px 1px 13px!important;font-size:11px!important;letter-spacing:-0.1px!important;${dot('7px', 2.5)};cursor:pointer!important}
${b}[data-short]::before{content:attr(data-short-face)!important}
${b}[data-compact]{cursor:pointer!important}
`;
