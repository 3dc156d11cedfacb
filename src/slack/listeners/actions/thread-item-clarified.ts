import { z } from 'zod';
import { type JourneyMap, KINDS } from '../../../journey/model.ts';
import type { Deps } from '../../deps.ts';
import { type Clarification, clarifyItem } from '../../flows/thread-changes.ts';
import { threadClick } from './thread-click.ts';

export type ClarifiedPart = 'kind' | 'stage' | 'skip';

function clarification(map: JourneyMap, part: ClarifiedPart, choice: string | undefined): Clarification | null {
  if (part === 'skip') return 'skip';
  if (part === 'kind') {
    const kind = z.enum(KINDS).safeParse(choice);
    return kind.success ? { kind: kind.data } : null;
  }
  const stage = map.stages.find((candidate) => candidate.id === choice);
  return stage ? { stageId: stage.id } : null;
}

/** The author answers what the bot could not tell about an item: its kind, its stage, or "not for the map". */
export function threadItemClarified(deps: Deps, part: ClarifiedPart) {
  return threadClick(deps, `clarify ${part}`, ({ map, record, action, context }) => {
    const answer = clarification(map, part, action.choice);
    return answer && action.index !== undefined ? clarifyItem(record, action.index, answer, context) : null;
  });
}
