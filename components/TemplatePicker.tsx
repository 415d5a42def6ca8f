import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale, Translate } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import type { ComplianceWords } from '@/lib/templates/compliance';
import type { TemplateValues } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/types';
import { TemplatePanel } from './TemplatePanel';
import { UndoControls } from './UndoControls';
import { useTemplateChoice } from './use-template-choice';
import { useTemplateSearch } from './use-template-search';
import { waitingTimer } from './waiting-timer';

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

/** The buyer's wait, red from the platform's limit. */
function WaitingTimer({ waiting, limit, t }: { waiting: number; limit: number | null; t: Translate }) {
  const view = waitingTimer(waiting, limit, t);
  return (
    <span class={view.className} data-sd-timer={waiting} title={view.title}>
      {view.text}
    </span>
  );
}

/**
 * Whether the list is open. Mounted on a first open (the picker's code loads on it), it is open in the very first
 * render, so a key pressed at once (Escape) finds the panel and its focus rather than a panel an effect opens a
 * frame later. Each later bump of `openSignal` (the keyboard shortcut) opens it again, back at the list.
 */
function useOpenState(openSignal: number, onOpen: (() => void) | undefined, backToList: () => void) {
  const [open, setOpen] = useState(openSignal > 0);
  const handled = useRef(openSignal);
  // The first open's chance to bring the order up to date.
  useEffect(() => {
    if (open) onOpen?.();
  }, []);
  useEffect(() => {
    if (openSignal === handled.current) return;
    handled.current = openSignal;
    onOpen?.();
    setOpen(true);
    backToList();
  }, [openSignal]);
  return [open, setOpen] as const;
}

/** Templates button, searchable list (suggested first, arrows + Enter), fill-in form and compliance check. */
export function TemplatePicker(props: Props) {
  const { values, locale, replyLocale = locale, platform, t, words, onInsert, onUndo, onOpen } = props;
  // The merchant's choice of reply language holds until the buyer's language (as detected) changes.
  const [chosen, setChosen] = useState<{ lang: Locale; for: Locale } | null>(null);
  const lang = chosen && chosen.for === replyLocale ? chosen.lang : replyLocale;
  const [open, setOpen] = useOpenState(props.openSignal, onOpen, () => setStage({ kind: 'list' }));
  const [askUndo, setAskUndo] = useState(false);
  const search = useTemplateSearch(props.suggested, props.others, locale, lang);
  const toggle = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const { stage, setStage, choose, finish } = useTemplateChoice({
    values,
    lang,
    words,
    platform,
    insert: (template, text) => {
      onInsert(text, template);
      setAskUndo(false);
      setOpen(false);
      setStage({ kind: 'list' });
    },
  });

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
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
      {props.waiting !== null && (
        <WaitingTimer waiting={props.waiting} limit={props.waitingLimit ?? null} t={t} />
      )}
      {props.canUndo && (
        <UndoControls
          t={t}
          asking={askUndo}
          onUndo={() => void Promise.resolve(onUndo()).then((r) => setAskUndo(r === 'ask'))}
          onConfirm={() => void Promise.resolve(onUndo(true)).then(() => setAskUndo(false))}
          onKeep={() => setAskUndo(false)}
        />
      )}
      {open && (
        <TemplatePanel
          {...{ bar, stage, search, locale, lang, values, t, onFinish: finish, onChoose: choose }}
          onLang={(l) => setChosen({ lang: l, for: replyLocale })}
          onBack={() => setStage({ kind: 'list' })}
        />
      )}
    </span>
  );
}
