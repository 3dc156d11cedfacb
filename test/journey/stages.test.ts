import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { DEFAULT_STAGE_NAMES, MAX_NAME_LENGTH } from '../../src/journey/model.ts';
import { createStages, findStage, parseStageList, validateStageNames } from '../../src/journey/stages.ts';

describe('createStages', () => {
  it('numbers stages in order and trims their names', () => {
    expect(createStages([' Awareness ', 'Επίγνωση', '认知'])).toEqual([
      { id: 's1', name: 'Awareness' },
      { id: 's2', name: 'Επίγνωση' },
      { id: 's3', name: '认知' },
    ]);
  });
});

describe('validateStageNames', () => {
  it.each([
    ['the default stages', [...DEFAULT_STAGE_NAMES], null],
    ['Greek names', ['Επίγνωση', 'Εξέταση', 'Απόφαση'], null],
    ['Chinese names', ['认知', '考虑', '决策'], null],
    ['one stage', ['Awareness'], 'A map needs at least 2 stages.'],
    ['no stages', [], 'A map needs at least 2 stages.'],
    [
      'eleven stages',
      Array.from({ length: 11 }, (_, index) => `Stage ${index + 1}`),
      'A map can have at most 10 stages.',
    ],
    ['a blank name', ['Awareness', '   '], 'Stage 2 needs a name with at least one letter or number.'],
    ['a name of punctuation only', ['???', 'Decision'], 'Stage 1 needs a name with at least one letter or number.'],
    ['a name at the limit', ['a'.repeat(MAX_NAME_LENGTH), 'Decision'], null],
    [
      'a name over the limit',
      ['Awareness', 'a'.repeat(MAX_NAME_LENGTH + 1)],
      'Stage 2 is too long: keep names to 80 characters or fewer.',
    ],
    [
      'a duplicate name',
      ['Decision', 'Awareness', 'decision'],
      '"Decision" and "decision" are the same stage: give each stage its own name.',
    ],
    [
      'names that only differ in accents',
      ['Επίγνωση', 'ΕΠΙΓΝΩΣΗ'],
      '"Επίγνωση" and "ΕΠΙΓΝΩΣΗ" are the same stage: give each stage its own name.',
    ],
    [
      'names that only differ in punctuation',
      ['Sign-up', 'Sign up!'],
      '"Sign-up" and "Sign up!" are the same stage: give each stage its own name.',
    ],
  ])('%s', (_label, names, expected) => {
    const problem = validateStageNames(names);
    expect(problem && translator('en').t(problem.key, problem.values)).toBe(expected);
  });
});

describe('parseStageList', () => {
  it.each([
    ['one per line', 'Awareness\nConsideration\nDecision', ['Awareness', 'Consideration', 'Decision']],
    ['blank lines and spaces dropped', '\n  Awareness \n\n Decision\r\n\n', ['Awareness', 'Decision']],
    ['comma separated on one line', 'Awareness, Consideration ,Decision,', ['Awareness', 'Consideration', 'Decision']],
    ['commas kept inside lines', 'Search, compare\nBuy', ['Search, compare', 'Buy']],
    [
      'list bullets and numbers dropped',
      '- Awareness\n* Consideration\n• Decision\n1. Retention\n2) Advocacy',
      ['Awareness', 'Consideration', 'Decision', 'Retention', 'Advocacy'],
    ],
    ['Chinese commas', '认知，考虑、决策', ['认知', '考虑', '决策']],
    ['a single name', 'Awareness', ['Awareness']],
    ['nothing', '  \n ', []],
  ])('%s', (_label, text, expected) => {
    expect(parseStageList(text)).toEqual(expected);
  });
});

describe('findStage', () => {
  const stages = createStages(['Awareness', 'Consideration', 'Decision', 'Delivery', 'Retention', 'Advocacy']);
  const greek = createStages(['Επίγνωση', 'Εξέταση', 'Απόφαση']);
  const chinese = createStages(['认知', '考虑', '决策']);
  const byName = (name: string) => ({ stage: [...stages, ...greek, ...chinese].find((stage) => stage.name === name) });

  it.each([
    ['an exact name', stages, 'Decision', byName('Decision')],
    ['a name in another case, with punctuation', stages, '  decision! ', byName('Decision')],
    ['an unambiguous prefix', stages, 'consid', byName('Consideration')],
    ['a prefix of 3 letters', stages, 'ret', byName('Retention')],
    ['a prefix that is too short', stages, 'aw', null],
    ['a short prefix, even of one stage', stages, 'de', null],
    ['a prefix that tells two similar stages apart', stages, 'Del', byName('Delivery')],
    ['a stage number', stages, '2', byName('Consideration')],
    ['a full-width stage number', stages, '２', byName('Consideration')],
    ['a number beyond the stages', stages, '7', null],
    ['stage zero', stages, '0', null],
    ['an unknown word', stages, 'pricing', null],
    ['nothing', stages, '  ', null],
    ['a Greek name without accents', greek, 'επιγνωση', byName('Επίγνωση')],
    ['a Greek prefix in capitals', greek, 'ΑΠΌ', byName('Απόφαση')],
    ['a Chinese name', chinese, '认知', byName('认知')],
    ['a one-character Chinese prefix', chinese, '考', byName('考虑')],
  ])('%s', (_label, candidates, query, expected) => {
    expect(findStage(candidates, query)).toEqual(expected);
  });

  it.each([
    ['Latin', ['Research', 'Reservation', 'Return'], 'res', ['Research', 'Reservation']],
    ['Greek', ['Επίγνωση', 'Επιστροφή', 'Απόφαση'], 'ΕΠΙ', ['Επίγνωση', 'Επιστροφή']],
    ['Chinese', ['认知', '决策', '决定后'], '决', ['决策', '决定后']],
  ])('lists every stage an ambiguous %s prefix matches', (_script, names, query, expected) => {
    const candidates = createStages(names);
    const ambiguous = candidates.filter((stage) => expected.includes(stage.name));
    expect(findStage(candidates, query)).toEqual({ ambiguous });
  });
});
