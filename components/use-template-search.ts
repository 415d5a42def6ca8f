import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '@/lib/i18n/translate';
import type { Template } from '@/lib/templates/types';
import { textOf, titleOf } from './picker-text';

/**
 * The search over the templates (title in the merchant's language, text in the reply language) and the active
 * option the arrows move; kept while the merchant fills in a template and comes back to the list.
 */
export function useTemplateSearch(suggested: Template[], others: Template[], locale: Locale, lang: Locale) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const q = query.trim().toLowerCase();
  const shown = useMemo(() => {
    const match = (tpl: Template) =>
      !q || titleOf(tpl, locale).toLowerCase().includes(q) || textOf(tpl, lang).toLowerCase().includes(q);
    return { suggested: suggested.filter(match), others: others.filter(match) };
  }, [suggested, others, q, locale, lang]);
  const flat = [...shown.suggested, ...shown.others];
  const search = (next: string) => {
    setQuery(next);
    setActive(0);
  };
  return { query, search, active, setActive, shown, flat };
}

export type TemplateSearch = ReturnType<typeof useTemplateSearch>;
