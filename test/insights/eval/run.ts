// `npm run eval:insights`: the improvements engine against the blind evaluation set, per language.

import { readProblems } from '../../../src/insights/classify.ts';
import { loadPlaybook } from '../../../src/insights/playbook-file.ts';
import { LANGUAGES, loadEvalSet } from './schema.ts';
import { type Classifier, type Judged, judgeAll, rates } from './score.ts';

/** The rules engine: each answer read into its problems, each problem's family or none. */
function rulesEngine(): Classifier {
  const { families } = loadPlaybook();
  return (answer, context) => readProblems(families, answer, context).map((problem) => problem.family?.id ?? null);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function report(judged: readonly Judged[], showMisses: boolean): void {
  for (const language of [...LANGUAGES, 'all'] as const) {
    const mine = judged.filter((one) => language === 'all' || one.language === language);
    const { total, fitting, wrong, generic, other } = rates(mine);
    console.log(
      `${language.padEnd(8)} ${String(total).padStart(4)} obstacles  fitting ${percent(fitting).padStart(6)}  ` +
        `wrong ${percent(wrong).padStart(6)}  generic ${percent(generic).padStart(6)}  other ${percent(other).padStart(6)}`,
    );
  }
  if (!showMisses) return;
  for (const one of judged.filter((candidate) => candidate.verdict !== 'fitting')) {
    const expected = one.obstacle.family ?? '(none)';
    console.log(`\n[${one.verdict}] ${one.journey}: expected ${expected}, found ${one.found.join(', ') || '(none)'}`);
    for (const answer of one.answers) console.log(`    ${answer.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

const set = loadEvalSet();
console.log('engine: rules playbook (obstacle families)');
report(judgeAll(set, rulesEngine()), process.argv.includes('--misses'));
