import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { presetRules } from '@/lib/rules/presets';
import { quoteLang, ruleOrigin, ruleQuote, sourceText } from '@/lib/rules/source-text';
import type { Rule } from '@/lib/rules/types';
import { platforms } from '@/lib/platforms/types';
import { penaltyText } from './penalty-text';
import { RuleEditor } from './RuleEditor';
import { useKeptDraft } from './use-kept-draft';

interface Props {
  rules: Rule[];
  t: Translate;
  /** `base`: the rule as the editor loaded it; a rule changed elsewhere since is refused. */
  onSave: (rule: Rule, base: Rule) => Promise<Rule>;
  onToggle: (rule: Rule, enabled: boolean) => Promise<void>;
  onReset: (rule: Rule) => Promise<void>;
  /** Bumped by the page after a conflict: an open editor starts again from the stored version. */
  revision?: number;
}

function limitText(rule: Rule, t: Translate): string {
  if (rule.limitHours === null) return t('options.pageOnly');
  const computed = `${t('options.hours', { hours: rule.limitHours })} ${t('options.from', { from: t(`reason.from.${rule.clockStart}`) })}`;
  return rule.usePagePromise ? `${computed} · ${t('options.rule.pageWins')}` : computed;
}

/** Marks a number no platform help text states, next to the number itself. */
function EstimateTag({ part, t }: { part: 'limit' | 'penalty'; t: Translate }) {
  return (
    <span class="tag estimate" data-sd-estimate={part} title={t('rules.origin.estimateTitle')}>
      {t('rules.origin.estimate')}
    </span>
  );
}

/** The rule's limit and penalty, each labelled an estimate when no source states it. */
function RuleNumbers({ rule, t }: { rule: Rule; t: Translate }) {
  const estimate = ruleOrigin(rule) === 'estimate';
  return (
    <div>
      {limitText(rule, t)}
      {estimate && rule.limitHours !== null && <EstimateTag part="limit" t={t} />} ·{' '}
      {t('options.penaltyLabel')}
      <span class="nowrap" data-sd-rule-penalty>
        {penaltyText(rule.penalty, t)}
      </span>
      {estimate && rule.penalty.kind !== 'none' && <EstimateTag part="penalty" t={t} />}
    </div>
  );
}

/**
 * Whose rule this is: "your rule" once the merchant changed it, else the source in the merchant's language
 * with its confidence, and the source's own words (verbatim, in the source's language) one click away.
 */
function RuleOriginLine({ rule, t }: { rule: Rule; t: Translate }) {
  const origin = ruleOrigin(rule);
  const quote = ruleQuote(rule);
  const isPreset = presetRules.some((p) => p.id === rule.id);
  return (
    <>
      <div class="muted small" data-sd-rule-origin={origin}>
        {origin === 'yours' ? (
          isPreset ? (
            t('rules.origin.yoursDetail', { source: sourceText(rule, t) })
          ) : (
            `${t('rules.origin.yours')} — ${sourceText(rule, t)}`
          )
        ) : (
          <>
            {sourceText(rule, t)} —{' '}
            <span class={`confidence ${rule.confidence}`}>{t(`confidence.${rule.confidence}`)}</span>
          </>
        )}
      </div>
      {quote && (
        <details class="quote small" data-sd-quote={quote.file}>
          <summary>{t('rules.origin.quoteSummary')}</summary>
          <blockquote lang={quoteLang(quote)}>{quote.text}</blockquote>
          <div class="muted">{t('rules.origin.quoteFile', { file: quote.file })}</div>
        </details>
      )}
    </>
  );
}

/** Rules per platform: what each one says, where it comes from, and controls to change it. */
export function RulesSection({ rules, t, onSave, onToggle, onReset, revision = 0 }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  // A rule another tab saved first: the editor stays open on the newer version and offers this back.
  const kept = useKeptDraft<Rule>();
  const isPreset = (id: string) => presetRules.some((p) => p.id === id);
  return (
    <div class="rules">
      {platforms.map((platform) => {
        const list = rules.filter((r) => r.platform === platform).sort((a, b) => a.priority - b.priority);
        if (!list.length) return null;
        return (
          <section key={platform} class="platform-rules" aria-label={t(`platform.${platform}`)}>
            <h3>{t(`platform.${platform}`)}</h3>
            <ul>
              {list.map((rule) => (
                <li key={rule.id} data-rule-id={rule.id} class={rule.enabled ? 'rule' : 'rule off'}>
                  <div class="rule-summary">
                    <label class="toggle">
                      <input
                        type="checkbox"
                        checked={rule.enabled}
                        aria-label={t('options.ruleEnabled')}
                        onChange={(e) => void onToggle(rule, e.currentTarget.checked)}
                      />
                    </label>
                    <div class="rule-text">
                      <strong>{t(`rules.${rule.milestone}`)}</strong>
                      {rule.appliesTo !== 'all' && (
                        <span class="tag">{t(`options.rule.${rule.appliesTo}`)}</span>
                      )}
                      {rule.edited && <span class="tag edited">{t('options.rule.edited')}</span>}
                      <RuleNumbers rule={rule} t={t} />
                      <RuleOriginLine rule={rule} t={t} />
                    </div>
                    <div class="rule-actions">
                      <button
                        type="button"
                        data-action="edit-rule"
                        onClick={() => setEditing(editing === rule.id ? null : rule.id)}
                      >
                        {t('options.edit')}
                      </button>
                      {rule.edited && isPreset(rule.id) && (
                        <button type="button" data-action="reset-rule" onClick={() => void onReset(rule)}>
                          {t('options.rule.reset')}
                        </button>
                      )}
                    </div>
                  </div>
                  {editing === rule.id && (
                    <RuleEditor
                      key={`${rule.id}:${revision}`}
                      rule={rule}
                      t={t}
                      onCancel={() => {
                        setEditing(null);
                        kept.drop();
                      }}
                      onSave={async (r, base) => {
                        await kept.keepOnConflict(r, onSave(r, base));
                        kept.drop();
                        setEditing(null);
                      }}
                      {...kept.keptFor((k) => k.id === rule.id)}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
