import type { Translate } from '../i18n/translate';
import type { Refusal } from './lifecycle';

/** Why the platform's procedure refuses a report, in the merchant's words. */
export function refusalText(r: Refusal, t: Translate): string {
  if (r.code === 'card-already-sent')
    return t('delay.refuse.cardSent', { status: t(`delay.status.${r.previous}`) });
  if (r.code === 'window-too-long') return t('delay.refuse.windowTooLong', { days: r.maxDays });
  if (r.code === 'not-on-this-platform') return t('delay.refuse.notOnPlatform');
  return t(`delay.refuse.${r.code}`);
}
