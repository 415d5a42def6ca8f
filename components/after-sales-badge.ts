import type { AfterSalesRequest } from '@/lib/aftersales/read';
import type { Translate } from '@/lib/i18n/translate';
import { h } from './dom';

export const afterSalesBadgeCss = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; line-height: 1; }
.wrap { display: inline-flex; gap: 4px; align-items: center; flex-wrap: wrap; }
span { font: 600 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; padding: 1px 7px; border-radius: 10px; white-space: nowrap; cursor: help; }
.cancellation { background: #e8f0fe; color: #1a56c4; }
.after-sales { background: #f3e8fd; color: #6a1b9a; }
.warn { background: #c62828; color: #fff; }
`;

/** Cancellation or after-sales, the request's type, and warnings (type mismatch, exchange without stock). */
export function afterSalesBadge(request: AfterSalesRequest, t: Translate): HTMLElement {
  const type = request.type ? t(`aftersales.type.${request.type}`) : t('aftersales.unknownType');
  return h(
    'span',
    { class: 'wrap' },
    h(
      'span',
      { class: request.stage, title: t('aftersales.rule'), 'data-sd-stage': request.stage },
      `${t(`aftersales.stage.${request.stage}`)} · ${type}`,
    ),
    !!request.mismatch &&
      !!request.type &&
      h(
        'span',
        {
          class: 'warn',
          'data-sd-warning': 'mismatch',
          title: t('aftersales.mismatch', {
            chosen: t(`aftersales.type.${request.type}`),
            described: t(`aftersales.type.${request.mismatch}`),
          }),
        },
        t('aftersales.mismatchShort'),
      ),
    !!request.exchangeWithoutStock &&
      h(
        'span',
        { class: 'warn', 'data-sd-warning': 'no-stock', title: t('aftersales.noStock') },
        t('aftersales.noStockShort'),
      ),
  );
}
