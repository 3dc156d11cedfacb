import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontRuns, textWidth, wrapText } from '../../src/export/text-layout.ts';

const ITEM = { fontSize: 13, width: 180, maxLines: 4 };

describe('textWidth', () => {
  it.each([
    ['iiii', { fontSize: 10 }, 10.4],
    ['mmmm', { fontSize: 10 }, 37.6],
    ['中文', { fontSize: 10 }, 20],
    ['中文', { fontSize: 10, bold: true }, 20],
  ])('%j at %j is %d', (text, style, expected) => {
    expect(textWidth(text, style)).toBeCloseTo(expected, 5);
  });

  it('makes bold Latin and Greek wider than regular', () => {
    expect(textWidth('Onboarding', { fontSize: 10, bold: true })).toBeGreaterThan(
      textWidth('Onboarding', { fontSize: 10 }),
    );
    expect(textWidth('Σύγκριση', { fontSize: 10, bold: true })).toBeGreaterThan(
      textWidth('Σύγκριση', { fontSize: 10 }),
    );
  });

  it('counts a letter with a combining accent once', () => {
    expect(textWidth('e\u0301', { fontSize: 10 })).toBe(textWidth('é', { fontSize: 10 }));
  });
});

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Pricing page', ['Pricing page']],
    ['nothing but spaces', '  \n ', []],
    [
      'breaks between words',
      'Customers wait twenty minutes to pay at the weekend tills',
      ['Customers wait twenty', 'minutes to pay at the', 'weekend tills'],
    ],
    ['collapses line breaks', 'first\n\nsecond', ['first second']],
    [
      'breaks Chinese between characters',
      '结账流程太复杂，必须注册账号才能下单，很多顾客放弃了购买',
      ['结账流程太复杂，必须注册账', '号才能下单，很多顾客放弃了', '购买'],
    ],
    [
      'keeps closing punctuation off the start of a line',
      '结账流程太复杂复杂复杂复杂，必须注册',
      ['结账流程太复杂复杂复杂复', '杂，必须注册'],
    ],
    ['cuts a word too long for a line', 'x'.repeat(60), ['x'.repeat(26), 'x'.repeat(26), 'x'.repeat(8)]],
  ])('%s', (_name, text, expected) => {
    expect(wrapText(text, ITEM)).toEqual(expected);
  });

  it('ends a text that does not fit with an ellipsis on the last allowed line', () => {
    const lines = wrapText('long words here '.repeat(30), { ...ITEM, maxLines: 3 });
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(lines.every((line) => textWidth(line, ITEM) <= ITEM.width)).toBe(true);
  });

  it('keeps every line within the width and the line limit, and loses no words when they fit', () => {
    const words = fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.constantFrom('中', '，', 'Σύγκριση', ' '),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        words,
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 1, max: 5 }),
        (parts, width, maxLines) => {
          const text = parts.join(' ');
          const style = { fontSize: 13, width, maxLines };
          const lines = wrapText(text, style);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(width);
          if (!lines.at(-1)?.endsWith('…')) {
            expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          }
        },
      ),
    );
  });
});

describe('fontRuns', () => {
  it.each([
    ['Latin and Greek only', 'Σύγκριση prices', [{ text: 'Σύγκριση prices', cjk: false }]],
    ['Chinese with Latin', '比较 prices 2×', [{ text: '比较 prices 2×', cjk: true }]],
    [
      'Chinese with Greek',
      'Λύση: 更好 now',
      [
        { text: 'Λύση: ', cjk: false },
        { text: '更好 ', cjk: true },
        { text: 'now', cjk: false },
      ],
    ],
  ])('%s', (_name, line, expected) => {
    expect(fontRuns(line)).toEqual(expected);
  });
});
