import { z } from 'zod';
import { mapTranslator, type Translator, translator } from '../../../i18n/index.ts';
import type { JourneyMap } from '../../../journey/model.ts';
import type { ChangeContext, ReplyChange } from '../../../threads/changes.ts';
import { clickRefusal } from '../../../threads/clicks.ts';
import type { ReplyRecord } from '../../../threads/record.ts';
import type { Deps, SlackClient } from '../../deps.ts';
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

interface ReadClick {
  teamId: string;
  channelId: string;
  userId: string;
  action: ReplyAction;
  container: z.infer<typeof clickSchema>['container'];
}

function readClick(body: unknown, teamIdOfContext: string | undefined): ReadClick | undefined {
  const parsed = clickSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const click = parsed.data;
  const teamId = click.team?.id ?? teamIdOfContext;
  const channelId = click.channel?.id ?? click.container?.channel_id;
  const first = click.actions[0];
  const action = parseReplyAction(first?.value ?? first?.selected_option?.value ?? '');
  if (!teamId || !channelId || !action) return undefined;
  return { teamId, channelId, userId: click.user.id, action, container: click.container };
}

type Decide = (click: ThreadClick) => ReplyChange | null;

/** Finds the reply the click points at and applies what `decide` makes of it; returns what to tell the clicker. */
async function applyClick(deps: Deps, client: SlackClient, click: ReadClick, name: string, decide: Decide) {
  const { teamId, channelId, userId, action } = click;
  const record = await deps.store.replyRecords.get({ teamId, channelId, ts: action.ts });
  const map = record && (await deps.store.maps.get(teamId, record.mapId));
  if (!record || !map) return CLICK_REFUSALS.gone(await channelTranslator(deps, teamId, channelId));
  const t = mapTranslator(map);
  const refusal = clickRefusal(record, userId, action.version);
  if (refusal === 'notYours') return CLICK_REFUSALS.notYours(t, record.authorId);
  if (refusal === 'outdated') return CLICK_REFUSALS.outdated(t);
  // The answer may have been clicked before its ts was saved; the click says which message it is.
  const known = { ...record, replyTs: record.replyTs ?? click.container?.message_ts };
  const change = decide({ map, record: known, action, context: await changeContext(deps, teamId, userId) });
  const fields = { action: name, mapId: map.id, ts: record.ts };
  if (!change) {
    deps.log.debug(fields, 'thread click changed nothing');
    return undefined;
  }
  await applyReplyChange(deps, client, map, change);
  deps.log.info({ ...fields, appended: change.append.length }, 'thread click applied');
  return undefined;
}

/**
 * The shared shape of every control on the bot's thread answers: ack at once, find the reply the control points
 * at, let only its author change it, and only as the answer last showed it; then store and show what `decide`
 * makes of the click (null: nothing to do, e.g. a second click on a button already answered). Refusals and
 * failures are told privately to the clicker.
 */
export function threadClick(deps: Deps, name: string, decide: Decide) {
  return async ({ ack, body, client, context }: BlockActionArgs): Promise<void> => {
    await ack();
    const click = readClick(body, context.teamId);
    if (!click) {
      deps.log.warn({ action: name }, 'thread click payload rejected');
      return;
    }
    const { channelId, userId, container } = click;
    const tell = (text: string) =>
      client.chat.postEphemeral({ channel: channelId, user: userId, thread_ts: container?.thread_ts, text });
    try {
      const refusal = await applyClick(deps, client, click, name, decide);
      if (refusal) await tell(refusal);
    } catch (err) {
      deps.log.error({ err, action: name, channelId, ts: click.action.ts }, 'thread click failed');
      const map = await deps.store.maps.findByChannel(click.teamId, channelId).catch(() => undefined);
      await tell(translatorFor(map).t('common.errors.unexpected')).catch(() => undefined);
    }
  };
}

/** The language of the map bound to the channel the click came from (the answers are in its thread). */
async function channelTranslator(deps: Deps, teamId: string, channelId: string): Promise<Translator> {
  return translatorFor(await deps.store.maps.findByChannel(teamId, channelId).catch(() => undefined));
}

function translatorFor(map: JourneyMap | undefined): Translator {
  return map ? mapTranslator(map) : translator(undefined);
}
