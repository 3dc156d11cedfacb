import { z } from 'zod';
import { KINDS, type Stage } from '../journey/model.ts';
import type { Clarification } from './changes.ts';
import type { ReplyRecord } from './record.ts';

/** Only the author changes what their reply added, and only as the answer they clicked last showed it. */
export function clickRefusal(record: ReplyRecord, clickerId: string, version: string): 'notYours' | 'outdated' | null {
  if (clickerId !== record.authorId) return 'notYours';
  if (record.version !== version || record.status !== 'live') return 'outdated';
  return null;
}

export type ClarifiedPart = 'kind' | 'stage' | 'skip';

/** What a button of the bot's question says; null when its value names no kind or no stage of the map. */
export function clarificationOf(
  stages: readonly Stage[],
  part: ClarifiedPart,
  choice: string | undefined,
): Clarification | null {
  if (part === 'skip') return 'skip';
  if (part === 'kind') {
    const kind = z.enum(KINDS).safeParse(choice);
    return kind.success ? { kind: kind.data } : null;
  }
  const stage = stages.find((candidate) => candidate.id === choice);
  return stage ? { stageId: stage.id } : null;
}
