import { dmChannelId } from '../slack-fake/ids.ts';
import type { SlackReply } from '../slack-fake/signed-client.ts';
import type { FakeMessage } from '../slack-fake/web-api.ts';
import type { Harness } from './app-harness.ts';

/** The message event Slack sends when a person writes to the bot in their DM. */
export function directMessageEvent({ channel, user, text, ts }: Pick<FakeMessage, 'channel' | 'user' | 'text' | 'ts'>) {
  return { type: 'message', channel_type: 'im', channel, user, text, ts, event_ts: ts };
}

/** A person types `text` in their DM with the bot: the message lands in the fake Slack and its event in the app. */
export function typeInDm(h: Pick<Harness, 'fake' | 'slack'>, userId: string, text: string): Promise<SlackReply> {
  const typed = h.fake.addUserMessage({ channel: dmChannelId(userId), user: userId, text });
  return h.slack.event(directMessageEvent(typed));
}
