import { useRef, useState } from 'preact/hooks';
import type { Locale, Translate } from '@/lib/i18n';
import { localeNames } from '@/lib/i18n/locale-names';
import type { Platform } from '@/lib/platforms/types';
import { TemplateSchema } from '@/lib/store/schemas';
import { notReadyToSave, type NotReady } from '@/lib/templates/ready';
import type { Template } from '@/lib/templates/types';
import { useCheckedSave } from './use-checked-save';

/** The platforms a template can be limited to (a merchant's own site reads as one of them or as general). */
export const scopePlatforms: readonly Platform[] = ['jd', 'pdd', 'taobao', 'douyin'];

function notReadyText(reason: NotReady, t: Translate): string {
  switch (reason.kind) {
    case 'unknown-placeholder':
      return t('options.tpl.fixUnknown');
    case 'no-text':
      return t('options.tpl.emptyText');
    case 'untitled':
      return t('options.tpl.emptyTitle', { language: localeNames[reason.locale] });
  }
}

interface Options {
  template: Template;
  t: Translate;
  uiLocale: Locale;
  isNew: boolean;
  /** `base`: the stored version the draft started from (`null`: a new template, never saved yet). */
  onSave: (template: Template, base: Template | null) => Promise<Template>;
  onKept?: () => void;
}

/** The template editor's state: the draft, the language shown, what it started from, and its save. */
export function useTemplateDraft({ template, t, uiLocale, isNew, onSave, onKept }: Options) {
  const [draft, setDraft] = useState<Template>(template);
  // What the draft started from (then what it last saved): the list may reload, the draft does not.
  const [base, setBase] = useState<Template | null>(isNew ? null : template);
  const [lang, setLang] = useState<Locale>(template.text[uiLocale] !== undefined ? uiLocale : 'zh_CN');
  const { message, setMessage, save } = useCheckedSave(t);
  const box = useRef<HTMLTextAreaElement>(null);
  const text = draft.text[lang] ?? '';

  const change = (part: Partial<Template>) => setDraft({ ...draft, ...part });
  const setText = (value: string) => change({ text: { ...draft.text, [lang]: value } });
  const setTitle = (value: string) => change({ title: { ...draft.title, [lang]: value } });
  const togglePlatform = (p: Platform, on: boolean) =>
    change({ platforms: scopePlatforms.filter((x) => (x === p ? on : draft.platforms?.includes(x))) });
  /** A placeholder typed in at the caret (over the selection), the caret then after it. */
  const insert = (name: string) => {
    const el = box.current;
    const at = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? at;
    setText(`${text.slice(0, at)}{${name}}${text.slice(end)}`);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + name.length + 2, at + name.length + 2);
    });
  };
  const submit = async () => {
    const reason = notReadyToSave(draft);
    if (reason) return setMessage(notReadyText(reason, t));
    await save(TemplateSchema, draft, async (checked) => setBase(await onSave(checked, base)));
  };
  const putBack = (kept: Template) => {
    // Saved over the newer version only when the merchant saves again: `base` is that version.
    setDraft({ ...kept });
    setMessage('');
    onKept?.();
  };
  return {
    draft,
    lang,
    text,
    box,
    message,
    change,
    setLang,
    setText,
    setTitle,
    togglePlatform,
    insert,
    submit,
    putBack,
  };
}
