import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n';
import { presetRules } from '../../lib/rules/presets';
import { defaultSettings } from '../../lib/settings';
import { invalidText } from '../../lib/store/invalid-text';
import { RuleSchema, SettingsSchema, SiteSchema } from '../../lib/store/schemas';
import { validate } from '../../lib/store/validate';

const en = createTranslator('en');
const refusal = (checked: ReturnType<typeof validate>, t = en) =>
  checked.ok ? 'accepted' : invalidText(checked.invalid, t);

describe('one schema for the options forms, the background and import', () => {
  it('settings: the form names the field and its range, in the UI language', () => {
    expect(refusal(validate(SettingsSchema, { ...defaultSettings, urgentHours: 0.1 }))).toBe(
      'Urgent when less than (hours): Enter a number between 0.25 and 48',
    );
    // The page's zone: a name Intl knows, never an offset.
    for (const zone of ['Mars/Olympus', '+08:00', ''])
      expect(refusal(validate(SettingsSchema, { ...defaultSettings, pageTimeZone: zone }))).toBe(
        'Time zone of the pages: Choose a time zone from the list',
      );
    expect(validate(SettingsSchema, { ...defaultSettings, pageTimeZone: 'America/New_York' }).ok).toBe(true);
    expect(refusal(validate(SettingsSchema, { ...defaultSettings, urgentHours: 12, soonHours: 12 }))).toBe(
      '“Urgent” must be fewer hours than “due soon”.',
    );
    expect(
      refusal(validate(SettingsSchema, { ...defaultSettings, urgentHours: 0.1 }), createTranslator('zh_CN')),
    ).toBe('剩余少于多少小时为紧急：请输入 0.25 到 48 之间的数字');
  });

  it('settings: a compliance word the import would refuse is refused by the form too', () => {
    const long = 'x'.repeat(61);
    const words = { ...defaultSettings.complianceWords, absolute: [long] };
    expect(refusal(validate(SettingsSchema, { ...defaultSettings, complianceWords: words }))).toBe(
      'Words to warn about in replies (comma-separated): Too long (at most 60)',
    );
  });

  it('rules: the editor’s messages name the field', () => {
    const rule = presetRules.find((r) => r.penalty.kind === 'points')!;
    expect(refusal(validate(RuleSchema, { ...rule, limitHours: 0.5 }))).toBe(
      'Limit (hours; empty = promised time on the page only): Enter a number between 1 and 1440',
    );
    expect(refusal(validate(RuleSchema, { ...rule, penalty: { ...rule.penalty, points: NaN } }))).toBe(
      "Points per late order: Enter the penalty numbers your platform's rule centre states",
    );
    expect(refusal(validate(RuleSchema, { ...rule, penalty: { ...rule.penalty, weeklyCap: -1 } }))).toBe(
      'Weekly cap (points): Penalty numbers cannot be negative.',
    );
    expect(validate(RuleSchema, { ...rule, limitHours: null }).ok).toBe(true);
  });

  it('sites: the patterns the options page offers are valid; anything else says what to type', () => {
    const site = {
      id: 'site.1',
      platform: 'generic',
      features: { countdowns: true, replies: true, delayReports: true, notifications: true },
    };
    for (const pattern of ['https://*.example.com/orders/*', '*://erp.example.com/*'])
      expect(validate(SiteSchema, { ...site, pattern }).ok, pattern).toBe(true);
    expect(refusal(validate(SiteSchema, { ...site, pattern: 'erp.example.com' }))).toBe(
      'Address pattern: Use a pattern like https://erp.example.com/orders/*',
    );
  });
});
