import type { PlatformAdapter } from './adapter';

export const douyin: PlatformAdapter = {
  platform: 'douyin',
  blocks: [
    {
      selector: 'tbody.auxo-table-tbody > tr.auxo-table-row-level-0',
      since: '2024 auxo table',
      groupFollowingRows: true,
    },
    // 2023–2025 (PLATFORMS.md evidence): rows keyed by data-row-key; an order's header row, then one child row
    // per SKU (key contains `child`), then maybe a remark row repeating the order's key (kept with the order).
    {
      selector: 'tr.auxo-table-row[data-row-key]:not([data-row-key*="child"])',
      since: '2023 auxo data-row-key',
      groupFollowingRows: true,
    },
    // 2021 div cards (`订单号：…`, `下单时间：2021/09/01 12:00:00`): generic reader.
  ],
  fields: {},
  // 飞鸽 seller workspace (im.jinritemai.com/pc_seller_v2/…): `data-qa-id`s, not hashed classes.
  chat: {
    box: [{ selector: 'textarea[data-qa-id="qa-send-message-textarea"]', since: '飞鸽 pc_seller_v2' }],
    send: [{ selector: '[data-qa-id="qa-send-message-button"]', since: '飞鸽 pc_seller_v2' }],
    message: [{ selector: 'div[data-id="message-in"] .leaveMessage', since: '飞鸽 pc_seller_v2' }],
  },
};
