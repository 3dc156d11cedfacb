// The second blind set (see README.md): the rules engine against fresh complaints, per language. It prints rates
// only: a set whose misses are read while tuning stops measuring anything.

import { readProblems } from '../../../src/insights/classify.ts';
import { loadPlaybook } from '../../../src/insights/playbook-file.ts';
import { loadFreshSet } from './set.ts';

const { families } = loadPlaybook();
const items = loadFreshSet();

const judged = items.map((item) => {
  const setting = { goal: item.goal, persona: '', stageName: item.stage, touchpoints: [] };
  const found = readProblems(families, item.text, setting).flatMap((problem) => problem.family?.id ?? []);
  const verdict = found.includes(item.family) ? 'fitting' : found.length === 0 ? 'none' : 'other';
  return { item, verdict };
});

console.log('\nsecond blind set: fresh complaints, one family each (rates only)');
const share = (count: number, total: number) => `${((count / total) * 100).toFixed(1)}%`.padStart(6);
for (const language of [...new Set(items.map((item) => item.language))].sort()) {
  const mine = judged.filter((one) => one.item.language === language);
  const count = (verdict: string) => mine.filter((one) => one.verdict === verdict).length;
  console.log(
    `${language.padEnd(8)} ${String(mine.length).padStart(4)} complaints  fitting ${share(count('fitting'), mine.length)}` +
      `  none ${share(count('none'), mine.length)}  other ${share(count('other'), mine.length)}`,
  );
}
