import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertText } from '../../components/insert-text';
import { locateInsertion, planUndo, type Insertion } from '../../lib/chat/locate-insertion';
import { adapters } from '../../lib/platforms/adapters';

const T = '亲，您的订单 261120-000000000000123 还没有发货，可以直接申请取消，我们同意后会尽快退款。';
/** The merchant typed 您好！请稍等 and put the caret after 您好！ (index 3), then inserted T there. */
const ins: Insertion = { before: '您好！请稍等', start: 3, text: T };

describe('Undo takes out the inserted template only (issue #20 point 2)', () => {
  it('nothing typed since: the text before the insertion comes back', () => {
    const plan = planUndo(`您好！${T}请稍等`, ins);
    expect(plan).toEqual({ kind: 'remove', from: 3, to: 3 + T.length, put: '' });
  });

  it('"PS: gift wrap ok" typed after the insertion stays', () => {
    const now = `您好！${T}请稍等 PS: gift wrap ok`;
    const plan = planUndo(now, ins);
    if (plan.kind !== 'remove') throw new Error('expected a removal');
    expect(now.slice(0, plan.from) + plan.put + now.slice(plan.to)).toBe('您好！请稍等 PS: gift wrap ok');
  });

  it('text typed before the template moves it: found where it now is', () => {
    expect(locateInsertion(`亲爱的顾客，您好！${T}请稍等`, ins)).toBe(9);
  });

  it('two copies of the template: the one after the same text as before is the inserted one', () => {
    const now = `${T}您好！${T}请稍等`;
    expect(locateInsertion(now, ins)).toBe(T.length + 3);
    // An earlier copy typed in front, with the text after still the same: the later copy.
    expect(locateInsertion(`${T}您好！${T}请稍等`, { ...ins, before: 'x您好！请稍等', start: 4 })).toBe(
      T.length + 3,
    );
  });

  it('the template edited since (or gone): Undo asks first', () => {
    expect(planUndo(`您好！${T.slice(0, -1)}请稍等`, ins)).toEqual({ kind: 'ask' });
    expect(planUndo('', ins)).toEqual({ kind: 'ask' });
  });

  it('a selection the template replaced is put back', () => {
    const sel: Insertion = { before: '您好！XX请稍等', start: 3, end: 5, text: T };
    expect(planUndo(`您好！${T}请稍等`, sel)).toEqual({
      kind: 'remove',
      from: 3,
      to: 3 + T.length,
      put: 'XX',
    });
  });
});

describe('insertText on a textarea (React/Vue see an input event)', () => {
  it('goes in at the caret; Undo keeps what was typed after; asks when the template was edited', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    const seen: string[] = [];
    box.addEventListener('input', () => seen.push(box.value));
    box.value = '您好！请稍等';
    box.setSelectionRange(3, 3);
    const undo = await insertText(box, T);
    expect(box.value).toBe(`您好！${T}请稍等`);
    expect(seen.at(-1)).toBe(box.value);
    box.value += ' PS: gift wrap ok';
    expect(await undo.undo()).toBe('done');
    expect(box.value).toBe('您好！请稍等 PS: gift wrap ok');
    expect(seen.at(-1)).toBe(box.value);

    box.value = '您好！请稍等';
    box.setSelectionRange(3, 3);
    const again = await insertText(box, T);
    box.value = box.value.replace('退款。', '退款');
    expect(await again.undo()).toBe('ask');
    expect(box.value).toBe(`您好！${T.slice(0, -1)}请稍等`);
    expect(await again.undo(true)).toBe('done');
    expect(box.value).toBe('您好！请稍等');
  });
});

describe('insertText on a plain contenteditable (JD 咚咚 .EditorContent: one child div per line)', () => {
  it('Undo removes the template from its line and keeps the other lines', async () => {
    document.body.innerHTML =
      '<div class="EditorContent" contenteditable="true"><div>您好！请稍等</div><div>第二行</div></div>';
    const editor = document.querySelector<HTMLElement>('.EditorContent')!;
    const line = editor.firstElementChild!.firstChild as Text;
    const caret = document.createRange();
    caret.setStart(line, 3);
    caret.collapse(true);
    const undo = await insertText(editor, T, caret);
    expect(editor.textContent).toBe(`您好！${T}请稍等第二行`);
    (editor.lastElementChild as HTMLElement).append(' PS');
    expect(await undo.undo()).toBe('done');
    expect(editor.textContent).toBe('您好！请稍等第二行 PS');
    expect(editor.children).toHaveLength(2);
  });
});

/** The platforms' chat selectors and how many elements each matches on the chat fixtures (PLATFORMS.md). */
const CHAT_FIXTURES = {
  'jd-dongdong.html': {
    platform: 'jd',
    counts: {
      '.EditorContent[contenteditable]': 1,
      '.SendButtonGroup > .send-button': 1,
      '#t-chat-scroll .message > .message_left .message__content': 2,
      '#t-chat-scroll .message__time_str': 3,
    },
  },
  'pdd-chat-merchant.html': {
    platform: 'pdd',
    // The textarea is drawn by Vue at run time: none in the page's HTML, one once the app runs.
    counts: {
      'textarea#replyTextarea': 0,
      'div.send-btn': 1,
      'ul.msg-list > li.onemsg .msg-content-box': 3,
      'ul.msg-list > li.onemsg p.message-time': 3,
    },
  },
  'douyin-feige.html': {
    platform: 'douyin',
    counts: {
      'textarea[data-qa-id="qa-send-message-textarea"]': 0,
      '[data-qa-id="qa-send-message-button"]': 1,
      'div[data-id="message-in"] .leaveMessage': 2,
    },
  },
} as const;

describe('platform chat selectors on the chat fixtures', () => {
  for (const [file, { platform, counts }] of Object.entries(CHAT_FIXTURES)) {
    it(`${file}: every ${platform} chat selector matches as expected`, () => {
      document.documentElement.innerHTML = readFileSync(
        join(__dirname, '..', 'fixtures', 'chat', file),
        'utf8',
      ).replace(/^<!doctype html>/i, '');
      const declared = Object.values(adapters[platform]?.chat ?? {})
        .flat()
        .map((d) => d.selector);
      expect(declared.sort()).toEqual(Object.keys(counts).sort());
      for (const [selector, count] of Object.entries(counts))
        expect(document.querySelectorAll(selector).length, selector).toBe(count);
    });
  }
});
