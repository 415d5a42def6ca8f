import type { AfterSalesRequest } from '@/lib/aftersales/read';
import { AFTERSALES_SOURCE_FILE as file, afterSalesQuotes as quotes } from '@/lib/aftersales/sources';
import type { Translate } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { h } from './dom';

export const afterSalesBadgeCss = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; line-height: 1; }
.wrap { display: inline-flex; gap: 4px; align-items: center; flex-wrap: wrap; }
span { font: 600 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; padding: 1px 7px; border-radius: 10px; white-space: nowrap; cursor: help; }
.cancellation { background: #e8f0fe; color: #1a56c4; }
.after-sales { background: #f3e8fd; color: #6a1b9a; }
.warn { background: #c62828; color: #fff; }
`;

/**
 * The tooltips, with their source: the receipt split and the 换货占库存 setting are JD's (its help text is
 * quoted); on another platform the split is shown as JD's and the exchange advice names no JD path.
 */
export function afterSalesTitles(request: AfterSalesRequest, t: Translate, platform: Platform) {
  const jd = platform === 'jd';
  const stage = [
    t('aftersales.rule'),
    t(jd ? 'aftersales.ruleSource' : 'aftersales.ruleSourceOther', { file, quote: quotes.q1 }),
  ].join('\n');
  const mismatch =
    request.mismatch && request.type
      ? [
          t('aftersales.mismatch', {
            chosen: t(`aftersales.type.${request.type}`),
            described: t(`aftersales.type.${request.mismatch}`),
          }),
          request.mismatchWords ? t('aftersales.mismatchWords', { words: request.mismatchWords }) : '',
          jd ? t('aftersales.mismatchSourceJd', { file, quote: quotes.q4 }) : '',
        ]
          .filter(Boolean)
          .join('\n')
      : '';
  const noStock = [
    t('aftersales.noStock'),
    jd
      ? t('aftersales.noStockJd', { path: quotes.q5Path, file, quote: quotes.q5 })
      : t('aftersales.noStockOther'),
  ].join('\n');
  return { stage, mismatch, noStock };
}

/** Cancellation or after-sales, the request's type, and warnings (type mismatch, exchange without stock). */
export function afterSalesBadge(request: AfterSalesRequest, t: Translate, platform: Platform): HTMLElement {
  const type = request.type ? t(`aftersales.type.${request.type}`) : t('aftersales.unknownType');
  const titles = afterSalesTitles(request, t, platform);
  return h(
    'span',
    { class: 'wrap' },
    h(
      'span',
      { class: request.stage, title: titles.stage, 'data-sd-stage': request.stage },
      `${t(`aftersales.stage.${request.stage}`)} · ${type}`,
    ),
    !!request.mismatch &&
      !!request.type &&
      h(
        'span',
        {
          class: 'warn',
          'data-sd-warning': 'mismatch',
          title: titles.mismatch,
        },
        t('aftersales.mismatchShort'),
      ),
    !!request.exchangeWithoutStock &&
      h(
        'span',
        { class: 'warn', 'data-sd-warning': 'no-stock', title: titles.noStock },
        t('aftersales.noStockShort'),
      ),
  );
}
