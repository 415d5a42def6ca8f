import { createTranslator } from '@/lib/i18n/translate';
import { nextSteps, reportFields, sourceQuotes } from '@/lib/reports/draft';
import { platformHas } from '@/lib/reports/lifecycle';
import { BuyerNotice, type DraftTextProps } from './BuyerNotice';
import { CopyButton } from './CopyButton';

/** The passages the steps rest on, one expander per source file (two passages of one file are one source). */
function bySourceFile<Q extends { file: string }>(quotes: readonly Q[]): [string, Q[]][] {
  const files = new Map<string, Q[]>();
  for (const q of quotes) files.set(q.file, [...(files.get(q.file) ?? []), q]);
  return [...files];
}

/** What the helper prepares: the buyer notice, the report's fields with copy buttons, and the next steps. */
export function ReportOutput({ order, draft, template, t, zone }: DraftTextProps) {
  // The platforms' report forms are Chinese whatever language the merchant reads.
  const fields = reportFields(order, draft, createTranslator('zh_CN'), zone);
  // The labels explaining them are in the merchant's language, with the form's own word beside it
  // ("Order number (订单号)"); the values to copy stay Chinese.
  const shownLabels = reportFields(order, draft, t, zone).map((f, i) => {
    const form = fields[i]?.label ?? '';
    return f.label === form ? form : `${f.label} (${form})`;
  });
  const hasReportForm = platformHas(order.platform, 'emergency');
  const all = fields.map((f) => `${f.label}：${f.value}`).join('\n');
  return (
    <div class="output">
      <BuyerNotice order={order} draft={draft} template={template} t={t} zone={zone} />
      {/* Only JD has a delay-report form; on PDD, Taobao and Douyin the helper prepares the notice only. */}
      {hasReportForm && (
        <section>
          <h4>
            {t('delay.reportText')} <CopyButton text={all} t={t} label={t('delay.copyAll')} />
          </h4>
          <dl class="fields" data-sd-report-fields>
            {fields.map((f, i) => (
              <div key={f.label}>
                <dt>{shownLabels[i]}</dt>
                <dd>
                  <span>{f.value}</span> <CopyButton text={f.value} t={t} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section>
        <h4>{t('delay.nextSteps')}</h4>
        <ol class="steps">
          {nextSteps(order, draft.reason).map((s) => (
            <li key={s.key} data-sd-step={s.key}>
              {t(`delay.step.${s.key}`, s.params)}
            </li>
          ))}
        </ol>
        {bySourceFile(sourceQuotes(order, draft)).map(([file, quotes]) => (
          <details key={file} data-sd-source={file}>
            <summary>{t('delay.source', { file })}</summary>
            {quotes.map((q) => (
              <blockquote key={q.quote} lang={q.lang}>
                {q.quote}
              </blockquote>
            ))}
          </details>
        ))}
      </section>
    </div>
  );
}
