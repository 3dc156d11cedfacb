// `npm run eval:insights`: the improvements engine against the blind evaluation set, per language.

import { readProblems } from '../../../src/insights/classify.ts';
import { loadPlaybook } from '../../../src/insights/playbook-file.ts';
import { type EvalSet, LANGUAGES, loadEvalSet } from './schema.ts';
import { type Classifier, type Judged, judgeAll, rates } from './score.ts';

/** The rules engine: each answer read into its problems, each problem's family or none. */
function rulesEngine(): Classifier {
  const { families } = loadPlaybook();
  return (answer, context) => readProblems(families, answer, context).map((problem) => problem.family?.id ?? null);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function printRates(judged: readonly Judged[]): void {
  for (const language of [...LANGUAGES, 'all'] as const) {
    const mine = judged.filter((one) => language === 'all' || one.language === language);
    const { total, fitting, wrong, generic, other } = rates(mine);
    console.log(
      `${language.padEnd(8)} ${String(total).padStart(4)} obstacles  fitting ${percent(fitting).padStart(6)}  ` +
        `wrong ${percent(wrong).padStart(6)}  generic ${percent(generic).padStart(6)}  other ${percent(other).padStart(6)}`,
    );
  }
}

function printMisses(judged: readonly Judged[]): void {
  for (const one of judged.filter((candidate) => candidate.verdict !== 'fitting')) {
    const expected = one.obstacle.family ?? '(none)';
    console.log(`\n[${one.verdict}] ${one.journey}: expected ${expected}, found ${one.found.join(', ') || '(none)'}`);
    for (const answer of one.answers) console.log(`    ${answer.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

/**
 * Every second journey of each language (by id) is held out: whoever tunes the engine reads only the other half's
 * misses (`--misses` prints those alone), and the held-out figures say what the tuning is worth.
 */
function heldOutIds(set: EvalSet): Set<string> {
  const ids = LANGUAGES.flatMap((language) =>
    set.journeys
      .filter((journey) => journey.language === language)
      .map((journey) => journey.id)
      .sort()
      .filter((_, index) => index % 2 === 1),
  );
  return new Set(ids);
}

const set = loadEvalSet();
const judged = judgeAll(set, rulesEngine());
const heldOut = heldOutIds(set);
console.log('engine: rules playbook (obstacle families)');
printRates(judged);
console.log('\nheld-out half (never read its misses when tuning):');
printRates(judged.filter((one) => heldOut.has(one.journey)));
if (process.argv.includes('--misses')) printMisses(judged.filter((one) => !heldOut.has(one.journey)));
