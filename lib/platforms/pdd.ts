import type { PlatformAdapter } from './adapter';

export const pdd: PlatformAdapter = {
  platform: 'pdd',
  blocks: [
    // beast-core table with one <tbody> per order; header line `订单编号：…` read by label.
    { selector: 'table[class*="TB_tableWrapper"] > tbody', since: '2023 beast-core' },
  ],
  fields: {},
  // 商家客服 chat-merchant (Vue 2).
  chat: {
    box: [{ selector: 'textarea#replyTextarea', since: 'chat-merchant (Vue 2)' }],
    send: [{ selector: 'div.send-btn', since: 'chat-merchant (Vue 2)' }],
    message: [{ selector: 'ul.msg-list > li.onemsg .msg-content-box', since: 'chat-merchant (Vue 2)' }],
    time: [{ selector: 'ul.msg-list > li.onemsg p.message-time', since: 'chat-merchant (Vue 2)' }],
  },
};
