import { z } from 'zod';
import { contributionSchema, KINDS, MAX_TEXT_LENGTH, type Stage } from '../journey/model.ts';
import { findStage } from '../journey/stages.ts';
import { type ExtractedItem, MAX_ITEMS_PER_REPLY, stageIdOf } from '../threads/parse.ts';

export type { ExtractedItem } from '../threads/parse.ts';

/** What a reply was understood as, and by whom: the explicit syntax, the built-in rules or a model. */
export interface Extraction {
  items: ExtractedItem[];
  source: 'explicit' | 'rules' | 'model';
}

/**
 * What a model is asked to return for a plain reply. Every field is required and "unknown" is null,
 * as OpenAI structured output wants; stages come back by name, since a model never sees stage ids.
 * No lengths or ranges here: OpenAI-compatible servers differ in which they accept, so
 * `extractionFromModel` checks them instead.
 */
export const modelExtractionSchema = z.object({
  items: z.array(
    z.object({
      kind: z.enum(KINDS).nullable(),
      stage: z.string().nullable(),
      text: z.string(),
      score: z.number().nullable(),
    }),
  ),
});
export type ModelExtraction = z.infer<typeof modelExtractionSchema>;

/**
 * A model's answer as items of this map: stage names become ids, a score off the 1-5 scale is
 * dropped, and so are items a contribution could not hold.
 */
export function extractionFromModel(output: ModelExtraction, stages: readonly Stage[]): Extraction {
  const items = output.items.slice(0, MAX_ITEMS_PER_REPLY).flatMap((item): ExtractedItem[] => {
    const text = item.text.trim();
    if (text === '' || text.length > MAX_TEXT_LENGTH) return [];
    const stageId = item.stage === null ? null : stageIdOf(findStage(stages, item.stage));
    const understood = { kind: item.kind, stageId, text };
    return [item.kind === 'feeling' && isFeelingScore(item.score) ? { ...understood, score: item.score } : understood];
  });
  return { items, source: 'model' };
}

const feelingScoreSchema = contributionSchema.shape.score.unwrap();

function isFeelingScore(score: number | null): score is number {
  return feelingScoreSchema.safeParse(score).success;
}
