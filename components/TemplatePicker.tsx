import { useMemo, useState } from 'preact/hooks';
import type { Locale, Translate } from '@/lib/i18n';
import { renderTemplate, type TemplateValues } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/types';

export const templatePickerCss = `
:host { all: initial; position: relative; display: inline-block; z-index: 2147483000; }
* { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.toggle { border: 1px solid #c4c7cc; background: #fff; border-radius: 6px; padding: 2px 8px; cursor: pointer; color: #1a73e8; }
.panel { position: absolute; bottom: calc(100% + 6px); left: 0; width: 360px; max-height: 340px; overflow: auto;
  background: #fff; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px; }
input { width: 100%; padding: 5px 8px; border: 1px solid #c4c7cc; border-radius: 6px; margin-bottom: 6px; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
li button { width: 100%; text-align: left; border: 1px solid transparent; background: #f8f9fa; border-radius: 6px; padding: 6px 8px; cursor: pointer; }
li button:hover, li button:focus-visible { border-color: #1a73e8; outline: none; }
.title { font-weight: 600; display: block; }
.preview { color: #5f6368; display: block; white-space: pre-wrap; }
.missing { color: #c62828; font-size: 12px; }
.status { font-size: 12px; color: #1e6b34; margin-left: 6px; }
.undo { margin-left: 6px; border: 0; background: none; color: #1a73e8; cursor: pointer; text-decoration: underline; }
`;

interface Props {
  templates: Template[];
  values: TemplateValues;
  locale: Locale;
  t: Translate;
  onInsert: (text: string, template: Template) => void;
  onUndo: () => void;
  canUndo: boolean;
}

/** The templates button and its searchable list; a template with unfilled placeholders can't be inserted. */
export function TemplatePicker({ templates, values, locale, t, onInsert, onUndo, canUndo }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return templates
      .map((tpl) => ({
        tpl,
        title: tpl.title[locale] ?? tpl.id,
        text: tpl.text[locale] ?? tpl.text.en ?? '',
      }))
      .filter(({ title, text }) => !q || title.toLowerCase().includes(q) || text.toLowerCase().includes(q));
  }, [templates, query, locale]);

  return (
    <span>
      <button
        type="button"
        class="toggle"
        data-sd-action="templates"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('reply.templates')}
      </button>
      {canUndo && (
        <button type="button" class="undo" data-sd-action="undo" onClick={onUndo}>
          {t('reply.undo')}
        </button>
      )}
      {open && (
        <div class="panel" role="dialog" aria-label={t('reply.templates')}>
          <input
            type="search"
            placeholder={t('reply.search')}
            aria-label={t('reply.search')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
            autoFocus
          />
          {shown.length === 0 && <p>{t('reply.noTemplates')}</p>}
          <ul>
            {shown.map(({ tpl, title, text }) => {
              const rendered = renderTemplate(text, values);
              return (
                <li key={tpl.id}>
                  <button
                    type="button"
                    data-sd-action="insert"
                    data-template-id={tpl.id}
                    disabled={rendered.missing.length > 0}
                    onClick={() => {
                      onInsert(rendered.text, tpl);
                      setOpen(false);
                    }}
                  >
                    <span class="title">{title}</span>
                    <span class="preview">{rendered.text}</span>
                    {rendered.missing.length > 0 && (
                      <span class="missing">
                        {t('reply.missing', { names: rendered.missing.map((m) => `{${m}}`).join(' ') })}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </span>
  );
}
