import { fold } from '../src/journey/fold.ts';
import { type Contribution, contributionSchema, DEPARTMENTS, type Department } from '../src/journey/model.ts';
import { fixed, gc, median, megabytes, printTable } from './report.ts';
import { benchMap, seededRandom, syntheticContributions } from './synthetic.ts';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 9;
/** Contributions folded untimed before each size, so small sizes are measured on optimised code too. */
const WARM_UP_CONTRIBUTIONS = 300_000;
/** Issue 3: 100,000 contributions folded in under 300 ms on this machine. */
const TARGET_MS_AT_100K = 300;

/** The store lists contributions in id order; a shuffle shows the cost of any other order. */
function shuffled(contributions: readonly Contribution[]): Contribution[] {
  const random = seededRandom(contributions.length + 1);
  const result = [...contributions];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** Free text rarely repeats word for word: the worst case for the normalisation cache. */
function withDistinctTexts(contributions: readonly Contribution[]): Contribution[] {
  return contributions.map((contribution, index) =>
    contribution.text === '' ? contribution : { ...contribution, text: `${contribution.text} #${index}` },
  );
}

interface Scenario {
  label: string;
  size: number;
  arrange?: (contributions: readonly Contribution[]) => Contribution[];
}

const SCENARIOS: Scenario[] = [
  ...SIZES.map((size) => ({ label: 'in store order', size })),
  { label: 'shuffled', size: 100_000, arrange: shuffled },
  { label: 'every text distinct', size: 100_000, arrange: withDistinctTexts },
];

interface FoldFigures {
  scenario: Scenario;
  medianMs: number;
  retainedBytes: number;
}

function measure(scenario: Scenario): FoldFigures {
  const { size, arrange } = scenario;
  const map = benchMap();
  const generated = syntheticContributions(map, size).map((contribution) => contributionSchema.parse(contribution));
  const contributions = arrange ? arrange(generated) : generated;
  const departmentsByUser = new Map<string, Department>(
    map.stakeholderIds.map((userId, index) => [userId, DEPARTMENTS[index % DEPARTMENTS.length]!]),
  );
  const warmUpRuns = Math.max(3, Math.ceil(WARM_UP_CONTRIBUTIONS / size));
  for (let run = 0; run < warmUpRuns; run += 1) fold(map, contributions, { departmentsByUser });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    fold(map, contributions, { departmentsByUser });
    times.push(performance.now() - started);
  }
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const view = fold(map, contributions, { departmentsByUser });
  gc?.();
  const retainedBytes = process.memoryUsage().heapUsed - before;
  if (view.contributionCount === 0) throw new Error('bench folded nothing');
  return { scenario, medianMs: median(times), retainedBytes };
}

export async function benchFold(): Promise<void> {
  const figures = SCENARIOS.map(measure);
  const inStoreOrder = figures.filter(({ scenario }) => !scenario.arrange);
  const smallest = inStoreOrder[0]!;
  const largest = inStoreOrder.at(-1)!;
  const perContribution = (figure: FoldFigures) => figure.medianMs / figure.scenario.size;
  printTable(
    `Fold: one map, median of ${RUNS} runs`,
    ['contributions', 'order', 'median ms', 'ms per 1k', 'vs 1k per contribution', 'view heap MB'],
    figures.map((figure) => [
      figure.scenario.size.toLocaleString('en'),
      figure.scenario.label,
      fixed(figure.medianMs),
      fixed(perContribution(figure) * 1000, 3),
      `${fixed(perContribution(figure) / perContribution(smallest), 2)}x`,
      megabytes(figure.retainedBytes),
    ]),
    [
      `cost per contribution at ${largest.scenario.size.toLocaleString('en')} vs ${smallest.scenario.size.toLocaleString('en')}: ` +
        `${fixed(perContribution(largest) / perContribution(smallest), 2)}x (linear is 1x or below)`,
      `target: 100,000 in under ${TARGET_MS_AT_100K} ms: ${largest.medianMs < TARGET_MS_AT_100K ? 'met' : 'MISSED'} ` +
        `(${fixed(largest.medianMs)} ms in store order)`,
      ...(gc ? [] : ['heap figures are rough: run node with --expose-gc']),
    ],
  );
}

if (import.meta.main) await benchFold();
