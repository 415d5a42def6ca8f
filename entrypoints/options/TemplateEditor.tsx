import { useRef, useState } from 'preact/hooks';
import { supportedLocales, type Locale, type Translate } from '@/lib/i18n';
import { localeNames } from '@/lib/i18n/locale-names';
import { knownPlaceholders, lintTemplate, type LintIssue } from '@/lib/templates/lint';
import { renderTemplate } from '@/lib/templates/render';
import { sampleValues } from '@/lib/templates/sample';
import { invalidText } from '@/lib/store/invalid-text';
import { TemplateSchema } from '@/lib/store/schemas';
import { validate } from '@/lib/store/validate';
import type { Platform } from '@/lib/platforms/types';
import type { Situation, Template } from '@/lib/templates/types';
import { situations } from '@/lib/templates/types';
import { KeptDraft } from './KeptDraft';

interface Props {
  template: Template;
  t: Translate;
  uiLocale: Locale;
  offsetMinutes: number;
  /** `base`: the stored version the draft started from (`null`: a new template, never saved yet). */
  onSave: (template: Template, base: Template | null) => Promise<Template>;
  /** Not stored yet: the first Save creates it. */
  isNew?: boolean;
  onDelete?: () => Promise<void>;
  /** The merchant's unsaved version, refused because another tab saved this template first. */
  kept?: Template;
  /** The kept version was put back or discarded. */
  onKept?: () => void;
}

/** The platforms a template can be limited to (a merchant's own site reads as one of them or as general). */
const scopePlatforms: readonly Platform[] = ['jd', 'pdd', 'taobao', 'douyin'];

function issueText(issue: LintIssue, t: Translate): string {
  switch (issue.kind) {
    case 'unknown':
      return t('options.tpl.lintUnknown', { name: `{${issue.name}}` });
    case 'unfillable':
      return t('options.tpl.lintUnfillable', { name: `{${issue.name}}` });
    case 'too-long':
      return t('options.tpl.lintTooLong', { length: issue.length, max: issue.max });
    case 'empty':
      return t('options.tpl.lintEmpty');
  }
}

/** One template: its situation, a title and text per language, placeholder buttons, preview and lint. */
export function TemplateEditor({
  template,
  t,
  uiLocale,
  offsetMinutes,
  onSave,
  onDelete,
  kept,
  onKept,
  isNew = false,
}: Props) {
  const [draft, setDraft] = useState<Template>(template);
  // What the draft started from (then what it last saved): the list may reload, the draft does not.
  const [base, setBase] = useState<Template | null>(isNew ? null : template);
  const [lang, setLang] = useState<Locale>(template.text[uiLocale] !== undefined ? uiLocale : 'zh_CN');
  const [message, setMessage] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const text = draft.text[lang] ?? '';
  const issues = text ? lintTemplate(text, draft.situation) : [];
  const preview = renderTemplate(text, sampleValues(lang, Date.now(), offsetMinutes)).text;

  const togglePlatform = (p: Platform, on: boolean) => {
    const next = scopePlatforms.filter((x) => (x === p ? on : draft.platforms?.includes(x)));
    setDraft({ ...draft, platforms: next });
  };
  const setText = (value: string) => setDraft({ ...draft, text: { ...draft.text, [lang]: value } });
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

  const save = async () => {
    const blocking = supportedLocales.some((l) =>
      lintTemplate(draft.text[l] ?? 'x', draft.situation).some((i) => i.kind === 'unknown'),
    );
    if (blocking) return setMessage(t('options.tpl.fixUnknown'));
    // A reply with no words, or one the picker could only list by its id, is not saved.
    const written = supportedLocales.filter((l) => (draft.text[l] ?? '').trim());
    if (!written.length) return setMessage(t('options.tpl.emptyText'));
    const untitled = written.find((l) => !(draft.title[l] ?? '').trim());
    if (untitled) return setMessage(t('options.tpl.emptyTitle', { language: localeNames[untitled] }));
    // The same schema the background and a backup import check (lib/store/schemas.ts).
    const checked = validate(TemplateSchema, draft);
    if (!checked.ok) return setMessage(invalidText(checked.invalid, t));
    try {
      setBase(await onSave(checked.value, base));
      setMessage(t('options.saved'));
    } catch {
      // The page states what happened at the top; the draft stays for another try.
      setMessage(t('storage.notSaved'));
    }
  };

  return (
    <div class="template-editor" data-template-editor={template.id}>
      {kept && (
        <KeptDraft
          t={t}
          message={t('options.tpl.keptDraft')}
          onRestore={() => {
            // Saved over the newer version only when the merchant saves again: `base` is that version.
            setDraft({ ...kept });
            setMessage('');
            onKept?.();
          }}
          onDiscard={() => onKept?.()}
        />
      )}
      <div class="row">
        <label class="field">
          <span>{t('options.tpl.situation')}</span>
          <select
            value={draft.situation}
            onChange={(e) => setDraft({ ...draft, situation: e.currentTarget.value as Situation })}
          >
            {situations.map((s) => (
              <option key={s} value={s}>
                {t(`situation.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="field" data-template-platforms>
          <legend>{t('templates.platforms')}</legend>
          {scopePlatforms.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                data-platform={p}
                checked={draft.platforms?.includes(p) ?? false}
                onChange={(e) => togglePlatform(p, e.currentTarget.checked)}
              />{' '}
              {t(`platform.${p}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="lang-tabs" role="tablist" aria-label={t('options.language')}>
        {supportedLocales.map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            aria-selected={l === lang}
            class={l === lang ? 'active' : ''}
            onClick={() => setLang(l)}
          >
            {localeNames[l]}
            {!draft.text[l] && <span class="dot" title={t('options.tpl.missingLanguage')} />}
          </button>
        ))}
      </div>
      <label class="field">
        <span>{t('options.tpl.title')}</span>
        <input
          value={draft.title[lang] ?? ''}
          data-field="title"
          onInput={(e) => setDraft({ ...draft, title: { ...draft.title, [lang]: e.currentTarget.value } })}
        />
      </label>
      <label class="field">
        <span>{t('options.tpl.text')}</span>
        <textarea
          ref={box}
          rows={5}
          value={text}
          data-field="text"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <div class="placeholders" aria-label={t('options.tpl.insertPlaceholder')}>
        {knownPlaceholders.map((name) => (
          <button
            key={name}
            type="button"
            class="chip"
            onClick={() => insert(name)}
            title={t(`placeholder.${name}`)}
          >
            {`{${name}}`}
          </button>
        ))}
      </div>
      {issues.length > 0 && (
        <ul class="lint" role="status">
          {issues.map((issue, i) => (
            <li key={i}>{issueText(issue, t)}</li>
          ))}
        </ul>
      )}
      <div class="preview">
        <span class="muted small">{t('options.tpl.preview')}</span>
        <p data-preview>{preview}</p>
      </div>
      <div class="actions">
        <button type="button" class="primary" data-action="save-template" onClick={() => void save()}>
          {t('options.save')}
        </button>
        {onDelete && !isNew && (
          <button type="button" class="danger" onClick={() => void onDelete()}>
            {t('options.delete')}
          </button>
        )}
        <span role="status" class="message" data-template-message>
          {message}
        </span>
      </div>
    </div>
  );
}
