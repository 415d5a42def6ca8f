import type { Translate } from '../i18n/translate';
import { PRESET_QUOTES, PRESET_SOURCES, presetRules } from './presets';
import type { Rule, SourceQuote } from './types';

type PresetSource = keyof typeof PRESET_SOURCES;
let presetSourceKeys: Map<string, PresetSource> | undefined;

/**
 * Where a rule comes from, in the merchant's language. A default rule stores its source in English (exports
 * stay the same whatever the language); a source the merchant or an import wrote is shown as written.
 */
export function sourceText(rule: Pick<Rule, 'source'>, t: Translate): string {
  presetSourceKeys ??= new Map(
    (Object.entries(PRESET_SOURCES) as [PresetSource, string][]).map(([key, text]) => [text, key]),
  );
  const key = presetSourceKeys.get(rule.source);
  return key ? t(`rules.source.${key}`) : rule.source;
}

/**
 * Whose numbers a rule carries, as the merchant should read them:
 * `yours` the merchant changed it (their numbers, not the platform's); `faq` a platform help text states it;
 * `code` Seller Desk reads it off the live page; `estimate` no platform source states its numbers.
 */
export type RuleOrigin = 'yours' | 'faq' | 'code' | 'estimate';

// Switching a rule on or off stores it as edited too, and a rule edited before an update keeps the source
// text it had then: only a change of what it decides (who, when, how long, what it costs) makes it the merchant's.
const content = (r: Rule) =>
  JSON.stringify([
    r.platform,
    r.appliesTo,
    r.milestone,
    r.usePagePromise,
    r.clockStart,
    r.limitHours,
    r.penalty,
  ]);
let presetContent: Map<string, string> | undefined;

export function ruleOrigin(rule: Rule): RuleOrigin {
  presetContent ??= new Map(presetRules.map((p) => [p.id, content(p)]));
  const preset = presetContent.get(rule.id);
  if (preset === undefined || (rule.edited === true && content(rule) !== preset)) return 'yours';
  if (rule.confidence === 'faq') return 'faq';
  if (rule.confidence === 'code') return 'code';
  return 'estimate';
}

/** The help-text passage behind a rule: its own, else (a rule stored before quotes existed) its preset's. */
export function ruleQuote(rule: Pick<Rule, 'id' | 'quote'>): SourceQuote | undefined {
  return rule.quote ?? (PRESET_QUOTES as Record<string, SourceQuote | undefined>)[rule.id];
}

/** The `lang` of a quote, from its file name (`….zh_TW.txt`), so it is read and rendered as that language. */
export function quoteLang(quote: SourceQuote): string {
  const tag = /\.([a-z]{2}(?:_[A-Z]{2})?)\.txt$/.exec(quote.file)?.[1] ?? 'zh';
  return tag === 'zh' ? 'zh-CN' : tag.replace('_', '-');
}

/**
 * The badge tooltip's lines on where the rule comes from: "your rule" for a rule the merchant changed; an
 * estimate warning where no platform text states the numbers; else the source and the passage it says.
 */
export function sourceLines(rule: Rule, t: Translate): string[] {
  const origin = ruleOrigin(rule);
  if (origin === 'yours') return [t('rules.origin.yoursLine')];
  if (origin === 'estimate') return [t('rules.origin.estimateLine', { source: sourceText(rule, t) })];
  const lines = [
    t('overlay.source', { source: sourceText(rule, t), confidence: t(`confidence.${rule.confidence}`) }),
  ];
  const quote = origin === 'faq' ? ruleQuote(rule) : undefined;
  if (quote) lines.push(t('rules.origin.quoteLine', { quote: quote.text, file: quote.file }));
  return lines;
}
