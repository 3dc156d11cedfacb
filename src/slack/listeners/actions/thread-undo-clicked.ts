import { undoReply } from '../../../threads/changes.ts';
import type { Deps } from '../../deps.ts';
import { threadClick } from './thread-click.ts';

/** Undo on the bot's answer: everything the author's message added comes off the map. */
export function threadUndoClicked(deps: Deps) {
  return threadClick(deps, 'undo', ({ record, context }) => undoReply(record, context));
}
