import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fixedPanel } from '../../components/panel-placement';
import { TemplatePicker } from '../../components/TemplatePicker';
import { showNoticeNow } from '../../components/page-notice';
import { createTranslator } from '../../lib/i18n';
import { supportedLocales, type Locale } from '../../lib/i18n/translate';
import { defaultComplianceWords } from '../../lib/templates/compliance';
import { defaultTemplates } from '../../lib/templates/defaults';
import { inLanguage } from '../../lib/templates/language';
import type { Template } from '../../lib/templates/types';

/** A merchant's own template, written in Chinese only (the id the options page gives it). */
const own: Template = {
  id: 'custom.mxdffbyr',
  situation: 'out-of-stock',
  title: { zh_CN: '缺货安抚' },
  text: { zh_CN: '亲，非常抱歉，这款暂时缺货，我们会尽快为您处理。' },
  builtIn: false,
};

const mount = (locale: Locale, props: Partial<Parameters<typeof TemplatePicker>[0]> = {}) => {
  const onInsert = vi.fn();
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  render(
    <TemplatePicker
      suggested={[own]}
      others={defaultTemplates.filter((t) => !t.platforms?.length).slice(0, 3)}
      values={{ orderId: '260923-063795392132914', promiseTime: '2026-11-24 18:00' }}
      locale={locale}
      t={createTranslator(locale)}
      words={defaultComplianceWords}
      onInsert={onInsert}
      onUndo={() => undefined}
      canUndo={false}
      openSignal={0}
      waiting={null}
      {...props}
    />,
    root,
  );
  return { root, onInsert };
};
/** Preact re-renders after a microtask; layout effects run with that render, before any frame. */
const rendered = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};
const flush = () => new Promise((r) => setTimeout(r, 150));

describe('a template written in one language', () => {
  it('is found in the language it was written in when the wanted one is missing', () => {
    expect(inLanguage(own.text, 'en')).toEqual({ value: own.text.zh_CN, lang: 'zh_CN' });
    expect(inLanguage({ en: 'Hello', zh_CN: '你好' }, 'en')).toEqual({ value: 'Hello', lang: 'en' });
    expect(inLanguage({ es: 'Hola', en: '  ' }, 'en')).toEqual({ value: 'Hola', lang: 'es' });
    expect(inLanguage({}, 'en')).toBeUndefined();
  });

  it('shows its own title, never its id, in every other UI language, and says what language it inserts', async () => {
    for (const locale of ['en', 'es', 'zh_TW'] as const) {
      const { root, onInsert } = mount(locale, { openSignal: 1 });
      await flush();
      const option = root.querySelector('[data-template-id="custom.mxdffbyr"]') as HTMLElement;
      expect(option.querySelector('.title')?.textContent, locale).toBe('缺货安抚');
      expect(option.textContent, locale).not.toContain('custom.mxdffbyr');
      const note = option.querySelector('[data-sd-written-in]');
      expect(note?.getAttribute('data-sd-written-in')).toBe('zh_CN');
      expect(note?.textContent).toBe(createTranslator(locale)('reply.writtenIn', { language: '简体中文' }));
      option.click();
      await flush();
      expect(onInsert.mock.calls[0]?.[0]).toBe(own.text.zh_CN);
    }
    expect(createTranslator('en')('reply.writtenIn', { language: '简体中文' })).toBe('Written in 简体中文');
  });

  it('carries no note in its own language', async () => {
    const { root } = mount('zh_CN', { openSignal: 1 });
    await flush();
    expect(root.querySelector('[data-template-id="custom.mxdffbyr"] [data-sd-written-in]')).toBeNull();
  });
});

describe('the picker on the keyboard and for screen readers', () => {
  it('the search box has the focus as the list opens, before the next frame', async () => {
    const { root } = mount('en');
    await flush();
    (root.querySelector('[data-sd-action="templates"]') as HTMLButtonElement).click();
    await rendered();
    expect(document.activeElement).toBe(root.querySelector('input[type="search"]'));
  });

  it('Escape closes it at once, wherever the focus is in it', async () => {
    const { root } = mount('en');
    await flush();
    const toggle = root.querySelector('[data-sd-action="templates"]') as HTMLButtonElement;
    toggle.click();
    await rendered();
    expect(root.querySelector('.panel')).not.toBeNull();
    // Escape on the button itself (focus not moved yet, or moved back by the merchant).
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await rendered();
    expect(root.querySelector('.panel')).toBeNull();
    expect(document.activeElement).toBe(toggle);
    toggle.click();
    await rendered();
    root
      .querySelector('[data-sd-lang="es"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await rendered();
    expect(root.querySelector('.panel')).toBeNull();
  });

  it('is a combobox over a listbox whose children are groups of options holding no buttons', async () => {
    const { root } = mount('en', { openSignal: 1 });
    await flush();
    const listbox = root.querySelector('[role="listbox"]')!;
    const groups = Array.from(listbox.children);
    expect(groups.map((g) => g.getAttribute('role'))).toEqual(['group', 'group']);
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Suggested for this order',
      'All templates',
    ]);
    for (const g of groups)
      for (const child of Array.from(g.children))
        expect(child.getAttribute('role') === 'option' || child.getAttribute('aria-hidden') === 'true').toBe(
          true,
        );
    expect(listbox.querySelectorAll('[role="option"] button, [role="option"] input')).toHaveLength(0);
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    expect(search.getAttribute('role')).toBe('combobox');
    expect(search.getAttribute('aria-controls')).toBe(listbox.id);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await flush();
    const active = root.querySelector(`#${search.getAttribute('aria-activedescendant')}`);
    expect(active?.getAttribute('aria-selected')).toBe('true');
    expect(active).toBe(root.querySelectorAll('[role="option"]')[1]);
  });
});

describe('the panel in window coordinates', () => {
  const want = { width: 380, maxHeight: 360 };
  it('above a reply box at the bottom of a 1024 px window, starting at its button', () => {
    expect(fixedPanel({ top: 700, bottom: 724, left: 300 }, { width: 1024, height: 768 }, want)).toEqual({
      left: 300,
      width: 380,
      maxHeight: 360,
      bottom: 74,
    });
  });
  it('a button in an 800 px window’s right column: shifted left to end 8 px inside the window', () => {
    const p = fixedPanel({ top: 500, bottom: 524, left: 700 }, { width: 800, height: 600 }, want);
    expect(p.left + p.width).toBe(792);
  });
  it('a button scrolled above the window’s top: the panel stays inside the window', () => {
    const p = fixedPanel({ top: -60, bottom: -36, left: 40 }, { width: 1280, height: 800 }, want);
    expect(p.top).toBe(8);
  });
  it('a short window: never taller than the window', () => {
    const p = fixedPanel({ top: 100, bottom: 124, left: 40 }, { width: 400, height: 200 }, want);
    expect(p.maxHeight).toBeLessThanOrEqual(184);
    expect((p.top ?? 0) + p.maxHeight).toBeLessThanOrEqual(192);
  });
});

describe('the page notice', () => {
  it('names Seller Desk once, in every language', () => {
    for (const locale of supportedLocales) {
      const t = createTranslator(locale);
      document.body.innerHTML = '';
      const close = showNoticeNow(t, () => undefined);
      const text = document.querySelector('sd-notice')?.shadowRoot?.textContent ?? '';
      const brand = t('manifest.extName');
      expect(text.split(brand).length - 1, `${locale}: ${text}`).toBe(1);
      close();
    }
  });
});
