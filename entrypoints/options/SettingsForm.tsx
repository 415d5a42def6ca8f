import { useState } from 'preact/hooks';
import { supportedLocales, type Translate } from '@/lib/i18n';
import { featureNames, settingLimits, type Settings } from '@/lib/settings';
import { diffSettings, type SettingsPatch } from '@/lib/settings/patch';
import { storeErrorCode } from '@/lib/store/errors';
import { invalidText } from '@/lib/store/invalid-text';
import { SettingsSchema } from '@/lib/store/schemas';
import { validate } from '@/lib/store/validate';

interface Props {
  settings: Settings;
  t: Translate;
  /** Only what the merchant changed, and the settings it was changed from (for conflicts). */
  onSave: (patch: SettingsPatch, base: Settings) => Promise<Settings>;
  /** What the merchant changed when another tab saved the settings first (the form then starts again). */
  onConflict?: (kept: KeptSettings) => void;
  /** That change, offered back on the newer settings. */
  kept?: KeptSettings | null;
  onKept?: () => void;
}

/** Only the fields the merchant changed: put back over the newer settings, the other tab's changes stay. */
export interface KeptSettings {
  fields: Record<string, string>;
  locale?: Settings['locale'];
  features?: Partial<Settings['features']>;
}

import { localeNames } from './TemplateEditor';
import type { AfterSalesType } from '@/lib/aftersales/classify';
import { KeptDraft } from './KeptDraft';
import { NumberField } from './NumberField';
import { PageTimeField, pageOffsetMinutesOf, pageTimeDraft, pageZoneName } from './PageTimeField';

const afterSalesTypes: AfterSalesType[] = ['refund-only', 'return', 'exchange', 'repair', 'reissue'];

/** The form's text fields for some settings. */
const draftOf = (settings: Settings): Record<string, string> => ({
  urgentHours: String(settings.urgentHours),
  soonHours: String(settings.soonHours),
  ...pageTimeDraft(settings),
  jdPickupRate: settings.jdPickupRate === null ? '' : String(settings.jdPickupRate),
  notifyLeadMinutes: String(settings.notifyLeadMinutes),
  quietFrom: settings.quietHours ? String(settings.quietHours.from) : '',
  quietTo: settings.quietHours ? String(settings.quietHours.to) : '',
  absolute: settings.complianceWords.absolute.join(', '),
  reviews: settings.complianceWords.reviews.join(', '),
  offPlatform: settings.complianceWords.offPlatform.join(', '),
  ...Object.fromEntries(
    afterSalesTypes.map((type) => [`as-${type}`, settings.afterSalesKeywords[type].join(', ')]),
  ),
});

/** Language, page time zone, level thresholds and the JD pickup rate; validated before saving. */
export function SettingsForm({ settings, t, onSave, onConflict, kept, onKept }: Props) {
  const [draft, setDraft] = useState<Record<string, string>>(() => draftOf(settings));
  const [locale, setLocale] = useState(settings.locale);
  const [features, setFeatures] = useState(settings.features);
  const [message, setMessage] = useState('');
  // What the form started from (then what it last saved): only fields changed since are sent, so a
  // save here never puts back a setting another tab changed meanwhile.
  const [base, setBase] = useState(settings);

  // A number as typed: empty is `null` where the setting may be empty, else not a number (the schema says so).
  const num = (key: string, optional = false): number | null => {
    const raw = (draft[key] ?? '').trim();
    if (raw === '') return optional ? null : NaN;
    return Number(raw);
  };

  const words = (key: string) =>
    (draft[key] ?? '')
      .split(/[,，、\n]/)
      .map((w) => w.trim())
      .filter(Boolean)
      .slice(0, 300);

  const submit = async (e: Event) => {
    e.preventDefault();
    const quietFrom = num('quietFrom', true);
    const quietTo = num('quietTo', true);
    // Half a quiet period would be dropped without a word.
    if ((quietFrom === null) !== (quietTo === null)) return setMessage(t('options.quietBoth'));
    const draftSettings: Settings = {
      ...base,
      locale,
      urgentHours: num('urgentHours') as number,
      soonHours: num('soonHours') as number,
      pageOffsetMinutes: pageOffsetMinutesOf(num('offsetHours') as number),
      jdPickupRate: num('jdPickupRate', true),
      features,
      notifyLeadMinutes: Math.round(num('notifyLeadMinutes') as number),
      complianceWords: {
        absolute: words('absolute'),
        reviews: words('reviews'),
        offPlatform: words('offPlatform'),
      },
      quietHours:
        quietFrom === null || quietTo === null
          ? null
          : { from: Math.round(quietFrom), to: Math.round(quietTo) },
      afterSalesKeywords: Object.fromEntries(
        afterSalesTypes.map((type) => [type, words(`as-${type}`)]),
      ) as Settings['afterSalesKeywords'],
    };
    // The same schema the background and a backup import check (lib/store/schemas.ts).
    const checked = validate(SettingsSchema, draftSettings);
    if (!checked.ok) return setMessage(invalidText(checked.invalid, t));
    const next = checked.value;
    try {
      // The form now shows what is stored, other tabs' changes included: base and display agree.
      const saved = await onSave(diffSettings(base, next), base);
      setBase(saved);
      setDraft(draftOf(saved));
      setLocale(saved.locale);
      setFeatures(saved.features);
      setMessage(t('options.saved'));
    } catch (e) {
      // The page states what happened at the top; the form keeps what was typed.
      setMessage(t('storage.notSaved'));
      if (storeErrorCode(e) === 'conflict') onConflict?.(changedSince(base));
    }
  };

  /** The merchant's edits since `from` (the form's starting point). */
  const changedSince = (from: Settings): KeptSettings => {
    const start = draftOf(from);
    const changed = featureNames.filter((f) => features[f] !== from.features[f]);
    return {
      fields: Object.fromEntries(Object.entries(draft).filter(([k, v]) => start[k] !== v)),
      ...(locale !== from.locale ? { locale } : {}),
      ...(changed.length ? { features: Object.fromEntries(changed.map((f) => [f, features[f]])) } : {}),
    };
  };
  const putBack = (k: KeptSettings) => {
    setDraft({ ...draft, ...k.fields });
    if (k.locale) setLocale(k.locale);
    if (k.features) setFeatures({ ...features, ...k.features });
    setMessage('');
    onKept?.();
  };
  // Quiet hours are read on the pages' clock (lib/notify/scheduler inQuietHours), China time by default.
  const zone = pageZoneName(base.pageOffsetMinutes, t);

  const set = (key: string) => (v: string) => setDraft({ ...draft, [key]: v });
  return (
    <form class="settings" noValidate onSubmit={(e) => void submit(e)}>
      {kept && (
        <KeptDraft
          t={t}
          message={t('options.settingsKeptDraft')}
          onRestore={() => putBack(kept)}
          onDiscard={() => onKept?.()}
        />
      )}
      <label class="field" for="sd-locale">
        <span>{t('options.language')}</span>
        <select
          id="sd-locale"
          value={locale}
          onChange={(e) => setLocale(e.currentTarget.value as Settings['locale'])}
        >
          <option value="auto">{t('options.languageAuto')}</option>
          {supportedLocales.map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        id="sd-urgent"
        label={t('options.urgentHours')}
        value={Number(draft.urgentHours)}
        {...settingLimits.urgentHours}
        step={0.25}
        onInput={set('urgentHours')}
      />
      <NumberField
        id="sd-soon"
        label={t('options.soonHours')}
        value={Number(draft.soonHours)}
        {...settingLimits.soonHours}
        onInput={set('soonHours')}
      />
      <PageTimeField hours={draft.offsetHours} t={t} onInput={set('offsetHours')} />
      <NumberField
        id="sd-rate"
        label={t('options.jdPickupRate')}
        value={draft.jdPickupRate ? Number(draft.jdPickupRate) : null}
        {...settingLimits.jdPickupRate}
        step={0.1}
        onInput={set('jdPickupRate')}
      />
      <NumberField
        id="sd-lead"
        label={t('options.notifyLead')}
        value={Number(draft.notifyLeadMinutes)}
        {...settingLimits.notifyLeadMinutes}
        step={5}
        onInput={set('notifyLeadMinutes')}
      />
      <fieldset class="field quiet">
        <legend data-quiet-zone>{t('options.quietHoursIn', { zone })}</legend>
        <input
          id="sd-quiet-from"
          type="number"
          aria-label={t('options.quietFrom')}
          {...settingLimits.quietHour}
          value={draft.quietFrom}
          onInput={(e) => set('quietFrom')(e.currentTarget.value)}
        />
        <span>–</span>
        <input
          id="sd-quiet-to"
          type="number"
          aria-label={t('options.quietTo')}
          {...settingLimits.quietHour}
          value={draft.quietTo}
          onInput={(e) => set('quietTo')(e.currentTarget.value)}
        />
      </fieldset>
      <fieldset class="field features">
        <legend>{t('options.features')}</legend>
        {featureNames.map((f) => (
          <label key={f} class="check">
            <input
              type="checkbox"
              data-feature={f}
              checked={features[f]}
              onChange={(e) => setFeatures({ ...features, [f]: e.currentTarget.checked })}
            />
            {t(`options.feature.${f}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="field compliance">
        <legend>{t('options.compliance')}</legend>
        {(['absolute', 'reviews', 'offPlatform'] as const).map((key) => (
          <label key={key}>
            <span>{t(`reply.complianceKind.${key}`)}</span>
            <textarea
              rows={2}
              data-field={`compliance-${key}`}
              value={draft[key]}
              onInput={(e) => set(key)(e.currentTarget.value)}
            />
          </label>
        ))}
      </fieldset>
      <fieldset class="field compliance">
        <legend>{t('options.afterSalesKeywords')}</legend>
        {afterSalesTypes.map((type) => (
          <label key={type}>
            <span>{t(`aftersales.type.${type}`)}</span>
            <textarea
              rows={2}
              data-field={`aftersales-${type}`}
              value={draft[`as-${type}`]}
              onInput={(e) => set(`as-${type}`)(e.currentTarget.value)}
            />
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          {t('options.save')}
        </button>
        <span role="status" class="message">
          {message}
        </span>
      </div>
    </form>
  );
}
