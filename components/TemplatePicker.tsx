import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { supportedLocales, type Locale, type Translate } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { checkCompliance, type ComplianceHit, type ComplianceWords } from '@/lib/templates/compliance';
import { renderTemplate, type TemplateValues } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/types';
import { ComplianceWarning } from './ComplianceWarning';
import { inLanguage } from '@/lib/templates/language';
import { fixedPanel, type FixedPanel } from './panel-placement';
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

/** The text in the reply language, else in the language the merchant wrote it in (with that language). */
const textIn = (tpl: Template, locale: Locale) => inLanguage(tpl.text, locale) ?? { value: '', lang: locale };
const textOf = (tpl: Template, locale: Locale) => textIn(tpl, locale).value;
/** Short names for the language switch (each in its own language, as language pickers show them). */
const langLabel: Record<Locale, string> = { zh_CN: '简', zh_TW: '繁', en: 'EN', es: 'ES' };
const langName: Record<Locale, string> = {
  zh_CN: '简体中文',
  zh_TW: '繁體中文',
  en: 'English',
  es: 'Español',
};
// A template written in one language keeps its own title in the others: never its internal id.
const titleOf = (tpl: Template, locale: Locale) =>
  inLanguage(tpl.title, locale)?.value ?? inLanguage(tpl.text, locale)?.value.slice(0, 24) ?? tpl.id;
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
  const toggle = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<FixedPanel | null>(null);
  // The panel lives in the top layer (a manual popover): no overflow:auto chat column, z-index or transform of
  // the page can clip or cover it. Placed in window coordinates from the button, measured again when the window
  // changes size or any container scrolls, so it stays whole on screen and beside its button.
  useLayoutEffect(() => {
    if (!open) return undefined;
    const el = panel.current;
    try {
      if (el && typeof el.showPopover === 'function' && !el.matches(':popover-open')) el.showPopover();
    } catch {
      // No popover support (an old browser): the panel is still fixed to the window, above the page's layers.
    }
    const measure = () => {
      const r = bar.current?.getBoundingClientRect();
      if (r)
        setPlace(
          fixedPanel(
            r,
            { width: window.innerWidth, height: window.innerHeight },
            { width: 380, maxHeight: 360 },
          ),
        );
    };
    measure();
    window.addEventListener('resize', measure);
    window.addEventListener('scroll', measure, { capture: true, passive: true });
    return () => {
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, { capture: true });
    };
  }, [open]);

  useEffect(() => {
    if (openSignal > 0) {
      onOpen?.();
      setOpen(true);
      setStage({ kind: 'list' });
    }
  }, [openSignal]);
  // autofocus does not reach into a shadow root: the search box takes focus as the list opens, before the next
  // frame, so the first key the merchant types (or Escape) reaches it.
  useLayoutEffect(() => {
    if (open && stage.kind === 'list') search.current?.focus();
  }, [open, stage.kind]);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

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
    if (e.key === 'ArrowDown') setActive(Math.min(active + 1, flat.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
    else if (e.key === 'Enter' && flat[active]) choose(flat[active]);
    else return;
    e.preventDefault();
  };

  // The active option follows the arrows into view.
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  // A listbox of options (the search box is its combobox): screen readers announce the active one as the arrows
  // move, and nothing interactive sits inside an option.
  const item = (tpl: Template, index: number) => {
    const text = textIn(tpl, lang);
    const rendered = renderTemplate(text.value, values);
    return (
      <div
        key={tpl.id}
        id={`sd-option-${index}`}
        role="option"
        aria-selected={index === active}
        class={index === active ? 'option active' : 'option'}
        data-sd-action="choose"
        data-template-id={tpl.id}
        // The search box keeps the focus (and the arrows) when an option is clicked.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => choose(tpl)}
        onMouseEnter={() => setActive(index)}
      >
        <span class="title">{titleOf(tpl, locale)}</span>
        {text.lang !== lang && (
          <span class="written" data-sd-written-in={text.lang}>
            {t('reply.writtenIn', { language: langName[text.lang] })}
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
  };

  return (
    <span
      class="bar"
      ref={bar}
      // Escape closes the panel wherever the focus is in it (or on its button), at once.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        e.stopPropagation();
        close();
      }}
    >
      <button
        ref={toggle}
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
          ref={panel}
          popover="manual"
          class="panel"
          role="dialog"
          aria-label={t('reply.templates')}
          data-sd-reply-lang={lang}
          data-sd-below={place?.top !== undefined ? '' : undefined}
          style={
            place
              ? {
                  left: `${place.left}px`,
                  width: `${place.width}px`,
                  maxHeight: `${place.maxHeight}px`,
                  top: place.top === undefined ? 'auto' : `${place.top}px`,
                  bottom: place.bottom === undefined ? 'auto' : `${place.bottom}px`,
                }
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
                role="combobox"
                aria-expanded={flat.length > 0}
                aria-controls="sd-options"
                aria-autocomplete="list"
                aria-activedescendant={flat[active] ? `sd-option-${active}` : undefined}
                placeholder={t('reply.search')}
                aria-label={t('reply.search')}
                value={query}
                onInput={(e) => {
                  setQuery(e.currentTarget.value);
                  setActive(0);
                }}
                onKeyDown={onKey}
              />
              {flat.length === 0 && <p>{t('reply.noTemplates')}</p>}
              <div id="sd-options" role="listbox" aria-label={t('reply.templates')} ref={list}>
                {shown.suggested.length > 0 && (
                  <div role="group" aria-label={t('reply.suggested')}>
                    <div class="group" aria-hidden="true">
                      {t('reply.suggested')}
                    </div>
                    {shown.suggested.map((tpl, i) => item(tpl, i))}
                  </div>
                )}
                {shown.others.length > 0 && (
                  <div role="group" aria-label={t('reply.others')}>
                    {shown.suggested.length > 0 && (
                      <div class="group" aria-hidden="true">
                        {t('reply.others')}
                      </div>
                    )}
                    {shown.others.map((tpl, i) => item(tpl, i + shown.suggested.length))}
                  </div>
                )}
              </div>
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
