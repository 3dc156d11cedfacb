import { fold } from '../src/journey/fold.ts';
import {
  type Contribution,
  contributionSchema,
  DEFAULT_STAGE_NAMES,
  DEPARTMENTS,
  type Department,
  type JourneyMap,
  KINDS,
} from '../src/journey/model.ts';
import { createStages } from '../src/journey/stages.ts';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 9;
/** Contributions folded untimed before each size, so small sizes are measured on optimised code too. */
const WARM_UP_CONTRIBUTIONS = 300_000;
const AUTHORS = 30;
const RETRACTION_SHARE = 0.08;
const START = Date.parse('2026-01-05T09:00:00.000Z');

const SUBJECTS = [
  'website',
  'pricing page',
  'checkout',
  'sign up form',
  'live chat',
  'email newsletter',
  'webinar',
  'review',
  'FAQ',
  'phone call',
  'mobile app',
  'invoice',
  'onboarding call',
  'demo',
  'case study',
  'trial',
  'support ticket',
  'search result',
  'social media ad',
  'partner referral',
  'help centre article',
  'contract',
  'renewal reminder',
  'community forum',
  'product tour',
  'Ιστοσελίδα',
  '网站',
  'ウェブサイト',
];
const QUALIFIERS = [
  '',
  'slow',
  'confusing',
  'missing',
  'great',
  'outdated',
  'long',
  'broken',
  'helpful',
  'hidden',
  'new',
  'mobile',
  'first',
  'annual',
  'free',
];

/** Small, seeded and fast, so every run folds the same contributions. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How people actually type the same thing: case, articles, trailing punctuation, plurals, hyphens. */
function variantsOf(text: string): string[] {
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return [
    text,
    capitalised,
    `the ${text}`,
    `${text}.`,
    `${text}s`,
    text.toUpperCase(),
    `${text.replaceAll(' ', '-')}!`,
  ];
}

function benchMap(): JourneyMap {
  return {
    id: 'bench-map',
    teamId: 'T1',
    name: 'Bench',
    goal: '',
    persona: { name: 'Buyer', description: '' },
    stages: createStages(DEFAULT_STAGE_NAMES),
    type: 'current_state',
    ownerId: 'U0',
    stakeholderIds: Array.from({ length: AUTHORS }, (_, index) => `U${index}`),
    channelId: 'C1',
    digest: { weekday: 1, hour: 9, timeZone: 'UTC' },
    createdAt: new Date(START).toISOString(),
  };
}

function syntheticContributions(map: JourneyMap, count: number): Contribution[] {
  const random = seededRandom(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const texts = SUBJECTS.flatMap((subject) =>
    QUALIFIERS.map((qualifier) => (qualifier ? `${qualifier} ${subject}` : subject)),
  ).map(variantsOf);
  const contributions: Contribution[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `c${index.toString().padStart(8, '0')}`;
    const authorIndex = Math.floor(random() * AUTHORS);
    const common = {
      id,
      mapId: map.id,
      authorId: `U${authorIndex}`,
      source: pick(['interview', 'thread', 'command'] as const),
      createdAt: new Date(START + index * 60_000).toISOString(),
    };
    const earlier = index > 0 ? contributions[Math.floor(random() * index)] : undefined;
    if (earlier && random() < RETRACTION_SHARE) {
      contributions.push({ ...common, stageId: earlier.stageId, kind: earlier.kind, text: '', retracts: earlier.id });
      continue;
    }
    const kind = pick(KINDS);
    contributions.push({
      ...common,
      // A third of contributions carry their department; the rest take their author's.
      ...(authorIndex % 3 === 0 && { department: pick(DEPARTMENTS) }),
      stageId: pick(map.stages).id,
      kind,
      text: pick(pick(texts)),
      ...(kind === 'feeling' && { score: 1 + Math.floor(random() * 5) }),
    });
  }
  return contributions;
}

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Present with `node --expose-gc`; without it the heap figures include garbage not yet collected. */
const gc = (globalThis as { gc?: () => void }).gc;

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
  for (const { scenario, medianMs, retainedBytes } of figures) {
    const perThousand = (medianMs / scenario.size) * 1000;
    console.log(
      `fold ${scenario.size.toLocaleString('en')} contributions ${scenario.label}: median ${medianMs.toFixed(1)} ms ` +
        `of ${RUNS} runs, ${perThousand.toFixed(3)} ms per 1k, view retains ${(retainedBytes / 1024 / 1024).toFixed(2)} MB`,
    );
  }
  const inStoreOrder = figures.filter(({ scenario }) => !scenario.arrange);
  const smallest = inStoreOrder[0]!;
  const largest = inStoreOrder.at(-1)!;
  const ratio = largest.medianMs / largest.scenario.size / (smallest.medianMs / smallest.scenario.size);
  console.log(
    `fold cost per contribution at ${largest.scenario.size} vs ${smallest.scenario.size}: ${ratio.toFixed(2)}x (linear ≈ 1)`,
  );
  if (!gc) console.log('fold heap figures are rough: run node with --expose-gc');
}

if (import.meta.main) await benchFold();
