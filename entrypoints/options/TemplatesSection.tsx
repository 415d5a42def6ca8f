import type { PageZone } from '@/lib/time/zone';
import { useState } from 'preact/hooks';
import type { Locale, Translate } from '@/lib/i18n';
import type { TemplateUsage } from '@/lib/store/schema';
import { situations, type Template } from '@/lib/templates/types';
import { RestoreBuiltIns } from './RestoreBuiltIns';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { useKeptDraft } from './use-kept-draft';

interface Props {
  templates: Template[];
  usage: TemplateUsage[];
  t: Translate;
  locale: Locale;
  zone: PageZone;
  /** Bumped by the page after a conflict: open editors start again from the stored version. */
  revision: number;
  /** `base`: the template as the editor loaded it (`null`: a new one). */
  onSave: (template: Template, base: Template | null) => Promise<Template>;
  onDelete: (template: Template) => Promise<void>;
  onRestore: () => Promise<unknown>;
}

/** Which template the editor shows: a stored one, or a new one that exists only in its editor until saved. */
function useTemplateChoice(templates: Template[], locale: Locale, t: Translate) {
  const [selected, setSelected] = useState<string | null>(
    () => situations.flatMap((s) => templates.filter((tpl) => tpl.situation === s))[0]?.id ?? null,
  );
  /** A new template exists only in its editor until Save is pressed (nothing half-made is stored). */
  const [fresh, setFresh] = useState<Template | null>(null);
  const stored = templates.find((tpl) => tpl.id === selected);
  const create = () => {
    const template: Template = {
      id: `custom.${Date.now().toString(36)}`,
      situation: 'reminder-in-stock',
      builtIn: false,
      title: { [locale]: t('options.tpl.newTitle') },
      text: { [locale]: '' },
    };
    setFresh(template);
    setSelected(template.id);
  };
  const select = (id: string) => {
    setSelected(id);
    setFresh(null);
  };
  const current = stored ?? (fresh?.id === selected ? fresh : undefined);
  return { selected, current, isNew: !stored, create, select, saved: () => setFresh(null) };
}

/** The library, grouped by situation and searchable, beside the editor of the chosen template. */
export function TemplatesSection(props: Props) {
  const { templates, t, locale, revision, onSave, onDelete } = props;
  const [query, setQuery] = useState('');
  /** Bumped by a restore so an open editor shows the restored wording instead of its draft. */
  const [generation, setGeneration] = useState(0);
  const kept = useKeptDraft<Template>();
  const choice = useTemplateChoice(templates, locale, t);
  const { current } = choice;
  return (
    <div class="templates">
      <div class="template-list">
        <input
          type="search"
          placeholder={t('reply.search')}
          aria-label={t('reply.search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <RestoreBuiltIns
          templates={templates}
          t={t}
          locale={locale}
          onNew={choice.create}
          onRestore={props.onRestore}
          onRestored={() => setGeneration(generation + 1)}
        />
        <TemplateList {...props} query={query} selected={choice.selected} onSelect={choice.select} />
      </div>
      {current ? (
        <TemplateEditor
          key={`${current.id}:${generation}:${revision}`}
          template={current}
          t={t}
          uiLocale={locale}
          zone={props.zone}
          isNew={choice.isNew}
          onSave={async (template, base) => {
            const saved = await kept.keepOnConflict(template, onSave(template, base));
            choice.saved();
            return saved;
          }}
          {...kept.keptFor((k) => k.id === current.id)}
          {...(current.builtIn ? {} : { onDelete: () => onDelete(current) })}
        />
      ) : (
        <p class="muted">{t('reply.noTemplates')}</p>
      )}
    </div>
  );
}
