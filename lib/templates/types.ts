import type { Locale } from '../i18n';

/** When a template fits; the reply helper suggests the ones matching the order's situation first. */
export type Situation =
  | 'reminder-in-stock'
  | 'reminder-late'
  | 'reminder-shipped-no-tracking'
  | 'out-of-stock'
  | 'presale'
  | 'notice-received'
  | 'notice-shipped'
  | 'notice-delay'
  | 'refund'
  | 'after-sales';

export interface Template {
  id: string;
  situation: Situation;
  /** Text per language; `{placeholder}` names are filled from the order. */
  text: Partial<Record<Locale, string>>;
  title: Partial<Record<Locale, string>>;
  /** Set when the merchant edits a default: updates never overwrite it. */
  edited?: boolean;
  builtIn: boolean;
}
