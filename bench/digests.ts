import { composeDigest, TOP_IMPROVEMENTS } from '../src/digest/compose.ts';
import { loadPlaybook } from '../src/insights/playbook-file.ts';
import { topImprovements } from '../src/insights/summary.ts';
import { fold } from '../src/journey/fold.ts';
import type { Contribution } from '../src/journey/model.ts';
import { digestMessage } from '../src/slack/views/digest.ts';
import { type SampleJourney, sampleJourneys } from '../test/fixtures/journeys.ts';
import { fixed, printTable } from './report.ts';

const DIGESTS = 1_000;
/** The sample journeys as they are (a team of 6 to 8), and as a department of ten times as many would fill them. */
const SCALES = [1, 10];
const WARM_UP_DIGESTS = 200;

/** `copies` people for each sample author, each saying the same things: ten times the input, same shape. */
function scaled(journey: SampleJourney, copies: number): SampleJourney {
  if (copies === 1) return journey;
  const copy = (contribution: Contribution, index: number): Contribution => ({
    ...contribution,
    id: `${contribution.id}-${index}`,
    authorId: `${contribution.authorId}${index}`,
    ...(contribution.retracts && { retracts: `${contribution.retracts}-${index}` }),
  });
  const contributions = Array.from({ length: copies }, (_, index) =>
    journey.contributions.map((contribution) => copy(contribution, index)),
  )
    .flat()
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stakeholderIds = Array.from({ length: copies }, (_, index) =>
    journey.map.stakeholderIds.map((userId) => `${userId}${index}`),
  ).flat();
  return { ...journey, map: { ...journey.map, stakeholderIds }, contributions };
}

interface Phases {
  fold: number;
  improvements: number;
  compose: number;
  blocks: number;
}

/** A week's digest as the app builds one: the merged map, the top improvements, the digest, its Slack blocks. */
function buildDigests(journeys: readonly SampleJourney[], count: number, phases?: Phases): number {
  const playbook = loadPlaybook();
  let blocks = 0;
  let mark = performance.now();
  const lap = (phase: keyof Phases) => {
    const now = performance.now();
    if (phases) phases[phase] += now - mark;
    mark = now;
  };
  for (let index = 0; index < count; index += 1) {
    const { map, contributions } = journeys[index % journeys.length]!;
    mark = performance.now();
    const view = fold(map, contributions);
    lap('fold');
    const improvements = topImprovements(map, view, playbook, TOP_IMPROVEMENTS);
    lap('improvements');
    // Half the input arrived since the last digest, so the digest has changes to list.
    const lastDigestAt = contributions[Math.floor(contributions.length / 2)]!.createdAt;
    const now = new Date(Date.parse(contributions.at(-1)!.createdAt) + 3_600_000);
    const digest = composeDigest({ map, view, contributions, lastDigestAt, improvements, now });
    lap('compose');
    blocks += digestMessage({ map, digest }).blocks?.length ?? 0;
    lap('blocks');
  }
  return blocks;
}

export async function benchDigests(): Promise<void> {
  const rows = SCALES.map((copies) => {
    const journeys = sampleJourneys.map((journey) => scaled(journey, copies));
    const sizes = journeys.map((journey) => journey.contributions.length);
    buildDigests(journeys, WARM_UP_DIGESTS);
    const phases: Phases = { fold: 0, improvements: 0, compose: 0, blocks: 0 };
    const started = performance.now();
    const blocks = buildDigests(journeys, DIGESTS, phases);
    const total = performance.now() - started;
    if (blocks === 0) throw new Error('digests had no blocks');
    return [
      `${Math.min(...sizes)}-${Math.max(...sizes)}`,
      fixed(total, 0),
      fixed((total / DIGESTS) * 1000, 0),
      fixed((phases.fold / DIGESTS) * 1000, 0),
      fixed((phases.improvements / DIGESTS) * 1000, 0),
      fixed((phases.compose / DIGESTS) * 1000, 0),
      fixed((phases.blocks / DIGESTS) * 1000, 0),
    ];
  });
  printTable(
    `Digests: ${DIGESTS.toLocaleString('en')} weekly digests over the ${sampleJourneys.length} sample journeys in turn`,
    ['contributions per map', 'total ms', 'µs per digest', 'fold µs', 'improvements µs', 'compose µs', 'blocks µs'],
    rows,
    ['a digest: fold + top improvements (rules) + composeDigest + Slack blocks; store reads and posting not included'],
  );
}

if (import.meta.main) await benchDigests();
