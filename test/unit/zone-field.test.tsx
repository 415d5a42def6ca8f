import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SettingsForm } from '../../entrypoints/options/SettingsForm';
import { createTranslator } from '../../lib/i18n';
import { defaultSettings, type Settings } from '../../lib/settings';
import type { SettingsPatch } from '../../lib/settings/patch';

const en = createTranslator('en');
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('options: the time zone of the pages', () => {
  it('offers China first, named zones with their offset and the fixed offsets; saves the chosen zone', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const saved: SettingsPatch[] = [];
    const onSave = async (patch: SettingsPatch, base: Settings) => {
      saved.push(patch);
      return { ...base, ...patch } as Settings;
    };
    render(
      <SettingsForm settings={defaultSettings} t={en} onSave={onSave} />,
      document.getElementById('app')!,
    );
    await settle();
    const select = document.querySelector<HTMLSelectElement>('#sd-zone')!;
    const labels = Array.from(select.options, (o) => o.textContent);
    expect(select.value).toBe('Asia/Shanghai');
    expect(labels[0]).toBe("China time (UTC+8, the pages' clock)");
    expect(labels).toContainEqual(expect.stringMatching(/^America\/New_York \(UTC−[45]\)$/));
    expect(labels).toContain('UTC+8, no daylight saving');
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toContain(
      'daylight saving',
    );
    expect(document.querySelector('[data-quiet-zone]')?.textContent).toContain('China time');

    select.value = 'America/New_York';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    document.querySelector('form.settings')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(saved).toEqual([{ pageTimeZone: 'America/New_York' }]);
    // Quiet hours now say they are in that zone.
    expect(document.querySelector('[data-quiet-zone]')?.textContent).toContain('(America/New_York)');
  });
});
