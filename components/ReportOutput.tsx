import { useState } from 'preact/hooks';
import { createTranslator, supportedLocales, type Locale, type Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import { nextSteps, reportFields, sourceQuotes } from '@/lib/reports/draft';
import { buyerNotice } from '@/lib/templates/buyer-notice';
import { platformHas } from '@/lib/reports/lifecycle';
import type { DelayReport } from '@/lib/reports/types';
import type { Template } from '@/lib/templates/types';
import { CopyButton } from './CopyButton';
import type { PageZone } from '@/lib/time/zone';

const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  zh_CN: '简体中文',
  zh_TW: '繁體中文',
};

interface Props {
  order: Order;
  draft: DelayReport;
  template: Template | undefined;
  t: Translate;
  zone: PageZone;
}

/** The passages the steps rest on, one expander per source file (two passages of one file are one source). */
function bySourceFile<Q extends { file: string }>(quotes: readonly Q[]): [string, Q[]][] {
  const files = new Map<string, Q[]>();
  for (const q of quotes) files.set(q.file, [...(files.get(q.file) ?? []), q]);
  return [...files];
}

/** What the helper prepares: the buyer notice, the report's fields with copy buttons, and the next steps. */
export function ReportOutput({ order, draft, template, t, zone }: Props) {
  const [buyerLang, setBuyerLang] = useState<Locale>('zh_CN');
  // The platforms' report forms are Chinese whatever language the merchant reads.
  const fields = reportFields(order, draft, createTranslator('zh_CN'), zone);
  // The labels explaining them are in the merchant's language, with the form's own word beside it
  // ("Order number (订单号)"); the values to copy stay Chinese.
  const shownLabels = reportFields(order, draft, t, zone).map((f, i) => {
    const form = fields[i]?.label ?? '';
    return f.label === form ? form : `${f.label} (${form})`;
  });
  const notice =
    draft.newShipTime !== undefined
      ? buyerNotice(
          order,
          draft.reason,
          draft.newShipTime,
          template,
          buyerLang,
          createTranslator(buyerLang),
          zone,
          draft.coupon,
        )
      : '';
  const hasReportForm = platformHas(order.platform, 'emergency');
  const all = fields.map((f) => `${f.label}：${f.value}`).join('\n');
  return (
    <div class="output">
      {notice && (
        <section>
          <h4>
            {t('delay.notice')}{' '}
            <select
              aria-label={t('delay.buyerLanguage')}
              value={buyerLang}
              onChange={(e) => setBuyerLang(e.currentTarget.value as Locale)}
            >
              {supportedLocales.map((l) => (
                <option key={l} value={l}>
                  {localeNames[l]}
                </option>
              ))}
            </select>
          </h4>
          <p class="notice-text" data-sd-notice-text>
            {notice}
          </p>
          <CopyButton text={notice} t={t} />
        </section>
      )}
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
