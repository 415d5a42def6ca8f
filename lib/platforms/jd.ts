import type { PlatformAdapter } from './adapter';

export const jd: PlatformAdapter = {
  platform: 'jd',
  blocks: [
    { selector: '.jd-scrollbar__view .table-body div.card', since: '2026 card layout' },
    { selector: '.table-item-container', since: '2024 list' },
    // Legacy porder (one div with a header table and a body table): found by the generic reader.
  ],
  fields: {
    id: [{ selector: '.shop-order-id', since: '2026 card layout' }],
    status: [
      { selector: '.order-status', since: '2026 card layout' },
      { selector: '[prop="orderStatus"]', since: '2026 card layout' },
    ],
    promise: [{ selector: '.promise-out-ship-date', since: '2026 card layout' }],
    remark: [{ selector: '.remark-cell__text', since: '2026 card layout' }],
    amount: [{ selector: '[prop="receivables"]', since: '2026 card layout' }],
  },
};
