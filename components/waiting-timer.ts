import type { Translate } from '@/lib/i18n/translate';

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * What the "buyer has been waiting" timer shows: red from the platform's limit (JD's 30-second response rate),
 * a title that says which limit applies. Shared by the reply button drawn at page load and by the picker.
 */
export function waitingTimer(waiting: number, limit: number | null, t: Translate) {
  return {
    className: limit !== null && waiting >= limit ? 'timer late' : 'timer',
    title: limit !== null ? t('reply.waitingLimitTitle', { seconds: limit }) : t('reply.waitingNoLimitTitle'),
    text: t('reply.waiting', { time: clock(waiting) }),
  };
}
