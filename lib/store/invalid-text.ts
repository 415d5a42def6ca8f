import type { MessageKey, Translate } from '../i18n/translate';
import type { ImportError } from './backup';
import { fieldLimits } from './schemas';
import { fieldOf, type Invalid, type Problem } from './validate';

/** The words the options page labels each stored field with; a field it does not show is "internal data". */
const labels: Record<string, MessageKey> = {
  locale: 'options.language',
  urgentHours: 'options.urgentHours',
  soonHours: 'options.soonHours',
  pageTimeZone: 'options.timeZone',
  jdPickupRate: 'options.jdPickupRate',
  retentionDays: 'options.invalidField.retentionDays',
  notifyLeadMinutes: 'options.notifyLead',
  quietHours: 'options.quietHours',
  'quietHours.from': 'options.quietFrom',
  'quietHours.to': 'options.quietTo',
  complianceWords: 'options.compliance',
  afterSalesKeywords: 'options.afterSalesKeywords',
  features: 'options.features',
  platform: 'options.invalidField.platform',
  enabled: 'options.ruleEnabled',
  appliesTo: 'options.rule.appliesTo',
  clockStart: 'options.rule.clockStart',
  usePagePromise: 'options.rule.usePagePromise',
  limitHours: 'options.rule.limitHours',
  penalty: 'options.rule.penaltyKind',
  'penalty.kind': 'options.rule.penaltyKind',
  'penalty.points': 'options.rule.points',
  'penalty.weeklyCap': 'options.rule.weeklyCap',
  'penalty.lowRateFlat': 'options.invalidField.lowRateFlat',
  'penalty.lowRateBelow': 'options.invalidField.lowRateBelow',
  'penalty.amount': 'options.rule.amount',
  'penalty.maxPerOrder': 'options.invalidField.maxPerOrder',
  'penalty.dailyCap': 'options.invalidField.dailyCap',
  'penalty.percent': 'options.rule.percent',
  'penalty.min': 'options.rule.min',
  'penalty.max': 'options.rule.max',
  source: 'options.source',
  situation: 'options.tpl.situation',
  text: 'options.tpl.text',
  title: 'options.tpl.title',
  platforms: 'templates.platforms',
  pattern: 'options.sites.pattern',
};

/**
 * The nearest field the page names: `complianceWords.absolute` is labelled as `complianceWords`,
 * `rules.penalty.points` as `penalty.points`.
 */
function labelOf(field: string): MessageKey {
  const parts = field.split('.');
  for (let start = 0; start < parts.length; start++)
    for (let end = parts.length; end > start; end--) {
      const key = labels[parts.slice(start, end).join('.')];
      if (key) return key;
    }
  return 'options.invalidField.internal';
}

function problemText(problem: Problem, field: string, t: Translate): string {
  // Penalty numbers come from the platform's rule centre: the merchant is told where to find them.
  const penalty = /(^|\.)penalty\./.test(field);
  switch (problem.kind) {
    case 'range': {
      const { min, max } = fieldLimits[problem.field];
      return t('options.invalidNumber', { min, max });
    }
    case 'at-least':
      return penalty && problem.min === 0
        ? t('options.notNegative')
        : t('options.invalidProblem.atLeast', { min: problem.min });
    case 'too-long':
      return t('options.invalidProblem.tooLong', { max: problem.max });
    case 'missing':
      return penalty ? t('options.rulesPenaltyMissing') : t('options.invalidProblem.missing');
    case 'choice':
      return t('options.invalidProblem.choice');
    case 'pattern':
      return t('options.sites.invalid');
    case 'urgent-above-soon':
      return t('options.urgentAboveSoon');
    case 'duplicate-id':
      return t('options.invalidProblem.duplicate');
    case 'unknown-zone':
      return t('options.invalidProblem.unknownZone');
    case 'format':
      return t('options.invalidProblem.format');
  }
}

/** What is wrong, naming the field in the page's own words: "Limit (hours…): Enter a number between 1 and 1440". */
export function invalidText(invalid: Invalid, t: Translate): string {
  const field = fieldOf(invalid.path);
  // A rule across two fields is a sentence of its own.
  const problem = problemText(invalid.problem, field, t);
  if (invalid.problem.kind === 'urgent-above-soon' || field === '') return problem;
  return t('options.invalidAt', { field: t(labelOf(field)), problem });
}

const sections: Record<string, MessageKey> = {
  rules: 'options.section.rules',
  templates: 'options.section.templates',
  sites: 'options.section.sites',
  settings: 'options.section.settings',
};

/** A backup refused for a bad value: which section, which item (counted from 1), which field, what. */
export function backupInvalidText(error: Extract<ImportError, { code: 'invalid' }>, t: Translate): string {
  const [section, index] = error.invalid.path;
  const key = typeof section === 'string' ? sections[section] : undefined;
  if (!key) return t('options.backup.invalidHeader');
  const where =
    typeof index === 'number' ? t('options.backup.itemNo', { section: t(key), n: index + 1 }) : t(key);
  // The field is named within its item: the section and the item's number are said before it.
  const within = { ...error.invalid, path: error.invalid.path.slice(typeof index === 'number' ? 2 : 1) };
  return t('options.backup.invalidIn', { where, detail: invalidText(within, t) });
}
