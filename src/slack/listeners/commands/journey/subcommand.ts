import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import type { Translator } from '../../../../i18n/index.ts';
import type { JourneyMap } from '../../../../journey/model.ts';
import type { Deps, SlackClient } from '../../../deps.ts';
import { type MapAsker, type Resolved, resolveMap } from '../../../flows/resolve-map.ts';

/** The fields of a slash command the subcommands read, checked before anything else. */
export const commandSchema = z.object({
  text: z.string().max(4000).default(''),
  user_id: z.string().min(1),
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  trigger_id: z.string().default(''),
  enterprise_id: z.string().optional(),
});

export type CommandInput = z.infer<typeof commandSchema>;

export interface SubcommandContext {
  deps: Deps;
  client: SlackClient;
  command: CommandInput;
  /** The text after the subcommand word, as typed. */
  rest: string;
  ack: AckFn<string | RespondArguments>;
  respond: RespondFn;
  /** The caller's language (what they typed, the one they work in, or their Slack locale's), only when a reply needs it. */
  personLanguage: () => Promise<Translator>;
}

/** One `/journey <word>` handler: acks first (within Slack's 3 s), then does the slow part. */
export type Subcommand = (context: SubcommandContext) => Promise<void>;

/** The map a command names (or the channel's), as the caller may see it: the one way commands open a map. */
export function openMap(context: SubcommandContext, query: string): Promise<Resolved> {
  return resolveMap(context.deps, context.client, askerOf(context), query);
}

/** Who runs the command, and from where: what map lookups need to answer as the caller may see. */
export function askerOf({ command, personLanguage }: SubcommandContext): MapAsker {
  return { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id, personLanguage };
}

/**
 * The map as `openMap` finds it. When there is none the caller may see, the command is answered with why and
 * the result is undefined: the caller stops there.
 */
export async function openMapOrExplain(context: SubcommandContext, query: string): Promise<JourneyMap | undefined> {
  const resolved = await openMap(context, query);
  if ('map' in resolved) return resolved.map;
  await context.ack({ response_type: 'ephemeral', text: resolved.error });
  return undefined;
}

/**
 * Whether the caller may have one more render (picture, summary, export, digest preview) now; when not, the
 * command is answered with "one moment" and the caller should stop.
 */
export async function takeRender(context: SubcommandContext): Promise<boolean> {
  const { deps, command, ack, personLanguage } = context;
  const taken = deps.renders.take(command.team_id, command.user_id, deps.now().getTime());
  if (taken.granted) return true;
  const text = (await personLanguage()).t('common.errors.oneMoment', { seconds: taken.retryInSeconds });
  await ack({ response_type: 'ephemeral', text });
  return false;
}
