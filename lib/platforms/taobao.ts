import type { PlatformAdapter } from './adapter';

export const taobao: PlatformAdapter = {
  platform: 'taobao',
  blocks: [
    // Fusion next-table: one <table> per parent order, first row = order number and times.
    { selector: 'div.next-table table', since: '2024 qianniu trade-platform' },
    // Legacy list_sold_items (hashed CSS modules, may be in an iframe): generic reader.
  ],
  fields: {},
  // 千牛 reception runs in the desktop client: no web chat box is known (PLATFORMS.md), so no chat selectors.
};
