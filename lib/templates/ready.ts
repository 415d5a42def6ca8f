import { supportedLocales, type Locale } from '../i18n/translate';
import { lintTemplate } from './lint';
import type { Template } from './types';

/** Why a template the merchant wrote cannot be saved yet (beyond its schema). */
export type NotReady =
  { kind: 'unknown-placeholder' } | { kind: 'no-text' } | { kind: 'untitled'; locale: Locale };

/**
 * A template is saved only when the reply helper could use it: no placeholder it cannot fill in any language,
 * words in at least one language, and a title wherever there are words (else the picker could only list its id).
 */
export function notReadyToSave(template: Template): NotReady | null {
  const unknown = supportedLocales.some((l) =>
    lintTemplate(template.text[l] ?? 'x', template.situation).some((i) => i.kind === 'unknown'),
  );
  if (unknown) return { kind: 'unknown-placeholder' };
  const written = supportedLocales.filter((l) => (template.text[l] ?? '').trim());
  if (!written.length) return { kind: 'no-text' };
  const untitled = written.find((l) => !(template.title[l] ?? '').trim());
  return untitled ? { kind: 'untitled', locale: untitled } : null;
}
