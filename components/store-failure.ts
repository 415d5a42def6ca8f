import type { Translate } from '@/lib/i18n';
import { storeErrorCode } from '@/lib/store/errors';

/**
 * What went wrong with the merchant's data and what to do about it, in their language. Only a
 * failure we have no words for shows its technical detail, so nothing fails without a message.
 */
export function failureText(error: unknown, t: Translate): string {
  const code = storeErrorCode(error);
  if (code) return t(`storage.${code}`);
  return t('storage.failed', { error: error instanceof Error ? error.message : String(error) });
}
