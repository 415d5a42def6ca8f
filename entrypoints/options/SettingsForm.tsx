import { settingLimits } from '@/lib/settings';
import { KeptDraft } from './KeptDraft';
import { NumberField } from './NumberField';
import { PageTimeField, pageZoneName } from './PageTimeField';
import { FeatureSwitches, LocaleField, QuietHoursField, WordListsFields } from './SettingsFields';
import { useSettingsForm, type SettingsFormProps } from './use-settings-form';

export type { KeptSettings } from './settings-draft';

/** Language, page time zone, level thresholds and the JD pickup rate; validated before saving. */
export function SettingsForm(props: SettingsFormProps) {
  const { t, kept, onKept } = props;
  const { form, base, message, submit, putBack, set, setLocale, setFeature } = useSettingsForm(props);
  const { draft } = form;
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
      {/* Quiet hours are read on the pages' clock (lib/notify/scheduler inQuietHours), China time by default. */}
      <QuietHoursField draft={draft} zone={pageZoneName(base.pageOffsetMinutes, t)} t={t} set={set} />
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
