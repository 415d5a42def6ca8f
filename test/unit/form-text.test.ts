import { describe, expect, it } from 'vitest';
import { wordListText, wordsFromText } from '../../lib/settings/word-lists';
import { optionalNumber, optionalNumberText, requiredNumber } from '../../lib/values/number-text';

describe('numbers as typed in a form', () => {
  it('an empty required field is not a number, so the schema says it is missing', () => {
    expect(requiredNumber('  ')).toBeNaN();
    expect(requiredNumber(' 2.5 ')).toBe(2.5);
    expect(requiredNumber('abc')).toBeNaN();
  });
  it('an empty optional field is left out, and shows empty again', () => {
    expect(optionalNumber('')).toBeNull();
    expect(optionalNumber('0')).toBe(0);
    expect(optionalNumberText(null)).toBe('');
    expect(optionalNumberText(98.5)).toBe('98.5');
  });
});

describe('word lists as typed in a box', () => {
  it('any comma a Chinese or Latin keyboard types, or a new line, separates words', () => {
    expect(wordsFromText('最好, 第一，加微信、 QQ\n\n best ,')).toEqual([
      '最好',
      '第一',
      '加微信',
      'QQ',
      'best',
    ]);
  });
  it('keeps at most 300 words and shows them back comma-separated', () => {
    expect(wordsFromText(Array.from({ length: 400 }, (_, i) => `w${i}`).join(','))).toHaveLength(300);
    expect(wordListText(['最好', 'best'])).toBe('最好, best');
  });
});
