import type { PlatformAdapter } from './adapter';

export const pdd: PlatformAdapter = {
  platform: 'pdd',
  blocks: [
    // beast-core table with one <tbody> per order; header line `订单编号：…` read by label.
    { selector: 'table[class*="TB_tableWrapper"] > tbody', since: '2023 beast-core' },
  ],
  fields: {},
};
