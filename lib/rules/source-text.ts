import type { Translate } from '../i18n/translate';
import { PRESET_SOURCES } from './presets';
import type { Rule } from './types';

type PresetSource = keyof typeof PRESET_SOURCES;
const presetSourceKeys = new Map(
  (Object.entries(PRESET_SOURCES) as [PresetSource, string][]).map(([key, text]) => [text, key]),
);

/**
 * Where a rule comes from, in the merchant's language. A default rule stores its source in English (exports
 * stay the same whatever the language); a source the merchant or an import wrote is shown as written.
 */
export function sourceText(rule: Pick<Rule, 'source'>, t: Translate): string {
  const key = presetSourceKeys.get(rule.source);
  return key ? t(`rules.source.${key}`) : rule.source;
}
