import { supportedLocales, type Locale, type Translate } from '@/lib/i18n';
import { localeNames } from '@/lib/i18n/locale-names';
import { featureNames, settingLimits, type FeatureName, type Settings } from '@/lib/settings';
import { ChoiceField } from './ChoiceField';
import { afterSalesTypes, complianceKinds, type SettingsDraft } from './settings-draft';

/** Sets one text field of the settings form's draft. */
type SetField = (key: string) => (v: string) => void;

export function LocaleField(props: {
  locale: Settings['locale'];
  t: Translate;
  onChange: (locale: Settings['locale']) => void;
}) {
  const { t } = props;
  return (
    <ChoiceField
      id="sd-locale"
      label={t('options.language')}
      value={props.locale}
      choices={[
        ['auto', t('options.languageAuto')],
        ...supportedLocales.map((l): [Locale, string] => [l, localeNames[l]]),
      ]}
      onChange={props.onChange}
    />
  );
}

/** From and to hours, on the pages' clock (`zone` names it). */
export function QuietHoursField(props: { draft: SettingsDraft; zone: string; t: Translate; set: SetField }) {
  const { draft, t, set } = props;
  const hour = (key: 'quietFrom' | 'quietTo', id: string) => (
    <input
      id={id}
      type="number"
      aria-label={t(`options.${key}`)}
      {...settingLimits.quietHour}
      value={draft[key]}
      onInput={(e) => set(key)(e.currentTarget.value)}
    />
  );
  return (
    <fieldset class="field quiet">
      <legend data-quiet-zone>{t('options.quietHoursIn', { zone: props.zone })}</legend>
      {hour('quietFrom', 'sd-quiet-from')}
      <span>–</span>
      {hour('quietTo', 'sd-quiet-to')}
    </fieldset>
  );
}

export function FeatureSwitches(props: {
  features: Settings['features'];
  t: Translate;
  onChange: (feature: FeatureName, on: boolean) => void;
}) {
  const { t } = props;
  return (
    <fieldset class="field features">
      <legend>{t('options.features')}</legend>
      {featureNames.map((f) => (
        <label key={f} class="check">
          <input
            type="checkbox"
            data-feature={f}
            checked={props.features[f]}
            onChange={(e) => props.onChange(f, e.currentTarget.checked)}
          />
          {t(`options.feature.${f}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The words the reply helper warns about, and those that name each after-sales type. */
export function WordListsFields({ draft, t, set }: { draft: SettingsDraft; t: Translate; set: SetField }) {
  return (
    <>
      <WordListFields
        legend={t('options.compliance')}
        boxes={complianceKinds.map((key) => ({
          key,
          label: t(`reply.complianceKind.${key}`),
          field: `compliance-${key}`,
        }))}
        draft={draft}
        set={set}
      />
      <WordListFields
        legend={t('options.afterSalesKeywords')}
        boxes={afterSalesTypes.map((type) => ({
          key: `as-${type}`,
          label: t(`aftersales.type.${type}`),
          field: `aftersales-${type}`,
        }))}
        draft={draft}
        set={set}
      />
    </>
  );
}

/** One box of words per kind (`key`: the draft's field, `field`: its `data-field` hook). */
function WordListFields(props: {
  legend: string;
  boxes: { key: string; label: string; field: string }[];
  draft: SettingsDraft;
  set: SetField;
}) {
  return (
    <fieldset class="field compliance">
      <legend>{props.legend}</legend>
      {props.boxes.map(({ key, label, field }) => (
        <label key={key}>
          <span>{label}</span>
          <textarea
            rows={2}
            data-field={field}
            value={props.draft[key]}
            onInput={(e) => props.set(key)(e.currentTarget.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
