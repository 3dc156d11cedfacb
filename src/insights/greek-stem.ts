/**
 * A light Greek stemmer for matching evidence: people write ουρά, ουρές, ουρών, κάρτα, κάρτες, and a family's list
 * should not need every case and number. It strips one ending of a noun or adjective, longest first, from a word
 * already folded (lower case, no accents, final sigma as σ), and never leaves a stem under three letters, so short
 * words (και, για, δεν) stay as they are.
 *
 * Verbs are left alone: their endings say who acts (χρεώνουμε, we charge; χρεώνονται, they are charged), which a
 * family can hinge on, and the playbook already matches a verb's forms with a prefix term (περιμεν*, καθυστερ*).
 */

const GREEK_WORD = /^\p{Script=Greek}+$/u;
const MIN_STEM = 3;

/** Nouns in -μα (προβλημα, προβληματα): their stem is marked, so γραμμα (a letter) is not γραμμη (a line). */
const MA_NOUN_ENDINGS = ['ματων', 'ματοσ', 'ματα', 'μα'];

/**
 * Nouns in -ι, -ια and -ιο keep their ι: χαρτι, χαρτια (paper) are not χαρτησ (a map), τραπεζι (a table) not
 * τραπεζα (a bank).
 */
const I_NOUN_ENDINGS = ['ιων', 'ιασ', 'ιεσ', 'ιου', 'ια', 'ιο', 'ι'];

/** The other endings of nouns and adjectives. */
const NOUN_ENDINGS = ['ουσ', 'εωσ', 'εων', 'οσ', 'ου', 'ον', 'οι', 'ων', 'ασ', 'εσ', 'ησ', 'ο', 'α', 'η', 'ε'];

/** Every ending with what its stem ends in instead, longest first (-ιεσ before -εσ, -ματα before -α). */
const ENDINGS = [
  ...MA_NOUN_ENDINGS.map((ending) => ({ ending, stemEnd: '#' })),
  ...I_NOUN_ENDINGS.map((ending) => ({ ending, stemEnd: 'ι' })),
  ...NOUN_ENDINGS.map((ending) => ({ ending, stemEnd: '' })),
].toSorted((a, b) => b.ending.length - a.ending.length);

/**
 * Pronouns, quantifiers and adverbs whose endings carry the meaning: ολοι (everyone) is not ολα (everything), αλλα
 * (but) not αλλο (other), παλι (again) not παλιο (old). They match only as typed, and are marked so that no stem of
 * another word equals them.
 */
const KEPT_WHOLE = new Set([
  'κανεισ',
  'κανενασ',
  'κανενα',
  'τιποτα',
  'ολοι',
  'ολα',
  'ολεσ',
  'πολλοι',
  'πολυ',
  'αλλα',
  'παλι',
  'χωρισ',
  'μονο',
]);

/** The word's stem when it is a Greek noun or adjective; any other word is its own stem. */
export function greekStem(word: string): string {
  if (KEPT_WHOLE.has(word)) return `${word}=`;
  if (word.length <= MIN_STEM || !GREEK_WORD.test(word)) return word;
  const found = ENDINGS.find(({ ending }) => word.endsWith(ending) && word.length - ending.length >= MIN_STEM);
  return found ? `${word.slice(0, -found.ending.length)}${found.stemEnd}` : word;
}
