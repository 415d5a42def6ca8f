import type { PlatformAdapter } from './adapter';

export const douyin: PlatformAdapter = {
  platform: 'douyin',
  blocks: [
    {
      selector: 'tbody.auxo-table-tbody > tr.auxo-table-row-level-0',
      since: '2024 auxo table',
      groupFollowingRows: true,
    },
    // 2021 div cards (`订单号：…`, `下单时间：2021/09/01 12:00:00`): generic reader.
  ],
  fields: {},
};
