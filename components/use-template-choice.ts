import { useState } from 'preact/hooks';
import type { Locale } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { checkCompliance, type ComplianceWords } from '@/lib/templates/compliance';
import { renderTemplate, type TemplateValues } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/types';
import { textOf } from './picker-text';
import type { Stage } from './TemplatePanel';

interface Choice {
  values: TemplateValues;
  lang: Locale;
  words: ComplianceWords;
  platform?: Platform;
  /** The text is ready and accepted: insert it. */
  insert: (template: Template, text: string) => void;
}

/**
 * From a chosen template to the text inserted: values the order could not give are asked for first (no reply
 * goes out with a hole), and words the platform may penalise are shown, inserted only on the merchant's yes.
 */
export function useTemplateChoice({ values, lang, words, platform, insert }: Choice) {
  const [stage, setStage] = useState<Stage>({ kind: 'list' });
  const finish = (template: Template, text: string, checked: boolean) => {
    const hits = checked ? [] : checkCompliance(text, words, { platform, situation: template.situation });
    if (hits.length) return setStage({ kind: 'confirm', template, text, hits });
    insert(template, text);
  };
  const choose = (template: Template) => {
    const text = textOf(template, lang);
    const rendered = renderTemplate(text, values);
    if (rendered.missing.length) return setStage({ kind: 'fill', template, text, missing: rendered.missing });
    finish(template, rendered.text, false);
  };
  return { stage, setStage, choose, finish };
}
