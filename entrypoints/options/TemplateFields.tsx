import { supportedLocales, type Locale, type Translate } from '@/lib/i18n';
import { localeNames } from '@/lib/i18n/locale-names';
import type { Platform } from '@/lib/platforms/types';
import { knownPlaceholders, type LintIssue } from '@/lib/templates/lint';
import { situations, type Situation, type Template } from '@/lib/templates/types';
import { ChoiceField } from './ChoiceField';
import { scopePlatforms } from './use-template-draft';

/** The situation the template answers, and the platforms it is limited to (none: every platform). */
export function TemplateScopeRow(props: {
  draft: Template;
  t: Translate;
  onSituation: (situation: Situation) => void;
  onPlatform: (platform: Platform, on: boolean) => void;
}) {
  const { draft, t } = props;
  return (
    <div class="row">
      <ChoiceField
        label={t('options.tpl.situation')}
        value={draft.situation}
        choices={situations.map((s) => [s, t(`situation.${s}`)])}
        onChange={props.onSituation}
      />
      <fieldset class="field" data-template-platforms>
        <legend>{t('templates.platforms')}</legend>
        {scopePlatforms.map((p) => (
          <label key={p}>
            <input
              type="checkbox"
              data-platform={p}
              checked={draft.platforms?.includes(p) ?? false}
              onChange={(e) => props.onPlatform(p, e.currentTarget.checked)}
            />{' '}
            {t(`platform.${p}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** One tab per language; a dot marks a language with no text yet. */
export function LanguageTabs(props: {
  draft: Template;
  lang: Locale;
  t: Translate;
  onLang: (l: Locale) => void;
}) {
  const { t } = props;
  return (
    <div class="lang-tabs" role="tablist" aria-label={t('options.language')}>
      {supportedLocales.map((l) => (
        <button
          key={l}
          type="button"
          role="tab"
          aria-selected={l === props.lang}
          class={l === props.lang ? 'active' : ''}
          onClick={() => props.onLang(l)}
        >
          {localeNames[l]}
          {!props.draft.text[l] && <span class="dot" title={t('options.tpl.missingLanguage')} />}
        </button>
      ))}
    </div>
  );
}

export function PlaceholderChips({ t, onInsert }: { t: Translate; onInsert: (name: string) => void }) {
  return (
    <div class="placeholders" aria-label={t('options.tpl.insertPlaceholder')}>
      {knownPlaceholders.map((name) => (
        <button
          key={name}
          type="button"
          class="chip"
          onClick={() => onInsert(name)}
          title={t(`placeholder.${name}`)}
        >
          {`{${name}}`}
        </button>
      ))}
    </div>
  );
}

function issueText(issue: LintIssue, t: Translate): string {
  switch (issue.kind) {
    case 'unknown':
      return t('options.tpl.lintUnknown', { name: `{${issue.name}}` });
    case 'unfillable':
      return t('options.tpl.lintUnfillable', { name: `{${issue.name}}` });
    case 'too-long':
      return t('options.tpl.lintTooLong', { length: issue.length, max: issue.max });
    case 'empty':
      return t('options.tpl.lintEmpty');
  }
}

/** What the reply helper would warn about in this text (nothing shown when all is well). */
export function LintList({ issues, t }: { issues: LintIssue[]; t: Translate }) {
  if (!issues.length) return null;
  return (
    <ul class="lint" role="status">
      {issues.map((issue, i) => (
        <li key={i}>{issueText(issue, t)}</li>
      ))}
    </ul>
  );
}
