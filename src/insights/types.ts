import { z } from 'zod';
import type { Department, Disagreement } from '../journey/model.ts';

/**
 * What can be missing or off at a stage. Each has a rule in the playbook that turns it into an
 * improvement; the summary lists them as gaps, except a disagreement (it has its own place) and
 * the standing ones.
 */
export const GAP_KINDS = [
  'empty_stage',
  'no_obstacle',
  'emotion_dip',
  'no_touchpoint',
  'silent_departments',
  'no_feeling',
  'no_kpi',
  'disagreement',
  'kpi_baseline',
  'customer_evidence',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Gaps that hold for nearly every stage: they fill a short list of improvements but are not listed as gaps. */
export const STANDING_GAP_KINDS: ReadonlySet<GapKind> = new Set(['kpi_baseline', 'customer_evidence']);

export interface StageGap {
  kind: GapKind;
  /** One line for people, from the playbook's gap rule. */
  text: string;
  /** The departments concerned: the silent ones, or the two that disagree; empty otherwise. */
  departments: Department[];
}

/** A touchpoint or obstacle of the stage, with who raised it. */
export interface RankedItem {
  text: string;
  /** The merge key (normaliseText) of the item. */
  key: string;
  contributorIds: string[];
  departments: Department[];
}

export interface FeelingSummary {
  /** Number of scores. */
  count: number;
  mean: number | null;
  spread: number | null;
  /** The emoji of the interview's scale for the rounded mean, null without scores. */
  emoji: string | null;
}

/**
 * The part of a summary a model may write: improvements and a short narrative. Every field is
 * required and there are no string lengths or array bounds, as OpenAI structured output wants;
 * the policy that takes a model's answer checks those.
 */
export const modelImprovementSchema = z.object({
  answers: z.object({ kind: z.enum(['obstacle', 'gap']), text: z.string() }),
  action: z.string(),
  touchpoint: z.string(),
  kpi: z.string(),
});
export const modelInsightSchema = z.object({
  narrative: z.string(),
  improvements: z.array(modelImprovementSchema),
});
export type ModelInsight = z.infer<typeof modelInsightSchema>;

export type Improvement = z.infer<typeof modelImprovementSchema> & {
  /** The departments that own the fix (the family's, the gap's, or those who raised the obstacle); may be empty. */
  owners: Department[];
  /** The obstacle family or gap rule it comes from; null for the generic question and for a model's. */
  patternId: string | null;
  /** The kind of gap a gap rule's improvement answers. */
  gapKind?: GapKind;
};

/** Quotes of people's words in a summary are cut, at a word, to about this many characters. */
export const QUOTE_LENGTH = 200;

/** A model's answer with fewer than this is no answer: a stage may have nothing specific worth suggesting. */
export const MIN_IMPROVEMENTS = 1;
/** A stage summary fits on one screen: the three that matter most; what else was raised is listed in one line. */
export const MAX_IMPROVEMENTS = 3;

export interface StageSummary {
  source: 'rules' | 'model';
  mapId: string;
  stageId: string;
  stageName: string;
  /** The persona and what they want here, in one line. */
  personaLine: string;
  does: string[];
  thinks: string[];
  feeling: FeelingSummary;
  topTouchpoints: RankedItem[];
  topObstacles: RankedItem[];
  /** Obstacles no improvement answers, quoted (short): raised, but not acted on here. */
  alsoRaised: string[];
  disagreements: Disagreement[];
  gaps: StageGap[];
  improvements: Improvement[];
  /** A model's two or three sentences; the rules write none. */
  narrative: string | null;
}

export type StageImprovement = Improvement & { stageId: string };
