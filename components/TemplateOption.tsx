import type { Locale, Translate } from '@/lib/i18n/translate';
import { renderTemplate, type TemplateValues } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/types';
import { localeNames } from '@/lib/i18n/locale-names';
import { textIn, titleOf } from './picker-text';

interface Props {
  tpl: Template;
  index: number;
  active: boolean;
  locale: Locale;
  lang: Locale;
  values: TemplateValues;
  t: Translate;
  onChoose: (tpl: Template) => void;
  onHover: (index: number) => void;
}

/**
 * One option of the listbox: title, the language it inserts in when not the chosen one, the filled-in preview
 * and the values still missing. Nothing interactive sits inside an option.
 */
export function TemplateOption({ tpl, index, active, locale, lang, values, t, onChoose, onHover }: Props) {
  const text = textIn(tpl, lang);
  const rendered = renderTemplate(text.value, values);
  return (
    <div
      id={`sd-option-${index}`}
      role="option"
      aria-selected={active}
      class={active ? 'option active' : 'option'}
      data-sd-action="choose"
      data-template-id={tpl.id}
      // The search box keeps the focus (and the arrows) when an option is clicked.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(tpl)}
      onMouseEnter={() => onHover(index)}
    >
      <span class="title">{titleOf(tpl, locale)}</span>
      {text.lang !== lang && (
        <span class="written" data-sd-written-in={text.lang}>
          {t('reply.writtenIn', { language: localeNames[text.lang] })}
        </span>
      )}
      <span class="preview">{rendered.text}</span>
      {rendered.missing.length > 0 && (
        <span class="missing">
          {t('reply.missing', { names: rendered.missing.map((m) => `{${m}}`).join(' ') })}
        </span>
      )}
    </div>
  );
}
