import { useState } from 'preact/hooks';
import { createTranslator, supportedLocales, type Locale, type Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import { nextSteps, reportFields, sourceQuotes } from '@/lib/reports/draft';
import { buyerNotice } from '@/lib/templates/buyer-notice';
import { platformHas } from '@/lib/reports/lifecycle';
import type { DelayReport } from '@/lib/reports/types';
import type { Template } from '@/lib/templates/types';
import { CopyButton } from './CopyButton';

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
  offsetMinutes: number;
}

/** What the helper prepares: the buyer notice, the report's fields with copy buttons, and the next steps. */
export function ReportOutput({ order, draft, template, t, offsetMinutes }: Props) {
  const [buyerLang, setBuyerLang] = useState<Locale>('zh_CN');
  // The platforms' report forms are Chinese whatever language the merchant reads.
  const fields = reportFields(order, draft, createTranslator('zh_CN'), offsetMinutes);
  const notice =
    draft.newShipTime !== undefined
      ? buyerNotice(
          order,
          draft.reason,
          draft.newShipTime,
          template,
          buyerLang,
          createTranslator(buyerLang),
          offsetMinutes,
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
            {fields.map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
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
        {sourceQuotes(order, draft).map((q) => (
          <details key={q.quote} data-sd-source={q.file}>
            <summary>{t('delay.source', { file: q.file })}</summary>
            <blockquote lang={q.lang}>{q.quote}</blockquote>
          </details>
        ))}
      </section>
    </div>
  );
}
