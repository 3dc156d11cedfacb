import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { interviewSessionSchema } from '../../src/interview/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fakeWorkspace } from '../../test/slack-fake/ids.ts';
import type { FakeSlack, RecordedCall, ResponsePost } from '../../test/slack-fake/web-api.ts';
import { tempSqliteUrl } from '../../test/support/backends.ts';
import { startFlags } from '../../test/support/start-flags.ts';
import { benchMap, syntheticContributions } from '../synthetic.ts';
import type {
  AppKind,
  EventLoopUtilization,
  LogTally,
  ParentMessage,
  ServerMessage,
  ServerOptions,
} from './protocol.ts';
import { type RequestKind, requestMix, type SignedRequest } from './requests.ts';

const SIGNING_SECRET = 'bench-signing-secret';
const CHANNEL = 'C0BENCHMAP';
const MAP_NAME = 'Bench map';
/** The map already holds what a busy month of input looks like before the load starts. */
const SEEDED_CONTRIBUTIONS = 300;
const START_TIMEOUT_MS = 30_000;
/** After the warm-up the app finishes what it queued (posts to Slack) before the measured run, up to a limit. */
const DRAIN_QUIET_MS = 500;
const DRAIN_LIMIT_MS = 10_000;
/** A run whose follow-ups take longer than this to finish is reported as failed, not averaged in. */
const CATCH_UP_LIMIT_MS = 120_000;
const CATCH_UP_POLL_MS = 10;
const SERVER = new URL('./server.ts', import.meta.url);

/** How busy the app process was during a measured run and until it caught up, and what it logged meanwhile. */
export interface AppLoad {
  /** From the last answer of the run until the app had no follow-up left to do (what it acked, it then had done). */
  catchUpMs: number;
  /** CPU time over wall time: above 1 when threads other than the event loop's work too. */
  cpu: number;
  eventLoop: number;
  warnings: number;
  errors: number;
  firstMessages: string[];
}

/** How often per answered request the app used one Slack method (or respond()), and its arguments' mean size. */
export interface MethodUse {
  perRequest: number;
  bytesPerCall: number;
}

/** What the app asked of Slack after its acks, and what the bench process itself spent. */
export interface SideWork {
  slackCallsPerRequest: number;
  failedSlackCalls: number;
  /** By method, most used first; respond() posts to the response_url appear as RESPOND. */
  methods: Map<string, MethodUse>;
  benchCpu: number;
}

/** respond() is no Web API method, but it is a call to Slack the app makes for a request all the same. */
export const RESPOND = 'respond()';

export interface Measured<T> {
  result: T;
  load: AppLoad;
  side: SideWork;
}

export interface AppUnderLoad {
  kind: AppKind;
  url: string;
  /** Signed requests about this app's map, the kinds in turn; the ceiling gets the very same ones. */
  mix(kinds: readonly RequestKind[]): () => SignedRequest;
  /** Resolves once the app has made no Slack call for a while: what the warm-up queued is done. */
  drained(): Promise<void>;
  /**
   * Runs the load, waits until the app has done every follow-up it acked, and reports how busy it was over both;
   * `requests` counts what the load got answered.
   */
  measure<T>(run: () => Promise<T>, requests: (result: T) => number): Promise<Measured<T>>;
  stop(): Promise<void>;
}

interface Snapshot {
  cpu: NodeJS.CpuUsage;
  elu: EventLoopUtilization;
  logs: LogTally;
  followUps: number;
  at: number;
}

function appLoad(before: Snapshot, runEnd: number, after: Snapshot): AppLoad {
  const wallMicros = (after.at - before.at) * 1000;
  const cpuMicros = after.cpu.user - before.cpu.user + (after.cpu.system - before.cpu.system);
  const active = after.elu.active - before.elu.active;
  const idle = after.elu.idle - before.elu.idle;
  return {
    catchUpMs: after.at - runEnd,
    cpu: cpuMicros / wallMicros,
    eventLoop: active / (active + idle),
    warnings: after.logs.warn - before.logs.warn,
    errors: after.logs.error - before.logs.error,
    firstMessages: after.logs.firstMessages,
  };
}

/** Calls as `[method, bytes of arguments]`: the Web API's and the response_url posts alike. */
function methodUses(sent: readonly (readonly [string, unknown])[], requests: number): Map<string, MethodUse> {
  const totals = new Map<string, { calls: number; bytes: number }>();
  for (const [method, args] of sent) {
    const total = totals.get(method) ?? { calls: 0, bytes: 0 };
    total.calls += 1;
    total.bytes += JSON.stringify(args).length;
    totals.set(method, total);
  }
  const uses = [...totals].map(([method, { calls, bytes }]) => {
    const use: MethodUse = { perRequest: calls / Math.max(1, requests), bytesPerCall: bytes / calls };
    return [method, use] as const;
  });
  return new Map(uses.sort((a, b) => b[1].perRequest - a[1].perRequest));
}

interface SlackActivity {
  calls: readonly RecordedCall[];
  responses: readonly ResponsePost[];
}

function sideWork({ calls, responses }: SlackActivity, requests: number, benchCpu: NodeJS.CpuUsage, wallMs: number) {
  const sent = [
    ...calls.map((call) => [call.method, call.args] as const),
    ...responses.map((response) => [RESPOND, response.body] as const),
  ];
  return {
    slackCallsPerRequest: sent.length / Math.max(1, requests),
    failedSlackCalls: calls.filter((call) => !call.ok).length + responses.filter((response) => !response.ok).length,
    methods: methodUses(sent, requests),
    benchCpu: (benchCpu.user + benchCpu.system) / (wallMs * 1000),
  } satisfies SideWork;
}

function nextMessage<T extends ServerMessage['type']>(child: ChildProcess, type: T) {
  return new Promise<Extract<ServerMessage, { type: T }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app process sent no ${type} message`)), START_TIMEOUT_MS);
    const onExit = (code: number | null) => reject(new Error(`app process exited (${code}) before ${type}`));
    child.once('exit', onExit);
    const onMessage = (message: ServerMessage) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ServerMessage, { type: T }>);
    };
    child.on('message', onMessage);
  });
}

function tell(child: ChildProcess, message: ParentMessage): void {
  child.send(message);
}

/** A bot message in the fake workspace to stand for the map card, so the app can update it and thread under it. */
async function postCard(fake: FakeSlack): Promise<string> {
  const response = await fetch(`${fake.apiUrl}chat.postMessage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${fakeWorkspace.botToken}`, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ channel: CHANNEL, text: `Journey map: ${MAP_NAME}` }),
  });
  const answer = (await response.json()) as { ok: boolean; ts?: string; error?: string };
  if (!answer.ok || !answer.ts) throw new Error(`fake Slack refused the map card: ${answer.error}`);
  return answer.ts;
}

/**
 * A fresh store per run: thread replies grow the map, and every real run should start from the same one.
 * `otherMaps` more maps of the same workspace, each in a channel of its own, stand for a large team.
 */
async function prepareStore(cardTs: string, otherMaps: number): Promise<string> {
  const storeUrl = tempSqliteUrl();
  const teamId = fakeWorkspace.teamId;
  const map = benchMap({ teamId, name: MAP_NAME, channelId: CHANNEL, cardTs });
  const store = await openStore(storeUrl, interviewSessionSchema);
  try {
    await store.maps.create(map);
    await store.contributions.append(map.teamId, syntheticContributions(map, SEEDED_CONTRIBUTIONS));
    // Made now, as a team's maps are made over weeks: none has a digest due during the run (a busy minute of
    // 10,000 weekly digests at once is a load of its own, not what a request costs in a large team).
    const createdAt = new Date().toISOString();
    for (let index = 0; index < otherMaps; index += 1) {
      const other = { teamId, id: `other-${index}`, name: `Other ${index}`, channelId: `C0O${index}`, createdAt };
      await store.maps.create(benchMap(other));
    }
  } finally {
    await store.close();
  }
  return storeUrl;
}

/** As `npm start` runs the app. */
const START_FLAGS = startFlags();

function forkServer(options: ServerOptions): ChildProcess {
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  const profile = [
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
    `--cpu-prof-name=${options.kind}-${Date.now()}.cpuprofile`,
  ];
  // As `npm start` runs the app (package.json): the same Node flags for both apps.
  return fork(SERVER, [JSON.stringify(options)], {
    execArgv: [...START_FLAGS, ...(profileDir ? profile : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/**
 * Starts the ceiling or the real app in a process of its own (BENCH_CPU_PROF_DIR=<dir> profiles it), with the
 * fake Slack emptied and a map card posted, and for the real app a fresh store holding the map (and `otherMaps`
 * more of the same workspace).
 */
export async function startApp(kind: AppKind, fake: FakeSlack, otherMaps = 0): Promise<AppUnderLoad> {
  fake.reset();
  const cardTs = await postCard(fake);
  const storeUrl = kind === 'real' ? await prepareStore(cardTs, otherMaps) : '';
  const child = forkServer({ kind, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, cardTs, storeUrl });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { port } = await nextMessage(child, 'listening');

  async function snapshot(): Promise<Snapshot> {
    const reply = nextMessage(child, 'snapshot');
    tell(child, { type: 'snapshot' });
    const { cpu, elu, logs, followUps } = await reply;
    return { cpu, elu, logs: structuredClone(logs), followUps, at: performance.now() };
  }

  async function caughtUp(): Promise<Snapshot> {
    const started = performance.now();
    for (;;) {
      const now = await snapshot();
      if (now.followUps === 0) return now;
      if (now.at - started > CATCH_UP_LIMIT_MS)
        throw new Error(`${now.followUps} follow-ups still queued after the run`);
      await sleep(CATCH_UP_POLL_MS);
    }
  }

  return {
    kind,
    url: `http://127.0.0.1:${port}`,
    mix: (kinds) =>
      requestMix({
        signingSecret: SIGNING_SECRET,
        channelId: CHANNEL,
        cardTs,
        mapName: MAP_NAME,
        responseUrl: () => fake.responseUrl(),
        postReply: ({ userId, text }) =>
          fake.addUserMessage({ channel: CHANNEL, user: userId, text, threadTs: cardTs }).ts,
        kinds,
      }),
    async drained() {
      const activity = () => fake.calls.length + fake.responses.length;
      const started = performance.now();
      let seen = activity();
      let quietSince = performance.now();
      while (performance.now() - quietSince < DRAIN_QUIET_MS && performance.now() - started < DRAIN_LIMIT_MS) {
        await sleep(100);
        if (activity() !== seen) {
          seen = activity();
          quietSince = performance.now();
        }
      }
    },
    async measure(run, requests) {
      const callsBefore = fake.calls.length;
      const responsesBefore = fake.responses.length;
      const benchBefore = process.cpuUsage();
      const before = await snapshot();
      const result = await run();
      const runEnd = performance.now();
      const after = await caughtUp();
      const benchCpu = process.cpuUsage(benchBefore);
      const activity = { calls: fake.calls.slice(callsBefore), responses: fake.responses.slice(responsesBefore) };
      return {
        result,
        load: appLoad(before, runEnd, after),
        side: sideWork(activity, requests(result), benchCpu, after.at - before.at),
      };
    },
    async stop() {
      tell(child, { type: 'stop' });
      await exited;
      if (storeUrl) rmSync(dirname(storeUrl.replace(/^sqlite:\/\//, '')), { recursive: true, force: true });
    },
  };
}
