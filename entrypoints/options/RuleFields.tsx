import type { Translate } from '@/lib/i18n';
import { starterPenalty } from '@/lib/rules/penalty';
import type { Penalty, Rule } from '@/lib/rules/types';
import { requiredNumber } from '@/lib/values/number-text';
import { ChoiceField } from './ChoiceField';

/** Sets part of the rule being edited. */
type Change = (part: Partial<Rule>) => void;

/** The numbers each kind of penalty asks for, in the order they are shown. */
type PenaltyNumber = 'points' | 'weeklyCap' | 'amount' | 'percent' | 'min' | 'max';
const penaltyNumbers: Record<Penalty['kind'], readonly PenaltyNumber[]> = {
  none: [],
  points: ['points', 'weeklyCap'],
  cny: ['amount'],
  percent: ['percent', 'min', 'max'],
};

const penaltyKinds: Penalty['kind'][] = ['none', 'points', 'cny', 'percent'];

/** A number of the rule, not negative; `value` is what the field shows (the text as typed, or the number). */
function RuleNumberField(props: {
  label: string;
  field: string;
  value: string | number;
  placeholder?: string;
  onInput: (text: string) => void;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={0}
        step="any"
        value={props.value}
        data-field={props.field}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}

/** Who the rule covers, when its clock starts, its limit (text as typed: empty = the page's promise only). */
export function RuleTimingFields(props: {
  draft: Rule;
  limit: string;
  t: Translate;
  onChange: Change;
  onLimit: (text: string) => void;
}) {
  const { draft, t, onChange } = props;
  return (
    <>
      <ChoiceField
        label={t('options.rule.appliesTo')}
        value={draft.appliesTo}
        choices={[
          ['all', t('options.rule.all')],
          ['regular', t('options.rule.regular')],
          ['presale', t('options.rule.presale')],
        ]}
        onChange={(appliesTo) => onChange({ appliesTo })}
      />
      <ChoiceField
        label={t('options.rule.clockStart')}
        value={draft.clockStart}
        choices={[
          ['order', t('options.rule.clockOrder')],
          ['payment', t('options.rule.clockPayment')],
        ]}
        onChange={(clockStart) => onChange({ clockStart })}
      />
      <RuleNumberField
        label={t('options.rule.limitHours')}
        field="limitHours"
        value={props.limit}
        placeholder={t('options.pageOnly')}
        onInput={props.onLimit}
      />
      <label class="field check">
        <input
          type="checkbox"
          checked={draft.usePagePromise}
          onChange={(e) => onChange({ usePagePromise: e.currentTarget.checked })}
        />
        <span>{t('options.rule.usePagePromise')}</span>
      </label>
    </>
  );
}

/** The penalty's kind, then the numbers that kind asks for (a new kind starts from the platform's usual one). */
export function PenaltyFields(props: { draft: Rule; t: Translate; onChange: Change }) {
  const { draft, t } = props;
  const penalty = draft.penalty;
  const setPenalty = (next: Penalty) => props.onChange({ penalty: next });
  const numbers = penalty as unknown as Record<string, number>;
  return (
    <>
      <ChoiceField
        label={t('options.rule.penaltyKind')}
        value={penalty.kind}
        field="penaltyKind"
        choices={penaltyKinds.map((kind) => [kind, t(`options.rule.kind.${kind}`)])}
        onChange={(kind) => setPenalty(starterPenalty(kind, draft.platform))}
      />
      {penaltyNumbers[penalty.kind].map((key) => (
        <RuleNumberField
          key={key}
          label={t(`options.rule.${key}`)}
          field={key}
          value={Number.isFinite(numbers[key]) ? (numbers[key] as number) : ''}
          onInput={(text) => setPenalty({ ...penalty, [key]: requiredNumber(text) } as Penalty)}
        />
      ))}
    </>
  );
}
