// Pinduoduo merchant chat (商家客服): a buyer urging shipment, the order card, and a reply box that behaves
// like a React-controlled input (the app sends its own state, updated only from input events).
import { MINUTE, chinaTime, chinaYymmdd, digits } from '../china-time.mjs';
import { escapeHtml, page } from '../layout.mjs';
import { demoOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const css = `
.chat { display: grid; grid-template-columns: 200px 1fr 260px; gap: 12px; height: calc(100vh - 90px); }
.convs, .history-wrap, .card { background: #fff; border-radius: 6px; padding: 10px; overflow: auto; }
.conv { padding: 8px; border-radius: 4px; } .conv.on { background: #fff1f0; }
.history-wrap { display: flex; flex-direction: column; }
#history { flex: 1; overflow: auto; }
.msg { max-width: 70%; margin: 6px 0; padding: 6px 10px; border-radius: 8px; background: #f2f3f5; }
.msg.me { margin-left: auto; background: #e6f4ff; }
.message-time { margin: 0 0 2px; font-size: 11px; color: #86909c; }
.composer { border-top: 1px solid #eee; padding-top: 8px; display: grid; gap: 6px; }
#replyTextarea, .editor { width: 100%; min-height: 70px; border: 1px solid #d9d9d9; border-radius: 4px; padding: 6px; font: inherit; }
.row { display: flex; justify-content: space-between; align-items: center; }
#demo-app-state { font-size: 12px; color: #86909c; white-space: pre-wrap; }
.card p { margin: 4px 0; }
`;

/** PDD prints a message's time as `2026年09月08日 17:30:17` (China time). */
const pddMessageTime = (ms) => {
  const [date, time] = chinaTime(ms).split(' ');
  const [y, m, d] = date.split('-');
  return `${y}年${m}月${d}日 ${time}`;
};

/** A buyer message as PDD shows it: its time above the text. */
const buyerMessage = (ms, text) =>
  `<div class="msg"><p class="message-time">${pddMessageTime(ms)}</p><div class="msg-content-box">${escapeHtml(text)}</div></div>`;

export function chatPage(now, params) {
  // Due in 4 hours: on PDD a whole hour always lies between now and its deadline, so {promiseTime} fills
  // (an order due within the hour has no whole hour left to promise: the reply asks the merchant instead).
  const o = demoOrders(now, 48, { hostile: params?.has('hostile') })[0][3];
  const id = `${chinaYymmdd(o.orderTime)}-${digits(o.n + 100, 15)}`;
  const editor = params?.get('editor') === 'contenteditable' ? 'contenteditable' : 'textarea';
  const late = params?.get('late') === '1';
  const body = `<div class="chat">
<div class="convs"><div class="conv on">${escapeHtml(o.buyer)}<br><span class="muted">怎么还不发货？</span></div><div class="conv">m***a<br><span class="muted">好的谢谢</span></div></div>
<div class="history-wrap"><div id="history">
${buyerMessage(now - 3 * MINUTE, '在吗？')}${buyerMessage(now - 90_000, `怎么还不发货？订单号 ${id}`)}</div>
<div class="composer" id="composer"></div></div>
<aside class="card"><h3>当前订单</h3><p>订单编号：${escapeHtml(id)}</p><p>订单成交时间：${chinaTime(o.orderTime)}</p>
<p>承诺发货时间：${chinaTime(o.deadline)}</p><p>订单状态：待发货</p><p>${escapeHtml(o.goods)} ×${o.qty}</p></aside></div>`;
  const script = `
let state = '';
const kind = ${JSON.stringify(editor)};
function mount() {
  const composer = document.getElementById('composer');
  const box = kind === 'textarea' ? document.createElement('textarea') : document.createElement('div');
  if (kind === 'textarea') { box.id = 'replyTextarea'; box.placeholder = '请输入回复，按回车发送'; }
  else { box.className = 'editor'; box.setAttribute('contenteditable', 'true'); }
  box.addEventListener('input', () => { state = kind === 'textarea' ? box.value : box.textContent; show(); });
  const row = document.createElement('div'); row.className = 'row';
  const debug = document.createElement('div'); debug.id = 'demo-app-state';
  const send = document.createElement('button'); send.textContent = '发送';
  send.addEventListener('click', () => {
    if (!state) return;
    const msg = document.createElement('div'); msg.className = 'msg me'; msg.textContent = state;
    document.getElementById('history').append(msg);
    state = ''; if (kind === 'textarea') box.value = ''; else box.textContent = ''; show();
  });
  row.append(debug, send); composer.append(box, row); show();
  function show() { debug.textContent = 'app state: ' + state; }
}
${late ? 'setTimeout(mount, 1500);' : 'mount();'}`;
  return page({
    title: '商家客服',
    brand: '拼多多 · 商家客服',
    color: '#e02e24',
    nav: demoNav,
    active: '/pdd/chat',
    css,
    body,
    script,
  });
}
