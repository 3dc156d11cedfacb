// A fake Slack Web API on 127.0.0.1 for tests: the app's WebClient points at `apiUrl` (SLACK_API_URL) and gets
// Slack's answers, while the test inspects every call and the resulting workspace state.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { validateBlocks } from './block-kit.ts';
import { fakeWorkspace } from './ids.ts';
import { type Args, fail, homeTab, issueAuthorizationCode, type MethodResult, methods } from './methods.ts';
import { parseArgs, parseJsonBody, readBody, uploadedBytes } from './request-body.ts';
import {
  clearActivity,
  createWorkspace,
  type FakeChannel,
  type FakeEphemeral,
  type FakeFile,
  type FakeMessage,
  type FakeTeam,
  type FakeUser,
  type ResponsePost,
  type StoredView,
  type Workspace,
} from './workspace.ts';

export type {
  FakeChannel,
  FakeEphemeral,
  FakeFile,
  FakeMessage,
  FakeTeam,
  FakeUser,
  PostOptions,
  ResponsePost,
  StoredView,
} from './workspace.ts';

export interface StartFakeSlackOptions {
  botToken?: string;
  teamId?: string;
  botUserId?: string;
  /** How long each answer takes, as from an app far from Slack's servers; none by default. */
  latencyMs?: number;
}

export interface RecordedCall {
  method: string;
  /** The arguments as Slack would read them (JSON fields such as blocks parsed), without the token. */
  args: Args;
  /** The token the call was made with: tells which workspace's bot made it. */
  token?: string;
  status: number;
  ok: boolean;
  error?: string;
}

/**
 * A failure for the next call(s) to a method. With `status` 429 the answer carries Retry-After (`retryAfter`
 * seconds, default 1); another status answers that HTTP status; with only `error` the answer is HTTP 200
 * { ok: false, error }. Without status or error it is a 429.
 */
export interface InjectedFailure {
  status?: number;
  retryAfter?: number;
  error?: string;
  /** How many consecutive calls fail; default 1. */
  times?: number;
  /** Only calls made with this token fail (one workspace's rate limit); calls with other tokens pass. */
  token?: string;
}

/**
 * When, around the Nth counted Web API call, the fake kills the app (a crash at that point):
 * - `before`: before the fake acts on the call, so for Slack it never happened (it is not in `calls`);
 * - `after`: after the fake acted on it (it is in `calls`), before the answer is sent: the app never learns;
 * - `answered`: `answeredDelayMs` after the answer went out, time for the app to take it in.
 */
export type CallKillMoment = 'before' | 'after' | 'answered';

export interface CallKill {
  /** Which counted call (1 = the first counted after arming). */
  nth: number;
  moment: CallKillMoment;
  /** What kills the app, e.g. `() => app.kill('SIGKILL')`; the answer to the call waits for it. */
  kill: () => unknown;
  /** Which calls count (e.g. those carrying a header); every call by default. */
  counts?: (request: IncomingMessage) => boolean;
  /** For `answered`; 200 ms by default. */
  answeredDelayMs?: number;
}

/** The call the app was killed at. */
export interface KilledCall {
  method: string;
  args: Args;
  moment: CallKillMoment;
}

export interface FakeSlack {
  /** Ends with "/api/", like https://slack.com/api/. */
  readonly apiUrl: string;
  /** Every Web API call in arrival order, failed ones included. */
  readonly calls: readonly RecordedCall[];
  /** users.info answers from here; a user id not in the map is a UTC user with no status. */
  readonly users: Map<string, FakeUser>;
  /** Channel names and membership; a channel id not in the map is a public channel the bot is in. */
  readonly channels: Map<string, FakeChannel>;
  /** Posts received on response_urls, in arrival order. */
  readonly responses: readonly ResponsePost[];
  callsTo(method: string): RecordedCall[];
  lastCall(method: string): RecordedCall | undefined;
  failNext(method: string, failure?: InjectedFailure): void;
  /**
   * Arms a kill at the Nth counted Web API call from now (one at a time: arming again replaces it); resolves
   * once the kill has run.
   */
  killOnCall(kill: CallKill): Promise<KilledCall>;
  /** Drops an armed kill that did not fire. */
  disarmKill(): void;
  /** Messages now in the workspace (edits applied, deleted ones gone), oldest first. */
  messages(channel?: string): FakeMessage[];
  ephemerals(channel?: string): FakeEphemeral[];
  /** Modals and Home tabs as the app last sent them. */
  views(): StoredView[];
  homeTab(userId: string): StoredView | undefined;
  files(): FakeFile[];
  /** A message written by a person, so the app can react to it, thread under it or link to it. */
  addUserMessage(message: { channel: string; user: string; text: string; threadTs?: string }): FakeMessage;
  /**
   * The code Slack's consent page hands the browser when a person installs the app in `team` (the redirect to
   * /slack/oauth_redirect carries it). Exchanging it with oauth.v2.access grants that workspace its own bot
   * token, which the fake accepts from then on.
   */
  authorizationCode(team: FakeTeam): string;
  /** Registers a response_url on the fake; Slack accepts at most 5 posts to one. */
  responseUrl(id?: string): string;
  /** Forgets calls, injected failures and everything the app did; keeps users, channels and installed workspaces. */
  reset(): void;
  close(): Promise<void>;
}

const maxResponseUrlPosts = 5;

export async function startFakeSlack(options: StartFakeSlackOptions = {}): Promise<FakeSlack> {
  const workspace = createWorkspace({
    ...fakeWorkspace,
    botToken: options.botToken ?? fakeWorkspace.botToken,
    teamId: options.teamId ?? fakeWorkspace.teamId,
    botUserId: options.botUserId ?? fakeWorkspace.botUserId,
  });
  const calls: RecordedCall[] = [];
  const failures = new Map<string, InjectedFailure[]>();
  const killSwitch = createKillSwitch();

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      send(response, 500, { ok: false, error: 'fake_slack_error', detail: String(error) });
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', workspace.baseUrl);
    const body = await readBody(request);
    if (options.latencyMs) await sleep(options.latencyMs);
    const [, area = '', name = ''] = /^\/(api|upload|response)\/([^/]+)$/.exec(url.pathname) ?? [];
    if (area === 'api') return answerApiCall(name, request, body, url.searchParams, response);
    if (area === 'upload') return receiveUpload(name, request, body, response);
    if (area === 'response') return receiveResponse(name, body, response);
    send(response, 404, { ok: false, error: 'not_found' });
  }

  async function answerApiCall(
    method: string,
    request: IncomingMessage,
    body: Buffer,
    query: URLSearchParams,
    response: ServerResponse,
  ): Promise<void> {
    const args = await parseArgs(request.headers['content-type'], body, query);
    const { token: formToken, ...recordedArgs } = args ?? {};
    const token = bearer(request) ?? (typeof formToken === 'string' && formToken !== '' ? formToken : undefined);
    const call: RecordedCall = { method, args: recordedArgs, status: 200, ok: false, ...(token ? { token } : {}) };
    const kill = killSwitch.take(request);
    if (kill?.moment === 'before') return killAndDrop(kill, call, response);
    calls.push(call);
    const failure = takeFailure(method, token);
    if (failure) return answerInjected(call, failure, response);
    const result = args === undefined ? fail('invalid_json') : invoke(method, args, token);
    call.ok = result.ok;
    if (!result.ok) call.error = result.error;
    if (kill?.moment === 'after') return killAndDrop(kill, call, response);
    send(response, 200, result);
    if (kill?.moment === 'answered') setTimeout(() => void kill.fire(call), kill.answeredDelayMs ?? 200);
  }

  /** The app dies while Slack holds its request: the answer never goes out. */
  async function killAndDrop(kill: ArmedKill, call: RecordedCall, response: ServerResponse): Promise<void> {
    await kill.fire(call);
    response.destroy();
  }

  function invoke(method: string, args: Args, token: string | undefined): MethodResult {
    const spec = methods.get(method);
    if (!spec) return fail('unknown_method');
    if (spec.needsToken && token === undefined) return fail('not_authed');
    const known = token === workspace.identity.botToken || (token !== undefined && workspace.installations.has(token));
    if (spec.needsToken && !known) return fail('invalid_auth');
    return spec.handle(args, workspace, token);
  }

  function answerInjected(call: RecordedCall, failure: InjectedFailure, response: ServerResponse): void {
    const status = failure.status ?? (failure.error ? 200 : 429);
    call.status = status;
    call.error = failure.error ?? (status === 429 ? 'ratelimited' : 'internal_error');
    if (status === 429) response.setHeader('Retry-After', String(failure.retryAfter ?? 1));
    send(response, status, { ok: false, error: call.error });
  }

  function takeFailure(method: string, token: string | undefined): InjectedFailure | undefined {
    const queue = failures.get(method);
    const next = queue?.[0];
    if (!queue || !next || (next.token !== undefined && next.token !== token)) return undefined;
    const remaining = (next.times ?? 1) - 1;
    if (remaining > 0) queue[0] = { ...next, times: remaining };
    else queue.shift();
    return next;
  }

  async function receiveUpload(
    fileId: string,
    request: IncomingMessage,
    body: Buffer,
    response: ServerResponse,
  ): Promise<void> {
    const file = workspace.files.get(fileId);
    if (!file) return sendText(response, 404, 'Not Found');
    file.bytes = await uploadedBytes(request.headers['content-type'], body);
    sendText(response, 200, `OK - ${file.bytes.length}`);
  }

  function receiveResponse(id: string, body: Buffer, response: ServerResponse): void {
    const payload = parseJsonBody(body);
    const { status, error } = judgeResponsePost(workspace, id, payload);
    workspace.responses.push({ id, body: payload, status, ok: error === undefined, ...(error ? { error } : {}) });
    send(response, status, error ? { ok: false, error } : { ok: true });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  workspace.baseUrl = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${workspace.baseUrl}/api/`,
    get calls() {
      return calls;
    },
    users: workspace.users,
    channels: workspace.channels,
    get responses() {
      return workspace.responses;
    },
    callsTo: (method) => calls.filter((call) => call.method === method),
    lastCall: (method) => calls.findLast((call) => call.method === method),
    failNext(method, failure = {}) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    killOnCall: (kill) => killSwitch.arm(kill),
    disarmKill: () => killSwitch.disarm(),
    messages: (channel) => workspace.messages.filter((message) => channel === undefined || message.channel === channel),
    ephemerals: (channel) =>
      workspace.ephemerals.filter((ephemeral) => channel === undefined || ephemeral.channel === channel),
    views: () => [...workspace.views.values()],
    homeTab: (userId) => homeTab(workspace, userId),
    files: () => [...workspace.files.values()],
    addUserMessage({ channel, user, text, threadTs }) {
      const message: FakeMessage = {
        channel,
        user,
        text,
        ts: workspace.nextTs(),
        options: {},
        reactions: [],
        ...(threadTs ? { thread_ts: threadTs } : {}),
      };
      workspace.messages.push(message);
      return message;
    },
    authorizationCode: (team) => issueAuthorizationCode(workspace, team),
    responseUrl(id = workspace.nextId('R')) {
      workspace.responseUrls.set(id, { posts: 0 });
      return `${workspace.baseUrl}/response/${id}`;
    },
    reset() {
      calls.length = 0;
      failures.clear();
      killSwitch.disarm();
      clearActivity(workspace);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

interface ArmedKill extends CallKill {
  /** Runs the kill once, then settles what `killOnCall` returned. */
  fire(call: RecordedCall): Promise<void>;
}

/** Counts the calls `counts` accepts from arming, and hands out the armed kill at the Nth. */
function createKillSwitch() {
  let armed: { kill: ArmedKill; seen: number } | undefined;
  return {
    arm(kill: CallKill): Promise<KilledCall> {
      return new Promise((resolve, reject) => {
        const fire = async (call: RecordedCall) => {
          try {
            await kill.kill();
            resolve({ method: call.method, args: call.args, moment: kill.moment });
          } catch (error) {
            reject(error);
          }
        };
        armed = { kill: { ...kill, fire }, seen: 0 };
      });
    },
    disarm() {
      armed = undefined;
    },
    /** The armed kill when this request is the Nth counted call (it is disarmed then), otherwise undefined. */
    take(request: IncomingMessage): ArmedKill | undefined {
      if (!armed || !(armed.kill.counts?.(request) ?? true)) return undefined;
      armed.seen += 1;
      if (armed.seen !== armed.kill.nth) return undefined;
      const { kill } = armed;
      armed = undefined;
      return kill;
    },
  };
}

/** Slack's answer to a post on a response_url: at most 5 posts, each with text or valid blocks. */
function judgeResponsePost(workspace: Workspace, id: string, payload: unknown): { status: number; error?: string } {
  const registered = workspace.responseUrls.get(id);
  if (!registered) return { status: 404, error: 'expired_url' };
  if (registered.posts >= maxResponseUrlPosts) return { status: 404, error: 'used_url' };
  registered.posts += 1;
  if (typeof payload !== 'object' || payload === null) return { status: 400, error: 'invalid_payload' };
  const { text, blocks, delete_original: deleteOriginal } = payload as Record<string, unknown>;
  if (blocks !== undefined && validateBlocks(blocks, 'message').length > 0)
    return { status: 400, error: 'invalid_blocks' };
  if (!deleteOriginal && !text && !blocks) return { status: 400, error: 'no_text' };
  return { status: 200 };
}

function bearer(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
