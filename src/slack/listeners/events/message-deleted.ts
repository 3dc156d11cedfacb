import { z } from 'zod';
import { deleteReply } from '../../../threads/changes.ts';
import { claimUnlessReplay } from '../../delivery.ts';
import type { Deps } from '../../deps.ts';
import { applyReplyChange, changeContext } from '../../flows/thread-replies.ts';
import { ignored, type MessageArgs } from './event-args.ts';

const deletedSchema = z.object({ channel: z.string().min(1), deleted_ts: z.string().min(1) });

/** A deleted reply under a map card takes what it added off the map. */
export function messageDeleted(deps: Deps) {
  return async ({ event, body, context, client }: MessageArgs): Promise<void> => {
    const parsed = deletedSchema.safeParse(event);
    const teamId = context.teamId ?? body.team_id;
    if (!parsed.success || !teamId) return ignored(deps, {}, 'unreadable delete');
    const ref = { teamId, channelId: parsed.data.channel, ts: parsed.data.deleted_ts };
    const fields = { channelId: ref.channelId, ts: ref.ts };
    try {
      const record = await deps.store.replyRecords.get(ref);
      if (!record || record.status === 'deleted') return ignored(deps, fields, 'not a recorded reply');
      if (!(await claimUnlessReplay(() => deps.store.deliveryClaims.claimThread('delete', ref)))) {
        deps.log.info(fields, 'thread delete already handled');
        return;
      }
      const map = await deps.store.maps.get(teamId, record.mapId);
      if (!map) return ignored(deps, fields, 'map gone');
      const change = deleteReply(record, await changeContext(deps, teamId, record.authorId));
      await applyReplyChange(deps, client, map, change);
      deps.log.info({ ...fields, mapId: map.id, retracted: change.append.length }, 'thread reply deleted');
    } catch (err) {
      deps.log.error({ err, ...fields }, 'thread delete failed');
    }
  };
}
