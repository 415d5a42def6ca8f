import type { Locale } from '../i18n/translate';
import { formatWallClock } from '../time/china-time';
import { promiseFor } from '../reports/promise';
import type { TemplateValues } from './render';
import type { PageZone } from '../time/zone';

const HOUR = 3_600_000;

const localSamples: Record<Locale, { carrier: string; reason: string; shipFrom: string }> = {
  en: { carrier: 'ZTO Express', reason: 'a stock count at our warehouse', shipFrom: 'Hangzhou' },
  es: { carrier: 'ZTO Express', reason: 'un inventario en nuestro almacén', shipFrom: 'Hangzhou' },
  zh_CN: { carrier: '中通快递', reason: '仓库盘点', shipFrom: '杭州' },
  zh_TW: { carrier: '中通快遞', reason: '倉庫盤點', shipFrom: '杭州' },
};

/** A believable order for the template preview: due in five hours, with every placeholder filled. */
export function sampleValues(locale: Locale, now: number, zone: PageZone): TemplateValues {
  const deadline = now + 5 * HOUR;
  // Shown the way a PDD buyer would get it: a whole hour, never after the deadline.
  const promise = promiseFor('pdd', deadline, now, zone);
  return {
    orderId: '260923-063795392132914',
    deadline: formatWallClock(deadline, zone),
    promiseTime: formatWallClock(promise.ok ? promise.at : deadline, zone),
    remaining: '5h',
    trackingNo: '7312345678901',
    shipTime: formatWallClock(now - HOUR, zone),
    couponAmount: '3.00',
    buyerName: '王**',
    ...localSamples[locale],
  };
}
