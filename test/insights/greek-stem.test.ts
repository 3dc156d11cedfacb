import { describe, expect, it } from 'vitest';
import { greekStem } from '../../src/insights/greek-stem.ts';

describe('greekStem', () => {
  it.each([
    ['a noun in every case and number', ['ουρα', 'ουρασ', 'ουρεσ', 'ουρων']],
    ['an adjective in every gender', ['μεγαλοσ', 'μεγαλη', 'μεγαλο', 'μεγαλεσ']],
    ['a noun in -μα', ['προβλημα', 'προβληματα', 'προβληματοσ']],
    ['a noun in -ι', ['χαρτι', 'χαρτια', 'χαρτιου']],
  ])('folds %s to one stem', (_, forms) => {
    expect(new Set(forms.map(greekStem)).size).toBe(1);
  });

  it.each([
    ['paper is not a map', 'χαρτια', 'χαρτησ'],
    ['a table is not a bank', 'τραπεζι', 'τραπεζα'],
    ['a letter is not a line', 'γραμμα', 'γραμμη'],
    ['"but" is not "other"', 'αλλα', 'αλλο'],
    ['"again" is not "old"', 'παλι', 'παλιο'],
    ['"we charge" is not "they are charged": verbs are not stemmed', 'χρεωνουμε', 'χρεωνονται'],
  ])('keeps apart: %s', (_, one, other) => {
    expect(greekStem(one)).not.toBe(greekStem(other));
  });

  it.each(['και', 'για', 'δεν', 'queue', '排队'])('leaves "%s" as it is', (word) => {
    expect(greekStem(word)).toBe(word);
  });
});
