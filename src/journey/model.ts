import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.ts';
import { type Translator, translator } from '../i18n/translator.ts';

/** Longest text one contribution may carry; longer input is refused at the boundary, never cut here. */
export const MAX_TEXT_LENGTH = 2000;
export const MIN_STAGES = 2;
export const MAX_STAGES = 10;
export const MAX_NAME_LENGTH = 80;

/** The stages a new map starts with; their names come from the catalogs, in the method's words per language. */
export const DEFAULT_STAGES = ['awareness', 'consideration', 'decision', 'retention', 'advocacy'] as const;

export function defaultStageNames(t: Translator): string[] {
  return DEFAULT_STAGES.map((stage) => t.t(`common.defaultStages.${stage}`));
}

/** The English defaults, which maps made before maps had a language start with. */
export const DEFAULT_STAGE_NAMES: readonly string[] = defaultStageNames(translator('en'));

export const MAP_TYPES = ['current_state', 'future_state', 'day_in_the_life', 'service_blueprint'] as const;

export const KINDS = ['action', 'thought', 'feeling', 'touchpoint', 'obstacle', 'idea', 'goal', 'kpi'] as const;
export const SOURCES = ['interview', 'thread', 'command'] as const;
export const DEPARTMENTS = [
  'marketing',
  'sales',
  'support',
  'product',
  'finance',
  'operations',
  'hr',
  'other',
] as const;

export type MapType = (typeof MAP_TYPES)[number];
export type Kind = (typeof KINDS)[number];
export type Source = (typeof SOURCES)[number];
export type Department = (typeof DEPARTMENTS)[number];

const id = z.string().min(1).max(64);
const isoDate = z.iso.datetime();

export const stageSchema = z.object({ id, name: z.string().trim().min(1).max(MAX_NAME_LENGTH) });
export type Stage = z.infer<typeof stageSchema>;

export const personaSchema = z.object({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  description: z.string().trim().max(MAX_TEXT_LENGTH).default(''),
});
export type Persona = z.infer<typeof personaSchema>;

/** Weekday is ISO (1 = Monday ... 7 = Sunday); hour and weekday are in `timeZone` (the owner's). */
export const digestScheduleSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  timeZone: z.string().min(1).max(64),
});
export type DigestSchedule = z.infer<typeof digestScheduleSchema>;

export const journeyMapSchema = z.object({
  id,
  teamId: id,
  enterpriseId: id.optional(),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  goal: z.string().trim().max(MAX_TEXT_LENGTH).default(''),
  persona: personaSchema,
  stages: z.array(stageSchema).min(MIN_STAGES).max(MAX_STAGES),
  type: z.enum(MAP_TYPES),
  /** What everything about the map speaks; maps stored before maps had a language read as English. */
  language: z.enum(LANGUAGES).optional(),
  ownerId: id,
  stakeholderIds: z.array(id).max(100),
  channelId: id,
  /** ts of the map card; the card's thread is where teams reply. */
  cardTs: z.string().optional(),
  digest: digestScheduleSchema,
  createdAt: isoDate,
  archivedAt: isoDate.optional(),
});
export type JourneyMap = z.infer<typeof journeyMapSchema>;

/**
 * The unit of input: immutable and append-only. Undo and edits are new contributions whose
 * `retracts` names the one they take back; a retraction repeats the stage and kind it retracts.
 */
export const contributionSchema = z.object({
  id,
  mapId: id,
  authorId: id,
  department: z.enum(DEPARTMENTS).optional(),
  source: z.enum(SOURCES),
  stageId: id,
  kind: z.enum(KINDS),
  text: z.string().max(MAX_TEXT_LENGTH),
  score: z.number().int().min(1).max(5).optional(),
  createdAt: isoDate,
  retracts: id.optional(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const personSchema = z.object({
  userId: id,
  teamId: id,
  department: z.enum(DEPARTMENTS),
});
export type Person = z.infer<typeof personSchema>;

/** Kinds that are folded into lists of items (feelings also carry a score). */
export type ItemKind = Kind;

export interface MergedItem {
  /** Normalised text: equal keys are the same item. */
  key: string;
  /** Display text: the earliest contribution's own words. */
  text: string;
  kind: Kind;
  /** Distinct contributions folded into this item. */
  count: number;
  contributorIds: string[];
  departments: Department[];
  contributionIds: string[];
  firstAt: string;
  lastAt: string;
}

export interface FeelingStats {
  count: number;
  /** Mean score 1-5, null without scores. */
  mean: number | null;
  /** Population standard deviation of the scores, null without scores. */
  spread: number | null;
  byDepartment: Partial<Record<Department, { count: number; mean: number }>>;
}

export interface StageView {
  stage: Stage;
  /** Items per kind, most raised first (count, then departments, then text). */
  items: Record<Kind, MergedItem[]>;
  feeling: FeelingStats;
  contributorIds: string[];
  departments: Department[];
  contributionCount: number;
}

export interface Disagreement {
  stageId: string;
  low: { department: Department; mean: number };
  high: { department: Department; mean: number };
  difference: number;
}

export interface Gaps {
  /** Stages nobody said anything about. */
  emptyStageIds: string[];
  stageIdsWithoutTouchpoint: string[];
  /** Invited stakeholders with no live contribution. */
  silentStakeholderIds: string[];
  /** Departments (other than 'other') with no live contribution. */
  missingDepartments: Department[];
}

export interface JourneyView {
  mapId: string;
  stages: StageView[];
  contributionCount: number;
  contributorIds: string[];
  departments: Department[];
  disagreements: Disagreement[];
  gaps: Gaps;
  lastContributionAt: string | null;
}
