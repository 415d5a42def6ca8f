import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { supportedLocales, type Locale, type Translate } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { checkCompliance, type ComplianceHit, type ComplianceWords } from '@/lib/templates/compliance';
import { renderTemplate, type TemplateValues } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/types';
import { ComplianceWarning } from './ComplianceWarning';
import { placePanel, type PanelPlacement } from './panel-placement';
import { PlaceholderForm } from './PlaceholderForm';

interface Props {
  suggested: Template[];
  others: Template[];
  values: TemplateValues;
  /** The merchant's UI language: titles, buttons. */
  locale: Locale;
  /** The language the reply is written in (the buyer's); the merchant can switch it in one click. */
  replyLocale?: Locale;
  /** Where the reply goes: what the platform requires there is never flagged as a risky word. */
  platform?: Platform;
  t: Translate;
  words: ComplianceWords;
  onInsert: (text: string, template: Template) => void;
  /** Takes the last template out; `ask`: it was edited since, and Undo needs the merchant's yes (`force`). */
  onUndo: (force?: boolean) => Promise<'done' | 'ask' | 'failed'> | void;
  canUndo: boolean;
  /** Bumped by the keyboard shortcut: opens the picker. */
  openSignal: number;
  /** Seconds since the buyer's last unanswered message, when this is a chat. */
  waiting: number | null;
  /** Seconds after which the wait shows red (JD's 30-second response rate); null: the wait without a limit. */
  waitingLimit?: number | null;
  /** The list is about to open: a chance to bring the order's details up to date. */
  onOpen?: () => void;
}

type Stage =
  | { kind: 'list' }
  | { kind: 'fill'; template: Template; text: string; missing: string[] }
  | { kind: 'confirm'; template: Template; text: string; hits: ComplianceHit[] };

const textOf = (tpl: Template, locale: Locale) => tpl.text[locale] ?? tpl.text.zh_CN ?? tpl.text.en ?? '';
/** Short names for the language switch (each in its own language, as language pickers show them). */
const langLabel: Record<Locale, string> = { zh_CN: '简', zh_TW: '繁', en: 'EN', es: 'ES' };
const langName: Record<Locale, string> = {
  zh_CN: '简体中文',
  zh_TW: '繁體中文',
  en: 'English',
  es: 'Español',
};
const titleOf = (tpl: Template, locale: Locale) => tpl.title[locale] ?? tpl.title.zh_CN ?? tpl.id;
const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** Templates button, searchable list (suggested first, arrows + Enter), fill-in form and compliance check. */
export function TemplatePicker(props: Props) {
  const {
    suggested,
    others,
    values,
    locale,
    replyLocale = locale,
    platform,
    t,
    words,
    onInsert,
    onUndo,
    canUndo,
    openSignal,
    waiting,
    waitingLimit = null,
    onOpen,
  } = props;
  // The merchant's choice of reply language holds until the buyer's language (as detected) changes.
  const [chosen, setChosen] = useState<{ lang: Locale; for: Locale } | null>(null);
  const lang = chosen && chosen.for === replyLocale ? chosen.lang : replyLocale;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [stage, setStage] = useState<Stage>({ kind: 'list' });
  const [askUndo, setAskUndo] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const [place, setPlace] = useState<PanelPlacement | null>(null);
  // Measured when the panel opens and when the window changes size: it stays whole on screen.
  useLayoutEffect(() => {
    if (!open) return undefined;
    const measure = () => {
      const r = bar.current?.getBoundingClientRect();
      if (r)
        setPlace(
          placePanel(
            r,
            { width: window.innerWidth, height: window.innerHeight },
            { width: 380, maxHeight: 360 },
          ),
        );
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [open]);

  useEffect(() => {
    if (openSignal > 0) {
      onOpen?.();
      setOpen(true);
      setStage({ kind: 'list' });
    }
  }, [openSignal]);
  // autofocus does not reach into a shadow root: focus the search box whenever the list opens.
  useEffect(() => {
    if (open && stage.kind === 'list') requestAnimationFrame(() => search.current?.focus());
  }, [open, stage.kind]);

  const q = query.trim().toLowerCase();
  const shown = useMemo(() => {
    const match = (tpl: Template) =>
      !q || titleOf(tpl, locale).toLowerCase().includes(q) || textOf(tpl, lang).toLowerCase().includes(q);
    return { suggested: suggested.filter(match), others: others.filter(match) };
  }, [suggested, others, q, locale, lang]);
  const flat = [...shown.suggested, ...shown.others];

  const finish = (template: Template, text: string) => {
    const hits = checkCompliance(text, words, { platform, situation: template.situation });
    if (hits.length) return setStage({ kind: 'confirm', template, text, hits });
    onInsert(text, template);
    setAskUndo(false);
    setOpen(false);
    setStage({ kind: 'list' });
  };
  const choose = (template: Template) => {
    const text = textOf(template, lang);
    const rendered = renderTemplate(text, values);
    if (rendered.missing.length) return setStage({ kind: 'fill', template, text, missing: rendered.missing });
    finish(template, rendered.text);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'ArrowDown') setActive(Math.min(active + 1, flat.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
    else if (e.key === 'Enter' && flat[active]) choose(flat[active]);
    else return;
    e.preventDefault();
  };

  const item = (tpl: Template, index: number) => {
    const rendered = renderTemplate(textOf(tpl, lang), values);
    return (
      <li key={tpl.id} role="option" aria-selected={index === active}>
        <button
          type="button"
          class={index === active ? 'active' : ''}
          data-sd-action="choose"
          data-template-id={tpl.id}
          onClick={() => choose(tpl)}
          onMouseEnter={() => setActive(index)}
        >
          <span class="title">{titleOf(tpl, locale)}</span>
          <span class="preview">{rendered.text}</span>
          {rendered.missing.length > 0 && (
            <span class="missing">
              {t('reply.missing', { names: rendered.missing.map((m) => `{${m}}`).join(' ') })}
            </span>
          )}
        </button>
      </li>
    );
  };

  return (
    <span class="bar" ref={bar}>
      <button
        type="button"
        class="toggle"
        data-sd-action="templates"
        aria-expanded={open}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {t('reply.templates')}
      </button>
      {waiting !== null && (
        <span
          class={waitingLimit !== null && waiting >= waitingLimit ? 'timer late' : 'timer'}
          data-sd-timer={waiting}
          title={
            waitingLimit !== null
              ? t('reply.waitingLimitTitle', { seconds: waitingLimit })
              : t('reply.waitingNoLimitTitle')
          }
        >
          {t('reply.waiting', { time: clock(waiting) })}
        </span>
      )}
      {canUndo && !askUndo && (
        <button
          type="button"
          class="undo"
          data-sd-action="undo"
          onClick={() => void Promise.resolve(onUndo()).then((r) => setAskUndo(r === 'ask'))}
        >
          {t('reply.undo')}
        </button>
      )}
      {canUndo && askUndo && (
        <span class="undo-ask" role="alertdialog" aria-label={t('reply.undo')} data-sd-undo-ask="">
          {t('reply.undoEdited')}
          <button
            type="button"
            data-sd-action="undo-confirm"
            onClick={() => void Promise.resolve(onUndo(true)).then(() => setAskUndo(false))}
          >
            {t('reply.undoAnyway')}
          </button>
          <button type="button" data-sd-action="undo-cancel" onClick={() => setAskUndo(false)}>
            {t('reply.undoKeep')}
          </button>
        </span>
      )}
      {open && (
        <div
          class={place?.below ? 'panel below' : 'panel'}
          role="dialog"
          aria-label={t('reply.templates')}
          data-sd-reply-lang={lang}
          style={
            place
              ? { left: `${place.left}px`, width: `${place.width}px`, maxHeight: `${place.maxHeight}px` }
              : undefined
          }
        >
          {stage.kind === 'list' && (
            <>
              <div class="langs" role="group" aria-label={t('reply.replyLanguage')}>
                <span>{t('reply.insertsIn', { language: langName[lang] })}</span>
                {supportedLocales.map((l) => (
                  <button
                    type="button"
                    key={l}
                    class={l === lang ? 'lang on' : 'lang'}
                    aria-pressed={l === lang}
                    title={langName[l]}
                    data-sd-lang={l}
                    onClick={() => setChosen({ lang: l, for: replyLocale })}
                  >
                    {langLabel[l]}
                  </button>
                ))}
              </div>
              <input
                ref={search}
                type="search"
                placeholder={t('reply.search')}
                aria-label={t('reply.search')}
                value={query}
                onInput={(e) => {
                  setQuery(e.currentTarget.value);
                  setActive(0);
                }}
                onKeyDown={onKey}
                autoFocus
              />
              {flat.length === 0 && <p>{t('reply.noTemplates')}</p>}
              <ul role="listbox" aria-label={t('reply.templates')}>
                {shown.suggested.length > 0 && <li class="group">{t('reply.suggested')}</li>}
                {shown.suggested.map((tpl, i) => item(tpl, i))}
                {shown.suggested.length > 0 && shown.others.length > 0 && (
                  <li class="group">{t('reply.others')}</li>
                )}
                {shown.others.map((tpl, i) => item(tpl, i + shown.suggested.length))}
              </ul>
            </>
          )}
          {stage.kind === 'fill' && (
            <PlaceholderForm
              missing={stage.missing}
              t={t}
              onBack={() => setStage({ kind: 'list' })}
              onDone={(extra) =>
                finish(stage.template, renderTemplate(stage.text, { ...values, ...extra }).text)
              }
            />
          )}
          {stage.kind === 'confirm' && (
            <ComplianceWarning
              hits={stage.hits}
              t={t}
              onBack={() => setStage({ kind: 'list' })}
              onInsert={() => {
                onInsert(stage.text, stage.template);
                setAskUndo(false);
                setOpen(false);
                setStage({ kind: 'list' });
              }}
            />
          )}
        </div>
      )}
    </span>
  );
}
