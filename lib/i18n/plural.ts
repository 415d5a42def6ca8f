import { intlLocale, type Locale, type MessageKey, type Params, type Translate } from './translate';

/** Message keys that have `.one` and `.other` forms (`popup.late` for `popup.late.one` / `popup.late.other`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer P}.other` ? P : never) : never;

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of `key` that fits `count` in `locale` ("1 tardío", "2 tardíos"), with `{count}` filled in.
 * Only `.one` and `.other` exist in our catalogs: any other category the language has (Spanish "many"
 * for a million) reads as `.other`. Chinese has one form: its `.one` and `.other` are the same text.
 */
export function plural(t: Translate, locale: Locale, key: PluralKey, count: number, params?: Params): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(intlLocale(locale))));
  const form = rule.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}
