import type { MessageKey } from '@/lib/i18n';
import { settingLimits } from '@/lib/settings';
import { KeptDraft } from './KeptDraft';
import { NumberField } from './NumberField';
import { pageZoneText, ZoneField } from './ZoneField';
import { FeatureSwitches, LocaleField, QuietHoursField, WordListsFields } from './SettingsFields';
import { useSettingsForm, type SettingsFormProps } from './use-settings-form';

export type { KeptSettings } from './settings-draft';

/** A number setting's field: `key` in the draft, its limits, its step, and whether it may be left empty. */
interface NumberSetting {
  key: string;
  id: string;
  label: MessageKey;
  limits: { min: number; max: number };
  step?: number;
  optional?: boolean;
}

/** Shown before the page time field… */
const thresholdFields: NumberSetting[] = [
  {
    key: 'urgentHours',
    id: 'sd-urgent',
    label: 'options.urgentHours',
    limits: settingLimits.urgentHours,
    step: 0.25,
  },
  { key: 'soonHours', id: 'sd-soon', label: 'options.soonHours', limits: settingLimits.soonHours },
];
/** …and after it. */
const laterFields: NumberSetting[] = [
  {
    key: 'jdPickupRate',
    id: 'sd-rate',
    label: 'options.jdPickupRate',
    limits: settingLimits.jdPickupRate,
    step: 0.1,
    optional: true,
  },
  {
    key: 'notifyLeadMinutes',
    id: 'sd-lead',
    label: 'options.notifyLead',
    limits: settingLimits.notifyLeadMinutes,
    step: 5,
  },
];

/** Language, page time zone, level thresholds and the JD pickup rate; validated before saving. */
export function SettingsForm(props: SettingsFormProps) {
  const { t, kept, onKept } = props;
  const { form, base, message, submit, putBack, set, setLocale, setFeature } = useSettingsForm(props);
  const { draft } = form;
  const numberField = ({ key, id, label, limits, step, optional }: NumberSetting) => (
    <NumberField
      key={key}
      id={id}
      label={t(label)}
      value={optional && !draft[key] ? null : Number(draft[key])}
      {...limits}
      step={step}
      onInput={set(key)}
    />
  );
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
      <LocaleField locale={form.locale} t={t} onChange={setLocale} />
      {thresholdFields.map((f) => numberField(f))}
      <ZoneField value={draft.pageTimeZone ?? base.pageTimeZone} t={t} onInput={set('pageTimeZone')} />
      {laterFields.map((f) => numberField(f))}
      {/* Quiet hours are read on the pages' clock (lib/notify/scheduler inQuietHours), China time by default. */}
      <QuietHoursField draft={draft} zone={pageZoneText(base.pageTimeZone, t)} t={t} set={set} />
      <FeatureSwitches features={form.features} t={t} onChange={setFeature} />
      <WordListsFields draft={draft} t={t} set={set} />
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
