import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/components/client';
import { uiLocale } from '@/components/locale';
import { pageCss } from '@/components/page-styles';
import { failureText } from '@/components/store-failure';
import { StoreNotice, storeNoticeCss } from '@/components/StoreNotice';
import type { StorageProblem } from '@/lib/store/health';
import { createTranslator, intlLocale, type Locale, type Translate } from '@/lib/i18n';
import type { Platform } from '@/lib/platforms/types';
import { riskLevels, summarize, type RiskItem, type Summary } from '@/lib/rules/summary';
import { formatWallClock } from '@/lib/time/china-time';
import { formatDuration } from '@/lib/time/format-duration';
import { popupCss } from './popup-styles';
import { WeekSection } from './WeekSection';
import { jdPickupScore, weeklyPenalties, type JdScore, type PlatformWeek } from '@/lib/rules/weekly';
import type { DelayReport } from '@/lib/reports/types';
import { storeErrorCode, type StoreErrorCode } from '@/lib/store/errors';
import type { PageZone } from '@/lib/time/zone';

const STALE_MS = 2 * 3_600_000;
/** Under a minute reads "just now" (刚刚), never "0 minutes ago". */
const JUST_NOW_MS = 60_000;

interface Loaded {
  summary: Summary;
  weeks: PlatformWeek[];
  score: JdScore;
  reports: DelayReport[];
  now: number;
  t: Translate;
  locale: Locale;
  zone: PageZone;
  /** A recent write the background could not make (a full disk): this list may be missing orders. */
  problem: StorageProblem | null;
}

type Failed = { error: string; code: StoreErrorCode | null };

function useSummary(): Loaded | Failed | null {
  const [state, setState] = useState<Loaded | Failed | null>(null);
  useEffect(() => {
    const load = () =>
      Promise.all([request('orders/list', {}), request('store/status', {}).catch(() => ({ problem: null }))])
        .then(([{ orders, rules, settings, reports }, { problem }]) => {
          const locale = uiLocale(settings);
          document.documentElement.lang = intlLocale(locale);
          const now = Date.now();
          setState({
            summary: summarize(orders, rules, settings, now, reports),
            weeks: weeklyPenalties(orders, rules, settings, reports, now),
            score: jdPickupScore(orders, rules, settings.pageTimeZone, now),
            reports,
            now,
            t: createTranslator(locale),
            locale,
            zone: settings.pageTimeZone,
            problem,
          });
        })
        // Settings could not be read either: the browser's language says what happened.
        .catch((e: unknown) =>
          setState({
            error: failureText(e, createTranslator(uiLocale({ locale: 'auto' }))),
            code: storeErrorCode(e),
          }),
        );
    void load();
    const timer = setInterval(load, 30_000);
    return () => clearInterval(timer);
  }, []);
  return state;
}

function OrderItem({ item, data }: { item: RiskItem; data: Loaded }) {
  const { t, locale, zone } = data;
  const { assessment: a, seen } = item;
  const time = formatDuration(a.remaining ?? 0, intlLocale(locale));
  return (
    <li class={`item ${a.level}`} data-sd-order={seen.key}>
      <a
        href={seen.url}
        title={`${t('popup.open')} — ${formatWallClock(a.deadline, zone)}`}
        onClick={(e) => {
          e.preventDefault();
          void browser.tabs.create({ url: seen.url });
        }}
      >
        <span class="sr-only">{t(`level.${a.level}`)}</span>
        <span class="id">
          <span class="number">{seen.order.id}</span>
          <span class="platform">{t(`platform.${seen.order.platform}`)}</span>
        </span>
        <span class="when">
          {(a.remaining ?? 0) > 0 ? t('overlay.left', { time }) : t('overlay.late', { time })}
        </span>
      </a>
    </li>
  );
}

function LastRead({ data }: { data: Loaded }) {
  const { t, locale, summary } = data;
  const now = Date.now();
  const entries = Object.entries(summary.lastRead) as [Platform, number][];
  return (
    <ul class="last-read">
      {entries.map(([platform, at]) => {
        const time = formatDuration(now - at, intlLocale(locale));
        const stale = now - at > STALE_MS;
        const text = stale
          ? t('popup.stale', { time })
          : now - at < JUST_NOW_MS
            ? t('popup.readJustNow')
            : t('popup.lastRead', { time });
        return (
          <li key={platform} class={stale ? 'stale' : ''} data-sd-last-read={platform}>
            {/* The colon is the language's own: full-width in Chinese. */}
            {t('popup.lastReadLine', { platform: t(`platform.${platform}`), text })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Painted at once, before the orders are counted (that waits for the background, which may be waking up):
 * the header and the four level boxes in their final places, so nothing jumps when the numbers arrive.
 */
function Shell() {
  const t = createTranslator(uiLocale({ locale: 'auto' }));
  return (
    <main aria-busy="true">
      <style>{pageCss + popupCss}</style>
      <header>
        <h1>{t('popup.title')}</h1>
      </header>
      <section class="counts">
        {riskLevels.map((level) => (
          <div class={`count ${level}`} key={level}>
            <strong>…</strong>
            <span>{t(`level.${level}`)}</span>
          </div>
        ))}
      </section>
    </main>
  );
}

export function Popup() {
  const data = useSummary();
  if (!data) return <Shell />;
  if ('error' in data)
    return (
      <main>
        <style>{pageCss + popupCss + storeNoticeCss}</style>
        <StoreNotice text={data.error} code={data.code} />
      </main>
    );
  const { t, summary } = data;
  const seenAny = Object.keys(summary.lastRead).length > 0;
  return (
    <main>
      <style>{pageCss + popupCss + storeNoticeCss}</style>
      {data.problem && <StoreNotice text={t(`storage.${data.problem.code}`)} code={data.problem.code} />}
      <header>
        <h1>{t('popup.title')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </header>
      <section class="counts">
        {riskLevels.map((level) => (
          <div class={`count ${level}`} key={level}>
            <strong data-sd-count={level}>{summary.counts[level]}</strong>
            <span>{t(`level.${level}`)}</span>
          </div>
        ))}
      </section>
      {seenAny ? (
        <>
          {summary.top.length > 0 && (
            <section>
              <h2>{t('popup.mostUrgent')}</h2>
              <ul class="top">
                {summary.top.map((item) => (
                  <OrderItem key={item.seen.key} item={item} data={data} />
                ))}
              </ul>
            </section>
          )}
          <WeekSection
            weeks={data.weeks}
            score={data.score}
            reports={data.reports}
            t={t}
            locale={data.locale}
            zone={data.zone}
            now={data.now}
          />
          <LastRead data={data} />
        </>
      ) : (
        <p class="empty">{t('popup.empty')}</p>
      )}
      <footer class="muted">{t('popup.privacy')}</footer>
    </main>
  );
}
