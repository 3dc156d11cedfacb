import { z } from 'zod';
import { mapTranslator, type Translator, translator } from '../../../i18n/index.ts';
import type { JourneyMap } from '../../../journey/model.ts';
import type { Deps } from '../../deps.ts';
import type { ChangeContext, ReplyChange } from '../../flows/thread-changes.ts';
import { loadReplyRecord, type ReplyRecord } from '../../flows/thread-record.ts';
import { applyReplyChange, changeContext } from '../../flows/thread-replies.ts';
import { parseReplyAction, type ReplyAction } from '../../views/thread-action-value.ts';
import { CLICK_REFUSALS } from '../../views/thread-reply.ts';
import type { BlockActionArgs } from './button-payload.ts';

const clickSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string().min(1) }).nullish(),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z
    .object({ channel_id: z.string().optional(), message_ts: z.string().optional(), thread_ts: z.string().optional() })
    .optional(),
  actions: z
    .array(z.object({ value: z.string().optional(), selected_option: z.object({ value: z.string() }).nullish() }))
    .min(1),
});

export interface ThreadClick {
  map: JourneyMap;
  /** The reply the clicked answer belongs to, as stored; the clicker is its author. */
  record: ReplyRecord;
  action: ReplyAction;
  context: ChangeContext;
}

/**
 * The shared shape of every control on the bot's thread answers: ack at once, find the reply the control points
 * at, let only its author change it, and only as the answer last showed it; then store and show what `decide`
 * makes of the click (null: nothing to do, e.g. a second click on a button already answered). Refusals and
 * failures are told privately to the clicker.
 */
export function threadClick(deps: Deps, name: string, decide: (click: ThreadClick) => ReplyChange | null) {
  return async ({ ack, body, client, context }: BlockActionArgs): Promise<void> => {
    await ack();
    const parsed = clickSchema.safeParse(body);
    const click = parsed.success ? parsed.data : undefined;
    const teamId = click?.team?.id ?? context.teamId;
    const channelId = click?.channel?.id ?? click?.container?.channel_id;
    const first = click?.actions[0];
    const action = parseReplyAction(first?.value ?? first?.selected_option?.value ?? '');
    if (!click || !teamId || !channelId || !action) {
      deps.log.warn({ action: name }, 'thread click payload rejected');
      return;
    }
    const userId = click.user.id;
    let t: Translator = translator(undefined);
    const tell = (text: string) =>
      client.chat.postEphemeral({ channel: channelId, user: userId, thread_ts: click.container?.thread_ts, text });
    try {
      const record = await loadReplyRecord(deps, { teamId, channelId, ts: action.ts });
      const map = record && (await deps.store.maps.get(teamId, record.mapId));
      if (!record || !map) {
        await tell(CLICK_REFUSALS.gone(await channelTranslator(deps, teamId, channelId)));
        return;
      }
      t = mapTranslator(map);
      if (userId !== record.authorId) {
        await tell(CLICK_REFUSALS.notYours(t, record.authorId));
        return;
      }
      if (record.version !== action.version || record.status !== 'live') {
        await tell(CLICK_REFUSALS.outdated(t));
        return;
      }
      // The answer may have been clicked before its ts was saved; the click says which message it is.
      const known = { ...record, replyTs: record.replyTs ?? click.container?.message_ts };
      const change = decide({ map, record: known, action, context: await changeContext(deps, teamId, userId) });
      const fields = { action: name, mapId: map.id, ts: record.ts };
      if (!change) {
        deps.log.debug(fields, 'thread click changed nothing');
        return;
      }
      await applyReplyChange(deps, client, map, change);
      deps.log.info({ ...fields, appended: change.append.length }, 'thread click applied');
    } catch (err) {
      deps.log.error({ err, action: name, channelId, ts: action.ts }, 'thread click failed');
      await tell(t.t('common.errors.unexpected')).catch(() => undefined);
    }
  };
}

/** The language of the map bound to the channel the click came from (the answers are in its thread). */
async function channelTranslator(deps: Deps, teamId: string, channelId: string): Promise<Translator> {
  const map = await deps.store.maps.findByChannel(teamId, channelId).catch(() => undefined);
  return map ? mapTranslator(map) : translator(undefined);
}
