import type { Locale } from '../i18n/translate';
import type { Platform } from '../platforms/types';

/** When a template fits, in the order the library shows them (what buyers ask most first). */
export const situations = [
  'reminder-in-stock',
  'reminder-shipped-no-tracking',
  'reminder-late',
  'out-of-stock',
  'presale',
  'notice-received',
  'notice-shipped',
  'notice-delay',
  'refund',
  'after-sales',
] as const;

/** The reply helper suggests the templates matching the order's situation first. */
export type Situation = (typeof situations)[number];

export interface Template {
  id: string;
  situation: Situation;
  /** Text per language; `{placeholder}` names are filled from the order. */
  text: Partial<Record<Locale, string>>;
  title: Partial<Record<Locale, string>>;
  /**
   * The platforms whose rules the text follows (PDD's "refund at once" is wrong advice on JD, JD's "refund within
   * 48 h" wrong on PDD); absent or empty = a general reply, offered everywhere.
   */
  platforms?: Platform[];
  /** Set when the merchant edits a default: updates never overwrite it. */
  edited?: boolean;
  builtIn: boolean;
}
