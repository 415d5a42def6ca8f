import type { PageZone } from '@/lib/time/zone';
import type { Locale, Translate } from '@/lib/i18n';
import { lintTemplate } from '@/lib/templates/lint';
import { renderTemplate } from '@/lib/templates/render';
import { sampleValues } from '@/lib/templates/sample';
import type { Template } from '@/lib/templates/types';
import { KeptDraft } from './KeptDraft';
import { LanguageTabs, LintList, PlaceholderChips, TemplateScopeRow } from './TemplateFields';
import { useTemplateDraft } from './use-template-draft';

interface Props {
  template: Template;
  t: Translate;
  uiLocale: Locale;
  zone: PageZone;
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

/** One template: its situation, a title and text per language, placeholder buttons, preview and lint. */
export function TemplateEditor(props: Props) {
  const { template, t, zone, onDelete, kept, onKept, isNew = false } = props;
  const editor = useTemplateDraft({ ...props, isNew });
  const { draft, lang, text } = editor;
  const issues = text ? lintTemplate(text, draft.situation) : [];
  const preview = renderTemplate(text, sampleValues(lang, Date.now(), zone)).text;
  return (
    <div class="template-editor" data-template-editor={template.id}>
      {kept && (
        <KeptDraft
          t={t}
          message={t('options.tpl.keptDraft')}
          onRestore={() => editor.putBack(kept)}
          onDiscard={() => onKept?.()}
        />
      )}
      <TemplateScopeRow
        draft={draft}
        t={t}
        onSituation={(situation) => editor.change({ situation })}
        onPlatform={editor.togglePlatform}
      />
      <LanguageTabs draft={draft} lang={lang} t={t} onLang={editor.setLang} />
      <label class="field">
        <span>{t('options.tpl.title')}</span>
        <input
          value={draft.title[lang] ?? ''}
          data-field="title"
          onInput={(e) => editor.setTitle(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('options.tpl.text')}</span>
        <textarea
          ref={editor.box}
          rows={5}
          value={text}
          data-field="text"
          onInput={(e) => editor.setText(e.currentTarget.value)}
        />
      </label>
      <PlaceholderChips t={t} onInsert={editor.insert} />
      <LintList issues={issues} t={t} />
      <div class="preview">
        <span class="muted small">{t('options.tpl.preview')}</span>
        <p data-preview>{preview}</p>
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="save-template"
          onClick={() => void editor.submit()}
        >
          {t('options.save')}
        </button>
        {onDelete && !isNew && (
          <button type="button" class="danger" onClick={() => void onDelete()}>
            {t('options.delete')}
          </button>
        )}
        <span role="status" class="message" data-template-message>
          {editor.message}
        </span>
      </div>
    </div>
  );
}
