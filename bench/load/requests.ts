import { createHmac, randomUUID } from 'node:crypto';
import { COMMAND } from '../../src/slack/ids.ts';
import { fakeWorkspace } from '../../test/slack-fake/ids.ts';

/** What a workspace sends a journey app most: help, a summary, and replies in a map's thread. */
export const REQUEST_KINDS = ['help', 'summary', 'thread reply'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface SignedRequest {
  kind: RequestKind;
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface MixOptions {
  signingSecret: string;
  channelId: string;
  /** The map card: thread replies answer it. */
  cardTs: string;
  mapName: string;
  /** A response_url the fake Slack accepts, one per command (Slack allows 5 posts to one). */
  responseUrl: () => string;
  /** Puts the person's reply in the workspace (the app reacts to it) and gives its ts. */
  postReply: (reply: { userId: string; text: string }) => string;
  /** The kinds sent, in turn; all of them unless narrowed to look at one. */
  kinds?: readonly RequestKind[];
}

export const EVENTS_PATH = '/slack/events';
const AUTHORS = 20;
/** Explicit lines are read by rules alone, so every reply adds its item without asking a model. */
const REPLIES = [
  'touchpoint: pricing webinar @consideration',
  'obstacle: checkout asks for an account @decision',
  'idea: save the basket for later @decision',
  'action: compares three plans side by side @consideration',
  'thought: is this worth the price? @decision',
  'touchpoint: onboarding email @retention',
  'obstacle: invoice arrives late @retention',
  'idea: referral discount @advocacy',
  'touchpoint: review site @awareness',
  'obstacle: cannot find the pricing page @awareness',
];

/**
 * Requests signed as Slack signs them (v0 HMAC of `v0:<ts>:<body>`), the kinds in turn. The timestamp is the
 * mix's creation time: Bolt accepts it for five minutes, far longer than a run.
 */
export function requestMix(options: MixOptions): () => SignedRequest {
  const timestamp = Math.floor(Date.now() / 1000);
  const teamId = fakeWorkspace.teamId;
  // Unique per bench run, so no event_id or message ts repeats even if an app outlives a run.
  const runId = randomUUID().slice(0, 8).toUpperCase();
  let sequence = 0;

  function signed(kind: RequestKind, body: string, contentType: string): SignedRequest {
    const signature = createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
    return {
      kind,
      method: 'POST',
      path: EVENTS_PATH,
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': `v0=${signature}`,
      },
      body,
    };
  }

  function command(kind: RequestKind, text: string, userId: string): SignedRequest {
    const fields = new URLSearchParams({
      token: 'bench-verification-token',
      team_id: teamId,
      team_domain: fakeWorkspace.teamDomain,
      channel_id: options.channelId,
      channel_name: 'bench',
      user_id: userId,
      user_name: userId.toLowerCase(),
      command: COMMAND,
      text,
      api_app_id: fakeWorkspace.appId,
      is_enterprise_install: 'false',
      response_url: options.responseUrl(),
      trigger_id: `${timestamp}.${sequence}.${runId}`,
    });
    return signed(kind, fields.toString(), 'application/x-www-form-urlencoded');
  }

  function threadReply(userId: string): SignedRequest {
    const text = REPLIES[sequence % REPLIES.length]!;
    const ts = options.postReply({ userId, text });
    const eventId = `Ev${runId}${sequence.toString(36).toUpperCase()}`;
    const body = JSON.stringify({
      token: 'bench-verification-token',
      team_id: teamId,
      api_app_id: fakeWorkspace.appId,
      event: {
        type: 'message',
        channel: options.channelId,
        channel_type: 'channel',
        user: userId,
        text,
        ts,
        thread_ts: options.cardTs,
        event_ts: ts,
        team: teamId,
      },
      type: 'event_callback',
      event_id: eventId,
      event_time: timestamp,
      authorizations: [
        {
          enterprise_id: null,
          team_id: teamId,
          user_id: fakeWorkspace.botUserId,
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
      is_ext_shared_channel: false,
      event_context: `4-bench-${eventId}`,
    });
    return signed('thread reply', body, 'application/json');
  }

  const kinds = options.kinds ?? REQUEST_KINDS;
  return () => {
    sequence += 1;
    const userId = `U0BENCH${sequence % AUTHORS}`;
    const kind = kinds[sequence % kinds.length]!;
    if (kind === 'help') return command(kind, 'help', userId);
    if (kind === 'summary') return command(kind, `summary ${options.mapName}`, userId);
    return threadReply(userId);
  };
}
