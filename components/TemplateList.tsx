import { useEffect, useRef } from 'preact/hooks';
import { supportedLocales, type Locale, type Translate } from '@/lib/i18n/translate';
import type { TemplateValues } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/types';
import { localeNames } from '@/lib/i18n/locale-names';
import { langLabel } from './picker-text';
import { TemplateOption } from './TemplateOption';
import type { TemplateSearch } from './use-template-search';

export interface TemplateListProps {
  search: TemplateSearch;
  locale: Locale;
  lang: Locale;
  values: TemplateValues;
  t: Translate;
  onLang: (lang: Locale) => void;
  onChoose: (tpl: Template) => void;
}

/** The reply language in one click (each language named in its own). */
function LanguageSwitch({ lang, t, onLang }: Pick<TemplateListProps, 'lang' | 't' | 'onLang'>) {
  return (
    <div class="langs" role="group" aria-label={t('reply.replyLanguage')}>
      <span>{t('reply.insertsIn', { language: localeNames[lang] })}</span>
      {supportedLocales.map((l) => (
        <button
          type="button"
          key={l}
          class={l === lang ? 'lang on' : 'lang'}
          aria-pressed={l === lang}
          title={localeNames[l]}
          data-sd-lang={l}
          onClick={() => onLang(l)}
        >
          {langLabel[l]}
        </button>
      ))}
    </div>
  );
}

/**
 * The list stage: a listbox of options (the search box is its combobox, suggested first, arrows + Enter), so
 * screen readers announce the active one as the arrows move.
 */
export function TemplateList(props: TemplateListProps) {
  const { search, locale, lang, values, t, onChoose } = props;
  const { query, active, setActive, shown, flat } = search;
  const list = useRef<HTMLDivElement>(null);
  // The active option follows the arrows into view.
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive(Math.min(active + 1, flat.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
    else if (e.key === 'Enter' && flat[active]) onChoose(flat[active]);
    else return;
    e.preventDefault();
  };
  const option = (tpl: Template, index: number) => (
    <TemplateOption
      key={tpl.id}
      {...{ tpl, index, locale, lang, values, t, onChoose }}
      active={index === active}
      onHover={setActive}
    />
  );
  const group = (label: string, templates: Template[], from: number, heading: boolean) =>
    templates.length > 0 && (
      <div role="group" aria-label={label}>
        {heading && (
          <div class="group" aria-hidden="true">
            {label}
          </div>
        )}
        {templates.map((tpl, i) => option(tpl, i + from))}
      </div>
    );
  return (
    <>
      <LanguageSwitch {...props} />
      <input
        type="search"
        role="combobox"
        aria-expanded={flat.length > 0}
        aria-controls="sd-options"
        aria-autocomplete="list"
        aria-activedescendant={flat[active] ? `sd-option-${active}` : undefined}
        placeholder={t('reply.search')}
        aria-label={t('reply.search')}
        value={query}
        onInput={(e) => search.search(e.currentTarget.value)}
        onKeyDown={onKey}
      />
      {flat.length === 0 && <p>{t('reply.noTemplates')}</p>}
      <div id="sd-options" role="listbox" aria-label={t('reply.templates')} ref={list}>
        {group(t('reply.suggested'), shown.suggested, 0, true)}
        {group(t('reply.others'), shown.others, shown.suggested.length, shown.suggested.length > 0)}
      </div>
    </>
  );
}
