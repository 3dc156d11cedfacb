import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.ts';

export type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;
export type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

/** Most channel messages are none of the bot's business; debug only, since there are many. */
export function ignored(deps: Deps, fields: Record<string, unknown>, reason: string): void {
  deps.log.debug({ ...fields, reason }, 'message ignored');
}
