import type { Translate } from '@/lib/i18n';
import type { Penalty, Rule } from '@/lib/rules/types';

function penaltyText(p: Penalty, t: Translate): string {
  switch (p.kind) {
    case 'none':
      return t('penalty.none');
    case 'points':
      return t('penalty.points', { points: p.points, cap: p.weeklyCap });
    case 'cny':
      return t('penalty.cny', { amount: p.amount.toFixed(2) });
    case 'percent':
      return t('penalty.percent', { percent: p.percent, min: p.min, max: p.max });
  }
}

interface Props {
  rules: Rule[];
  t: Translate;
  onToggle: (rule: Rule, enabled: boolean) => void;
}

/** Every rule with its limit, clock start, penalty, source and confidence; each can be switched off. */
export function RulesTable({ rules, t, onToggle }: Props) {
  const sorted = [...rules].sort((a, b) => a.platform.localeCompare(b.platform) || a.priority - b.priority);
  return (
    <table class="rules">
      <thead>
        <tr>
          <th scope="col">{t('options.ruleEnabled')}</th>
          <th scope="col">{t('options.limit')}</th>
          <th scope="col">{t('options.penalty')}</th>
          <th scope="col">{t('options.source')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((rule) => (
          <tr key={rule.id} data-rule-id={rule.id} class={rule.enabled ? '' : 'off'}>
            <td>
              <label>
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  onChange={(e) => onToggle(rule, e.currentTarget.checked)}
                />{' '}
                <strong>{t(`platform.${rule.platform}`)}</strong> <code>{rule.id}</code>
              </label>
            </td>
            <td>
              {rule.limitHours === null
                ? t('options.pageOnly')
                : `${t('options.hours', { hours: rule.limitHours })} ${t('options.from', { from: t(`reason.from.${rule.clockStart}`) })}`}
            </td>
            <td>{penaltyText(rule.penalty, t)}</td>
            <td>
              <span>{rule.source}</span>
              <br />
              <span class={`confidence ${rule.confidence}`}>{t(`confidence.${rule.confidence}`)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
