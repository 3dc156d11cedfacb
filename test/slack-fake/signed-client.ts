// Sends requests to the app's /slack/events the way Slack does: the same content types, payload shapes and
// v0 HMAC-SHA256 signature, so the real Bolt receiver verifies and routes them.
import { createHmac, randomUUID } from 'node:crypto';
import { fakeWorkspace } from './ids.ts';

/** `wrong-secret` signs with another secret; `stale-timestamp` signs a timestamp 6 minutes old (Slack allows 5). */
export type Tamper = 'wrong-secret' | 'stale-timestamp';

export interface SignedClientOptions {
  /** The app's request URL, e.g. http://127.0.0.1:PORT/slack/events. */
  url: string;
  signingSecret: string;
  teamId?: string;
  botUserId?: string;
  appId?: string;
  /** Makes the response_url put in commands and message actions; use the fake's responseUrl. */
  responseUrls?: () => string;
  tamper?: Tamper;
}

export interface SlackReply {
  status: number;
  /** Parsed JSON when the app answered JSON, the text otherwise ('' for an empty ack). */
  body: unknown;
}

export interface CommandOptions {
  userId: string;
  channelId: string;
  command?: string;
  responseUrl?: string;
  triggerId?: string;
}

export interface EventOptions {
  eventId?: string;
  retryNum?: number;
  retryReason?: string;
  /** Unix seconds. */
  eventTime?: number;
}

export interface BlockActionOptions {
  actionId: string;
  userId: string;
  blockId?: string;
  value?: string;
  selectedOption?: { value: string; text?: string };
  channelId?: string;
  messageTs?: string;
  threadTs?: string;
  /** The modal or Home tab the action happened in; a message action when absent. */
  view?: Record<string, unknown> & { id: string };
  triggerId?: string;
  responseUrl?: string;
}

export interface ViewSubmissionOptions {
  callbackId: string;
  userId: string;
  /** view.state.values: { [blockId]: { [actionId]: { type, value | selected_option | ... } } }. */
  values: Record<string, Record<string, unknown>>;
  privateMetadata?: string;
  viewId?: string;
  triggerId?: string;
}

export interface ViewClosedOptions {
  callbackId: string;
  userId: string;
  privateMetadata?: string;
  viewId?: string;
  isCleared?: boolean;
}

export interface SignedClient {
  command(text: string, options: CommandOptions): Promise<SlackReply>;
  event(event: Record<string, unknown>, options?: EventOptions): Promise<SlackReply>;
  blockAction(options: BlockActionOptions): Promise<SlackReply>;
  viewSubmission(options: ViewSubmissionOptions): Promise<SlackReply>;
  viewClosed(options: ViewClosedOptions): Promise<SlackReply>;
  urlVerification(challenge: string): Promise<SlackReply>;
  /** The same client, signing its requests wrongly in the given way. */
  tampered(tamper: Tamper): SignedClient;
}

const staleBySeconds = 6 * 60;
/** Slack still sends the deprecated verification token in every payload. */
const verificationToken = 'fake-verification-token';
/** Nothing listens on the discard port: a response_url nobody asked for fails fast and locally. */
const unreachableResponseUrl = 'http://127.0.0.1:9/response-url-not-set';

type Headers = Record<string, string>;

export interface ModalViewFields {
  id: string;
  teamId: string;
  appId: string;
  callbackId: string;
  privateMetadata: string;
  /** view.state.values. */
  values: unknown;
  hash: string;
}

/** A modal's `view` as Slack sends it in view_submission and view_closed payloads. */
export function modalView({ id, teamId, appId, callbackId, privateMetadata, values, hash }: ModalViewFields) {
  return {
    id,
    team_id: teamId,
    type: 'modal',
    callback_id: callbackId,
    private_metadata: privateMetadata,
    title: { type: 'plain_text', text: 'Journey Bot' },
    blocks: [],
    state: { values },
    hash,
    root_view_id: id,
    previous_view_id: null,
    app_id: appId,
    bot_id: fakeWorkspace.botId,
  };
}

export function createSignedClient(options: SignedClientOptions): SignedClient {
  const teamId = options.teamId ?? fakeWorkspace.teamId;
  const botUserId = options.botUserId ?? fakeWorkspace.botUserId;
  const appId = options.appId ?? fakeWorkspace.appId;
  const team = { id: teamId, domain: fakeWorkspace.teamDomain };
  const newResponseUrl = options.responseUrls ?? (() => unreachableResponseUrl);

  const person = (userId: string) => ({
    id: userId,
    username: userId.toLowerCase(),
    name: userId.toLowerCase(),
    team_id: teamId,
  });

  async function send(body: string, contentType: string, extraHeaders: Headers = {}): Promise<SlackReply> {
    const timestamp = Math.floor(Date.now() / 1000) - (options.tamper === 'stale-timestamp' ? staleBySeconds : 0);
    const secret = options.tamper === 'wrong-secret' ? `${options.signingSecret}-wrong` : options.signingSecret;
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
        ...extraHeaders,
      },
      body,
    });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json') && text !== '';
    return { status: response.status, body: isJson ? JSON.parse(text) : text };
  }

  const sendForm = (fields: Record<string, string>) =>
    send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
  // Interactivity payloads arrive as one form field holding JSON.
  const sendPayload = (payload: Record<string, unknown>) => sendForm({ payload: JSON.stringify(payload) });
  const sendJson = (payload: Record<string, unknown>, headers?: Headers) =>
    send(JSON.stringify(payload), 'application/json', headers);

  const viewNow = (id: string, callbackId: string, privateMetadata: string, values: unknown) =>
    modalView({ id, teamId, appId, callbackId, privateMetadata, values, hash: `${Date.now()}.fakehash` });

  /** A view_submission or view_closed payload: the envelope both share around the fields of their own. */
  const sendViewPayload = (type: string, userId: string, fields: Record<string, unknown>) =>
    sendPayload({
      type,
      team,
      user: person(userId),
      api_app_id: appId,
      token: verificationToken,
      ...fields,
      is_enterprise_install: false,
      enterprise: null,
    });

  return {
    command(text, command) {
      return sendForm({
        token: verificationToken,
        team_id: teamId,
        team_domain: team.domain,
        channel_id: command.channelId,
        channel_name: command.channelId.toLowerCase(),
        user_id: command.userId,
        user_name: command.userId.toLowerCase(),
        command: command.command ?? '/journey',
        text,
        api_app_id: appId,
        is_enterprise_install: 'false',
        response_url: command.responseUrl ?? newResponseUrl(),
        trigger_id: command.triggerId ?? newTriggerId(),
      });
    },

    event(event, { eventId, retryNum, retryReason, eventTime } = {}) {
      const time = eventTime ?? Math.floor(Date.now() / 1000);
      const id = eventId ?? `Ev${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
      const retryHeaders: Headers =
        retryNum === undefined
          ? {}
          : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': retryReason ?? 'http_timeout' };
      return sendJson(
        {
          token: verificationToken,
          team_id: teamId,
          api_app_id: appId,
          event: { event_ts: `${time}.000100`, ...event },
          type: 'event_callback',
          event_id: id,
          event_time: time,
          authorizations: [
            { enterprise_id: null, team_id: teamId, user_id: botUserId, is_bot: true, is_enterprise_install: false },
          ],
          is_ext_shared_channel: false,
          event_context: `4-fake-${id}`,
        },
        retryHeaders,
      );
    },

    blockAction(action) {
      const inView = action.view !== undefined;
      const selected = action.selectedOption;
      return sendPayload({
        type: 'block_actions',
        user: person(action.userId),
        api_app_id: appId,
        token: verificationToken,
        container: inView
          ? { type: 'view', view_id: action.view?.id }
          : {
              type: 'message',
              message_ts: action.messageTs,
              channel_id: action.channelId,
              is_ephemeral: false,
              ...(action.threadTs ? { thread_ts: action.threadTs } : {}),
            },
        trigger_id: action.triggerId ?? newTriggerId(),
        team,
        enterprise: null,
        is_enterprise_install: false,
        ...(action.channelId ? { channel: { id: action.channelId, name: action.channelId.toLowerCase() } } : {}),
        ...(inView
          ? { view: action.view }
          : {
              message: {
                type: 'message',
                user: botUserId,
                ts: action.messageTs,
                ...(action.threadTs ? { thread_ts: action.threadTs } : {}),
              },
              // Slack gives message actions a response_url; actions in views have none.
              response_url: action.responseUrl ?? newResponseUrl(),
            }),
        state: { values: {} },
        actions: [
          {
            type: selected ? 'static_select' : 'button',
            action_id: action.actionId,
            block_id: action.blockId ?? `${action.actionId}-block`,
            ...(action.value === undefined ? {} : { value: action.value }),
            ...(selected
              ? {
                  selected_option: {
                    text: { type: 'plain_text', text: selected.text ?? selected.value },
                    value: selected.value,
                  },
                }
              : {}),
            action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
          },
        ],
      });
    },

    viewSubmission(submission) {
      const viewId = submission.viewId ?? newViewId();
      return sendViewPayload('view_submission', submission.userId, {
        trigger_id: submission.triggerId ?? newTriggerId(),
        view: viewNow(viewId, submission.callbackId, submission.privateMetadata ?? '', submission.values),
        response_urls: [],
      });
    },

    viewClosed(closed) {
      const viewId = closed.viewId ?? newViewId();
      return sendViewPayload('view_closed', closed.userId, {
        view: viewNow(viewId, closed.callbackId, closed.privateMetadata ?? '', {}),
        is_cleared: closed.isCleared ?? false,
      });
    },

    urlVerification(challenge) {
      return sendJson({ token: verificationToken, challenge, type: 'url_verification' });
    },

    tampered(tamper) {
      return createSignedClient({ ...options, tamper });
    },
  };
}

/** Slack refuses to open a view with a trigger_id older than this. */
export const TRIGGER_LIFETIME_MS = 3_000;

/** A trigger id as Slack mints it, `<issued at, ms>.<number>.<hex>`: the issue time is how the fake expires it. */
export function newTriggerId(issuedAtMs = Date.now()): string {
  return `${issuedAtMs}.${Math.floor(Math.random() * 1e12)}.${randomUUID().replaceAll('-', '')}`;
}

/** When a trigger id minted by `newTriggerId` was issued; undefined for ids that carry no time ('trigger-1', '1.2.3'). */
export function triggerIssuedAt(triggerId: string): number | undefined {
  const match = /^(\d{13})\.\d+\.[0-9a-f]+$/.exec(triggerId);
  return match ? Number(match[1]) : undefined;
}

/** True once a trigger id that carries its issue time is older than Slack lets it be used. */
export function isTriggerExpired(triggerId: string, now = Date.now()): boolean {
  const issuedAt = triggerIssuedAt(triggerId);
  return issuedAt !== undefined && now - issuedAt > TRIGGER_LIFETIME_MS;
}

function newViewId(): string {
  return `V${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}
