import { moveItem } from '../../../threads/changes.ts';
import type { Deps } from '../../deps.ts';
import { threadClick } from './thread-click.ts';

/** "Move to…" on one item of the bot's answer: the item leaves its stage for the chosen one. */
export function threadItemMoved(deps: Deps) {
  return threadClick(deps, 'move', ({ map, record, action, context }) => {
    const stage = map.stages.find((candidate) => candidate.id === action.choice);
    return stage && action.index !== undefined ? moveItem(record, action.index, stage.id, context) : null;
  });
}
