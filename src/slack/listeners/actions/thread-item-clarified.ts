import { clarifyItem } from '../../../threads/changes.ts';
import { type ClarifiedPart, clarificationOf } from '../../../threads/clicks.ts';
import type { Deps } from '../../deps.ts';
import { threadClick } from './thread-click.ts';

/** The author answers what the bot could not tell about an item: its kind, its stage, or "not for the map". */
export function threadItemClarified(deps: Deps, part: ClarifiedPart) {
  return threadClick(deps, `clarify ${part}`, ({ map, record, action, context }) => {
    const answer = clarificationOf(map.stages, part, action.choice);
    return answer && action.index !== undefined ? clarifyItem(record, action.index, answer, context) : null;
  });
}
