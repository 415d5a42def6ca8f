import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Rule } from '@/lib/rules/types';
import { RuleSchema } from '@/lib/store/schemas';
import { optionalNumber, optionalNumberText } from '@/lib/values/number-text';
import { KeptDraft } from './KeptDraft';
import { PenaltyFields, RuleTimingFields } from './RuleFields';
import { useCheckedSave } from './use-checked-save';

interface Props {
  rule: Rule;
  t: Translate;
  onSave: (rule: Rule, base: Rule) => Promise<void>;
  onCancel: () => void;
  /** The merchant's unsaved version, refused because another tab saved this rule first. */
  kept?: Rule;
  /** The kept version was put back or discarded. */
  onKept?: () => void;
}

/** Edits one rule: who it covers, when the clock starts, the limit and the penalty formula. */
export function RuleEditor({ rule, t, onSave, onCancel, kept, onKept }: Props) {
  const [draft, setDraft] = useState<Rule>(rule);
  // What this draft started from: the page may reload the list meanwhile, the draft does not follow.
  const [base] = useState<Rule>(rule);
  const [limit, setLimit] = useState(optionalNumberText(rule.limitHours));
  // The editor closes on success: only a refusal is said.
  const { message, setMessage, save } = useCheckedSave(t, { saidOnSuccess: false });
  const change = (part: Partial<Rule>) => setDraft({ ...draft, ...part });

  const submit = async (e: Event) => {
    e.preventDefault();
    // A ship window of 1 to 1440 hours, penalty numbers present and not negative.
    await save(RuleSchema, { ...draft, limitHours: optionalNumber(limit) }, (checked) =>
      onSave(checked, base),
    );
  };
  const putBack = (rule: Rule) => {
    // Saved over the newer version only when the merchant saves again: `base` is that version.
    setDraft({ ...rule });
    setLimit(optionalNumberText(rule.limitHours));
    setMessage('');
    onKept?.();
  };

  return (
    <form class="rule-editor" noValidate onSubmit={(e) => void submit(e)} data-rule-editor={rule.id}>
      {kept && (
        <KeptDraft
          t={t}
          message={t('options.rule.keptDraft')}
          onRestore={() => putBack(kept)}
          onDiscard={() => onKept?.()}
        />
      )}
      <RuleTimingFields draft={draft} limit={limit} t={t} onChange={change} onLimit={setLimit} />
      <PenaltyFields draft={draft} t={t} onChange={change} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('options.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options.cancel')}
        </button>
        <span role="alert" class="error-text">
          {message}
        </span>
      </div>
    </form>
  );
}
