import type { Translate } from '@/lib/i18n/translate';
import type { Evidence } from '@/lib/reports/presets';

/**
 * PDD with no whole hour left before the deadline (09:20 now, 09:50 due): no late hour is promised; the merchant
 * ships now, or follows the delay procedure.
 */
export function NoHourLeft(props: {
  t: Translate;
  deadlineText: string;
  shipNow: boolean;
  onShipNow: () => void;
  onDelay: () => void;
}) {
  const { t, deadlineText } = props;
  return (
    <div class="hint" data-sd-no-hour>
      <p>{t('delay.noHourLeft', { deadline: deadlineText })}</p>
      {props.shipNow ? (
        <p data-sd-ship-now>{t('delay.shipNowHint', { deadline: deadlineText })}</p>
      ) : (
        <p class="choices">
          <button type="button" data-sd-action="ship-now" onClick={props.onShipNow}>
            {t('delay.shipNow')}
          </button>
          <button type="button" data-sd-action="use-delay" onClick={props.onDelay}>
            {t('delay.useDelay')}
          </button>
        </p>
      )}
    </div>
  );
}

/** The evidence a JD emergency report rests on (jd-shipping-faq: 咚咚聊天记录截图、短信、电话沟通记录). */
export function EvidenceChoice(props: {
  t: Translate;
  evidence: Evidence[];
  onChange: (e: Evidence[]) => void;
}) {
  const { t, evidence, onChange } = props;
  return (
    <fieldset>
      <legend>{t('delay.evidenceLabel')}</legend>
      {(['chat', 'sms', 'call'] as Evidence[]).map((e) => (
        <label key={e} class="check">
          <input
            type="checkbox"
            data-evidence={e}
            checked={evidence.includes(e)}
            onChange={(ev) =>
              onChange(ev.currentTarget.checked ? [...evidence, e] : evidence.filter((x) => x !== e))
            }
          />
          {t(`delay.evidence.${e}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** PDD's apology coupon: the amount is the merchant's ("X元"; no source gives one), so it is labelled an estimate. */
export function CouponField(props: { t: Translate; value: string; onChange: (value: string) => void }) {
  const { t } = props;
  return (
    <label>
      <span>{t('delay.couponLabel')}</span>
      <input
        type="number"
        min={0}
        step={1}
        value={props.value}
        data-field="coupon"
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
      <small data-sd-estimate>{t('delay.couponHint')}</small>
    </label>
  );
}
