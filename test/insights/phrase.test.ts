import { describe, expect, it } from 'vitest';
import { compilePhrase, matchableText, phraseMatches, phraseScore } from '../../src/insights/phrase.ts';

function matches(phrase: string, text: string): boolean {
  const compiled = compilePhrase(phrase);
  if (!compiled) throw new Error(`"${phrase}" compiles to nothing`);
  return phraseMatches(compiled, matchableText(text));
}

describe('phrase matching', () => {
  it.each([
    ['whole words only', 'late', 'The parcel arrived late', true],
    ['a word inside another is no match', 'late', 'Use the latest template', false],
    ['plurals fold like merge keys', 'queue', 'Long QUEUES at the tills!', true],
    ['words in a row', 'hold time', 'Long hold times on the phone', true],
    ['words not in a row', 'hold time', 'Time on hold is long', false],
    ['a stem matches words it starts', 'delay*', 'Flights were delayed twice', true],
    ['a stem is still a word start', 'delay*', 'No undelayed flights', false],
    ['a lone star is any one word', 'after * demo', 'Nothing after the demo', true],
    ['a lone star is exactly one word', 'after * demo', 'Nothing after demo', false],
    ['synonyms fold like merge keys', 'signup', 'The sign-up takes ages', true],
    ['apostrophes join', 'cant find', "Customers can't find it", true],
    ['Greek without accents or final sigma', 'αναμονη στο τηλεφωνο', 'Μεγάλη ΑΝΑΜΟΝΉ στο τηλέφωνο.', true],
    ['Greek stems', 'καθυστερ*', 'Η ενεργοποίηση καθυστερεί μέρες', true],
    ['Greek final sigma in a phrase', 'τιμεσ', 'Οι τιμές δεν είναι ξεκάθαρες', true],
    ['a Greek noun matches its other inflections', 'ουρα', 'Τεράστιες ΟΥΡΈΣ το πρωί', true],
    ['a Greek noun inside a phrase too', 'ουρα στο ταμειο', 'ουρές στο ταμείο', true],
    ['a Greek noun is not a word it starts', 'ουρα', 'ουρανός', false],
    ['Chinese matches inside the text', '回复', '客服回复太慢！', true],
    ['Chinese ignores punctuation between characters', '延误没有通知', '物流延误，没有通知', true],
    ['Chinese needs the characters in order', '回复', '复回', false],
  ])('%s', (_, phrase, text, expected) => {
    expect(matches(phrase, text)).toBe(expected);
  });

  it.each(['', '   ', '*', '!!!', '* *'])('"%s" compiles to nothing', (phrase) => {
    expect(compilePhrase(phrase)).toBeNull();
  });

  it('scores by the letters of the phrases that match, so longer phrases weigh more', () => {
    const phrases = ['checkout', 'creating an account', 'refund'].map((phrase) => compilePhrase(phrase)!);
    expect(phraseScore(phrases, matchableText('Checkout requires creating an account'))).toBe(
      'checkout'.length + 'creating an account'.replaceAll(' ', '').length,
    );
    expect(phraseScore(phrases, matchableText('Nothing to see'))).toBe(0);
  });
});
