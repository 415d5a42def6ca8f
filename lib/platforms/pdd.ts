import type { PlatformAdapter } from './adapter';

export const pdd: PlatformAdapter = {
  platform: 'pdd',
  blocks: [
    // 2025 beast-core (PLATFORMS.md evidence): one tbody per order, named by its data-testid (classes carry the
    // library's version, `_5-161-0`).
    { selector: 'tbody[data-testid="beast-core-table-middle-tbody"]', since: '2025 beast-core data-testid' },
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
