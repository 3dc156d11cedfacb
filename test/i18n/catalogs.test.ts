import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs/index.ts';
import { LANGUAGES } from '../../src/i18n/index.ts';
import { catalogEntries } from './foreign-fragments.ts';

/** The argument names a message uses, and which of them are plurals: what a translation must keep. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) {
      found.add(element.value);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

const english = new Map(catalogEntries(CATALOGS.en));

describe('message catalogs', () => {
  it('has messages', () => {
    expect(english.size).toBeGreaterThan(20);
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const messages = new Map(catalogEntries(CATALOGS[language]));

      it('has exactly the English keys', () => {
        expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('parses as ICU MessageFormat and uses the same placeholders as English', () => {
        for (const [key, message] of messages) {
          const expected = [...argumentsOf(parse(english.get(key)!, { ignoreTag: true }))].sort();
          const actual = [...argumentsOf(parse(message, { ignoreTag: true }))].sort();
          expect({ key, arguments: actual }).toEqual({ key, arguments: expected });
        }
      });

      // Slack shows "* text*" as it is, asterisks and all: bold must open right against its first character.
      it('opens no bold with a space', () => {
        for (const [key, message] of messages) {
          const stars = [...message.replace(/`[^`]*`/g, '').matchAll(/\*/g)];
          const opensWithSpace = stars.some(
            (star, index) => index % 2 === 0 && /\s/.test(star.input[star.index + 1] ?? ''),
          );
          expect({ key, opensWithSpace }).toEqual({ key, opensWithSpace: false });
        }
      });

      it('leaves no message empty', () => {
        for (const [key, message] of messages)
          expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
      });
    });
  }
});
