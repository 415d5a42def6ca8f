import { useMemo } from 'preact/hooks';
import type { Locale, Translate } from '@/lib/i18n';
import type { TemplateUsage } from '@/lib/store/schema';
import { situations, type Template } from '@/lib/templates/types';

interface Props {
  templates: Template[];
  usage: TemplateUsage[];
  /** What the merchant searched for: a template matches when a title or text in any language holds it. */
  query: string;
  selected: string | null;
  t: Translate;
  locale: Locale;
  onSelect: (id: string) => void;
}

const titleOf = (tpl: Template, locale: Locale) =>
  tpl.title[locale] ?? tpl.title.zh_CN ?? tpl.title.en ?? tpl.id;

/** The library grouped by situation, each template with how often it was used. */
export function TemplateList({ templates, usage, query, selected, t, locale, onSelect }: Props) {
  const uses = useMemo(() => new Map(usage.map((u) => [u.templateId, u.count])), [usage]);
  const q = query.trim().toLowerCase();
  const matches = (tpl: Template) =>
    !q || [...Object.values(tpl.title), ...Object.values(tpl.text)].some((s) => s?.toLowerCase().includes(q));
  return (
    <>
      {situations.map((situation) => {
        const group = templates.filter((tpl) => tpl.situation === situation && matches(tpl));
        if (!group.length) return null;
        return (
          <div key={situation} class="group">
            <h4>{t(`situation.${situation}`)}</h4>
            <ul>
              {group.map((tpl) => (
                <li key={tpl.id}>
                  <button
                    type="button"
                    class={tpl.id === selected ? 'item active' : 'item'}
                    data-template-id={tpl.id}
                    aria-current={tpl.id === selected}
                    onClick={() => onSelect(tpl.id)}
                  >
                    <span>{titleOf(tpl, locale)}</span>
                    <span class="muted small">{t('options.tpl.used', { count: uses.get(tpl.id) ?? 0 })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
