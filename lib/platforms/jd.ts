import type { PlatformAdapter } from './adapter';

export const jd: PlatformAdapter = {
  platform: 'jd',
  blocks: [
    { selector: '.jd-scrollbar__view .table-body div.card', since: '2026 card layout' },
    // The same cards as public code finds them (PLATFORMS.md evidence), without the scrollbar wrapper.
    {
      selector: '.order-list-card-table .table-body .card, .jd-pro-card-table .card',
      since: '2026 card layout',
    },
    { selector: '.table-item-container', since: '2024 list' },
    // Legacy porder (one div with a header table and a body table): found by the generic reader.
  ],
  fields: {
    id: [{ selector: '.shop-order-id', since: '2026 card layout' }],
    status: [
      { selector: '.order-status', since: '2026 card layout' },
      { selector: '[prop="orderStatus"]', since: '2026 card layout' },
    ],
    promise: [
      // The value alone, without its 出库 label (PLATFORMS.md evidence); the box around it as a fallback.
      { selector: '.promise-out-ship-date .jd-only-child__content', since: '2026 card layout' },
      { selector: '.promise-out-ship-date', since: '2026 card layout' },
    ],
    remark: [{ selector: '.remark-cell__text', since: '2026 card layout' }],
    amount: [{ selector: '[prop="receivables"]', since: '2026 card layout' }],
  },
  // 咚咚 workbench (dongdong.jd.com, shop.jd.com/jdm/kefu/…): JD's own contenteditable, one child div per line.
  chat: {
    box: [{ selector: '.EditorContent[contenteditable]', since: '咚咚 workbench' }],
    send: [{ selector: '.SendButtonGroup > .send-button', since: '咚咚 workbench' }],
    message: [
      {
        selector: '#t-chat-scroll .message > .message_left .message__content',
        since: '咚咚 workbench',
      },
    ],
    time: [{ selector: '#t-chat-scroll .message__time_str', since: '咚咚 workbench' }],
  },
};
