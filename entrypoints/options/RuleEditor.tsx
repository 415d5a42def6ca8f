import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { starterPenalty } from '@/lib/rules/penalty';
import type { Penalty, Rule } from '@/lib/rules/types';
import { invalidText } from '@/lib/store/invalid-text';
import { RuleSchema } from '@/lib/store/schemas';
import { validate } from '@/lib/store/validate';
import { KeptDraft } from './KeptDraft';

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

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

/** Edits one rule: who it covers, when the clock starts, the limit and the penalty formula. */
export function RuleEditor({ rule, t, onSave, onCancel, kept, onKept }: Props) {
  const [draft, setDraft] = useState<Rule>(rule);
  // What this draft started from: the page may reload the list meanwhile, the draft does not follow.
  const [base] = useState<Rule>(rule);
  const [limit, setLimit] = useState(rule.limitHours === null ? '' : String(rule.limitHours));
  const [error, setError] = useState('');
  const p = draft.penalty;
  const setPenalty = (penalty: Penalty) => setDraft({ ...draft, penalty });
  const field = (key: string, value: number, onInput: (n: number) => void, label: string) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step="any"
        value={Number.isFinite(value) ? value : ''}
        data-field={key}
        onInput={(e) => onInput(num(e.currentTarget.value))}
      />
    </label>
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    const limitHours = limit.trim() === '' ? null : num(limit);
    // The same schema the background and a backup import check (lib/store/schemas.ts): a ship window of
    // 1 to 1440 hours, penalty numbers present and not negative.
    const checked = validate(RuleSchema, { ...draft, limitHours });
    if (!checked.ok) {
      setError(invalidText(checked.invalid, t));
      return;
    }
    try {
      await onSave(checked.value, base);
    } catch {
      // The page states what happened at the top; the draft stays for another try.
      setError(t('storage.notSaved'));
    }
  };

  return (
    <form class="rule-editor" noValidate onSubmit={(e) => void submit(e)} data-rule-editor={rule.id}>
      {kept && (
        <KeptDraft
          t={t}
          message={t('options.rule.keptDraft')}
          onRestore={() => {
            // Saved over the newer version only when the merchant saves again: `base` is that version.
            setDraft({ ...kept });
            setLimit(kept.limitHours === null ? '' : String(kept.limitHours));
            setError('');
            onKept?.();
          }}
          onDiscard={() => onKept?.()}
        />
      )}
      <label class="field">
        <span>{t('options.rule.appliesTo')}</span>
        <select
          value={draft.appliesTo}
          onChange={(e) => setDraft({ ...draft, appliesTo: e.currentTarget.value as Rule['appliesTo'] })}
        >
          <option value="all">{t('options.rule.all')}</option>
          <option value="regular">{t('options.rule.regular')}</option>
          <option value="presale">{t('options.rule.presale')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('options.rule.clockStart')}</span>
        <select
          value={draft.clockStart}
          onChange={(e) => setDraft({ ...draft, clockStart: e.currentTarget.value as Rule['clockStart'] })}
        >
          <option value="order">{t('options.rule.clockOrder')}</option>
          <option value="payment">{t('options.rule.clockPayment')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('options.rule.limitHours')}</span>
        <input
          type="number"
          min={0}
          step="any"
          value={limit}
          data-field="limitHours"
          placeholder={t('options.pageOnly')}
          onInput={(e) => setLimit(e.currentTarget.value)}
        />
      </label>
      <label class="field check">
        <input
          type="checkbox"
          checked={draft.usePagePromise}
          onChange={(e) => setDraft({ ...draft, usePagePromise: e.currentTarget.checked })}
        />
        <span>{t('options.rule.usePagePromise')}</span>
      </label>
      <label class="field">
        <span>{t('options.rule.penaltyKind')}</span>
        <select
          value={p.kind}
          data-field="penaltyKind"
          onChange={(e) => {
            const kind = e.currentTarget.value as Penalty['kind'];
            setPenalty(starterPenalty(kind, draft.platform));
          }}
        >
          <option value="none">{t('options.rule.kind.none')}</option>
          <option value="points">{t('options.rule.kind.points')}</option>
          <option value="cny">{t('options.rule.kind.cny')}</option>
          <option value="percent">{t('options.rule.kind.percent')}</option>
        </select>
      </label>
      {p.kind === 'points' && (
        <>
          {field('points', p.points, (n) => setPenalty({ ...p, points: n }), t('options.rule.points'))}
          {field(
            'weeklyCap',
            p.weeklyCap,
            (n) => setPenalty({ ...p, weeklyCap: n }),
            t('options.rule.weeklyCap'),
          )}
        </>
      )}
      {p.kind === 'cny' &&
        field('amount', p.amount, (n) => setPenalty({ ...p, amount: n }), t('options.rule.amount'))}
      {p.kind === 'percent' && (
        <>
          {field('percent', p.percent, (n) => setPenalty({ ...p, percent: n }), t('options.rule.percent'))}
          {field('min', p.min, (n) => setPenalty({ ...p, min: n }), t('options.rule.min'))}
          {field('max', p.max, (n) => setPenalty({ ...p, max: n }), t('options.rule.max'))}
        </>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('options.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options.cancel')}
        </button>
        <span role="alert" class="error-text">
          {error}
        </span>
      </div>
    </form>
  );
}
