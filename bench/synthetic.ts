import { ulid } from 'ulid';
import { type Contribution, DEFAULT_STAGE_NAMES, DEPARTMENTS, type JourneyMap, KINDS } from '../src/journey/model.ts';
import { createStages } from '../src/journey/stages.ts';

/** Seeded maps and contributions shaped like real input, so every run measures the same data. */

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
export function seededRandom(seed: number): () => number {
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

const TEXTS = SUBJECTS.flatMap((subject) =>
  QUALIFIERS.map((qualifier) => (qualifier ? `${qualifier} ${subject}` : subject)),
).map(variantsOf);

export function benchMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
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
    ...overrides,
  };
}

/** `count` contributions to `map`, one a minute, about 8% of them retracting an earlier one. */
export function syntheticContributions(map: JourneyMap, count: number, seed = count): Contribution[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const contributions: Contribution[] = [];
  for (let index = 0; index < count; index += 1) {
    const createdAt = START + index * 60_000;
    const authorIndex = Math.floor(random() * AUTHORS);
    const common = {
      // Time-sortable as the app's own ids are, so input added during a bench sorts after the seeded.
      id: ulid(createdAt, random),
      mapId: map.id,
      authorId: `U${authorIndex}`,
      source: pick(['interview', 'thread', 'command'] as const),
      createdAt: new Date(createdAt).toISOString(),
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
      text: pick(pick(TEXTS)),
      ...(kind === 'feeling' && { score: 1 + Math.floor(random() * 5) }),
    });
  }
  return contributions;
}
