import { useState } from 'preact/hooks';
import { createTranslator, supportedLocales, type Locale, type Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { DelayReport } from '@/lib/reports/types';
import { buyerNotice } from '@/lib/templates/buyer-notice';
import type { Template } from '@/lib/templates/types';
import { localeNames } from '@/lib/i18n/locale-names';
import { CopyButton } from './CopyButton';
import { type PageZone } from '@/lib/time/zone';

/** What the helper's texts are made from: the order, the report drafted, the merchant's notice template. */
export interface DraftTextProps {
  order: Order;
  draft: DelayReport;
  template: Template | undefined;
  t: Translate;
  zone: PageZone;
}

/**
 * The notice to the buyer, in the language the merchant picks for that buyer (Chinese first), with a copy
 * button; nothing while the draft has no new time to tell.
 */
export function BuyerNotice({ order, draft, template, t, zone }: DraftTextProps) {
  const [buyerLang, setBuyerLang] = useState<Locale>('zh_CN');
  if (draft.newShipTime === undefined) return null;
  const notice = buyerNotice(
    order,
    draft.reason,
    draft.newShipTime,
    template,
    buyerLang,
    createTranslator(buyerLang),
    zone,
    draft.coupon,
  );
  if (!notice) return null;
  return (
    <section>
      <h4>
        {t('delay.notice')}{' '}
        <select
          aria-label={t('delay.buyerLanguage')}
          value={buyerLang}
          onChange={(e) => setBuyerLang(e.currentTarget.value as Locale)}
        >
          {supportedLocales.map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
      </h4>
      <p class="notice-text" data-sd-notice-text>
        {notice}
      </p>
      <CopyButton text={notice} t={t} />
    </section>
  );
}
