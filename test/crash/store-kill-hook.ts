// Preloaded into the app process by the crash tests (`node --import <this file> src/main.ts`), never by the app.
// Once the test arms it over IPC, it follows the requests that arrive from then on (an AsyncLocalStorage context
// started around each HTTP request) and reports, in the order the process does them, the store writes, the Slack
// Web API calls and the HTTP answer they cause. Armed with a kill, it SIGKILLs its own process before or after the
// Nth such store write. The drivers' public entry points are patched: node:sqlite (`StatementSync#all`, `#run`,
// `#get`, `#iterate`, `DatabaseSync#exec`), pg (`Client#query`) and node-redis (`sendCommand`, MULTI and pipelines);
// both fetches the WebClient uses (Node's and undici's) tag the Slack calls with CRASH_LABEL_HEADER so the fake Slack
// counts the same calls.
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { HookMessage, KillAtWrite, OperationReport } from './protocol.ts';
import { CRASH_LABEL_HEADER, killLine } from './protocol.ts';
import { describeBatch, describeSql, type RedisArgs, redisWrite } from './write-filter.ts';

const require = createRequire(import.meta.url);

interface RequestContext {
  label: string;
}

const requests = new AsyncLocalStorage<RequestContext>();
let armed: { label: string; kill?: KillAtWrite; writes: number; calls: number } | undefined;

/** The label of the armed run when the code running now serves a request that arrived after arming. */
function countedLabel(): string | undefined {
  const label = requests.getStore()?.label;
  return armed && label === armed.label ? label : undefined;
}

function report(operation: Omit<OperationReport, 'type'>): void {
  process.send?.({ type: 'op', ...operation } satisfies OperationReport);
}

/** SIGKILL now, saying so first (stderr to a pipe is written synchronously): nothing after this call runs. */
function die(moment: KillAtWrite['moment'], n: number, detail: string): never {
  process.stderr.write(`${killLine(moment, n, detail)}\n`);
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL did not end the process');
}

/**
 * Counts one store write of the request under test: reports its start (or dies before it, when that is the armed
 * point) and returns what to call once it has finished, which reports it and dies there when armed so.
 */
function writeStarts(detail: string): (() => void) | undefined {
  const label = countedLabel();
  if (!label || !armed) return undefined;
  const n = ++armed.writes;
  const kill = armed.kill;
  if (kill?.nth === n && kill.moment === 'before') die('before', n, detail);
  report({ label, kind: 'write', phase: 'start', n, detail });
  return () => {
    report({ label, kind: 'write', phase: 'done', n, detail });
    if (kill?.nth === n && kill.moment === 'after') die('after', n, detail);
  };
}

/** Wraps a driver method whose last argument is a node-style callback (sqlite3, and pg's callback form). */
function wrapCallback(args: unknown[], finished: () => void): unknown[] {
  const last = args.length - 1;
  const callback = args[last];
  if (typeof callback !== 'function') return args;
  const wrapped = function (this: unknown, ...results: unknown[]) {
    finished();
    return callback.apply(this, results);
  };
  return [...args.slice(0, last), wrapped];
}

/** Same for a method that returns a promise: the caller sees the result only after `finished`. */
function afterSettled(result: unknown, finished: () => void): unknown {
  if (!(result instanceof Promise)) return result;
  return result.then(
    (value) => {
      finished();
      return value;
    },
    (error: unknown) => {
      finished();
      throw error;
    },
  );
}

type AnyMethod = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces `name` on `proto` so each call that `describe` names a write is counted around the original. */
function patchMethod(proto: Record<string, unknown>, name: string, describe: (args: unknown[]) => string | undefined) {
  const original = proto[name] as AnyMethod;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const detail = describe(args);
    const finished = detail === undefined ? undefined : writeStarts(detail);
    if (!finished) return original.apply(this, args);
    const hasCallback = typeof args.at(-1) === 'function';
    if (hasCallback) return original.apply(this, wrapCallback(args, finished));
    return afterSettled(original.apply(this, args), finished);
  };
}

/**
 * node:sqlite runs a prepared statement synchronously: its SQL is the statement's own (`sourceSQL`), so each
 * call is counted from it; `exec` takes its SQL as the argument.
 */
function patchSqlite(): void {
  const { DatabaseSync, StatementSync } = require('node:sqlite');
  patchMethod(DatabaseSync.prototype, 'exec', describeSql);
  const statement = StatementSync.prototype as Record<string, unknown>;
  for (const name of ['all', 'run', 'get', 'iterate']) {
    const original = statement[name] as AnyMethod;
    statement[name] = function (this: { sourceSQL: string }, ...args: unknown[]) {
      const detail = describeSql([this.sourceSQL, args]);
      const finished = detail === undefined ? undefined : writeStarts(detail);
      const result = original.apply(this, args);
      finished?.();
      return result;
    };
  }
}

function patchPostgres(): void {
  patchMethod(require('pg').Client.prototype, 'query', describeSql);
}

function patchRedis(): void {
  const proto = require('@redis/client/dist/lib/client/index.js').default.prototype;
  patchMethod(proto, 'sendCommand', (args) => redisWrite(args[0] as RedisArgs));
  patchMethod(proto, '_executeMulti', describeBatch('MULTI'));
  patchMethod(proto, '_executePipeline', describeBatch('PIPELINE'));
}

/** Runs each HTTP request the app receives in its own context, labelled when it arrives while armed. */
function followRequests(): void {
  const emit = http.Server.prototype.emit as AnyMethod;
  http.Server.prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event !== 'request' || !armed) return emit.call(this, event, ...args);
    const label = armed.label;
    const response = args[1] as http.ServerResponse;
    // Reported when the app ends the answer (not once it is flushed), so it sits where the app sent it.
    const end = response.end as AnyMethod;
    response.end = function (this: unknown, ...endArgs: unknown[]) {
      report({ label, kind: 'ack', phase: 'done', n: 1, detail: String(response.statusCode) });
      return end.apply(this, endArgs);
    } as typeof response.end;
    return requests.run({ label }, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
}

type Fetch = typeof globalThis.fetch;

/** `fetch`, telling the fake which counted run each Slack Web API call belongs to and reporting when it goes and comes. */
function followed(fetch: Fetch): Fetch {
  return async (input: string | URL | Request, init?: RequestInit) => {
    const label = countedLabel();
    const url = input instanceof Request ? input.url : String(input);
    if (!label || !armed || !url.includes('/api/')) return fetch(input, init);
    const n = ++armed.calls;
    const detail = url.replace(/^.*\/api\//, '').replace(/\?.*$/, '');
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(CRASH_LABEL_HEADER, label);
    report({ label, kind: 'slack', phase: 'start', n, detail });
    const response = await fetch(input, { ...init, headers });
    report({ label, kind: 'slack', phase: 'done', n, detail });
    return response;
  };
}

/**
 * Follows both fetches the WebClient is given (src/slack/client-options.ts): undici's own, for most calls, and
 * Node's, for file uploads. undici's CommonJS export is replaced here, before the app imports it and reads it.
 */
function followSlackCalls(): void {
  globalThis.fetch = followed(globalThis.fetch);
  const undici = require('undici') as { fetch: Fetch };
  undici.fetch = followed(undici.fetch);
}

function listenToTheTest(): void {
  process.on('message', (message: HookMessage) => {
    if (message.type === 'arm') {
      armed = { label: message.label, writes: 0, calls: 0, ...(message.kill ? { kill: message.kill } : {}) };
      process.send?.({ type: 'armed', label: message.label });
    } else if (message.type === 'disarm') {
      armed = undefined;
    }
  });
}

function patchStoreDriver(storeUrl: string): void {
  const scheme = storeUrl.slice(0, storeUrl.indexOf(':'));
  if (scheme === 'sqlite') patchSqlite();
  else if (scheme.startsWith('postgres')) patchPostgres();
  else if (scheme.startsWith('redis')) patchRedis();
}

/**
 * A standby process: loads the app's modules (most of a start's time) and holds until the test says go, so a
 * restart after a crash costs only opening the store and listening. Nothing touches the store before then.
 */
async function warmAndHold(): Promise<void> {
  const go = new Promise<void>((resolve) => {
    process.on('message', (message: HookMessage) => {
      if (message.type === 'go') resolve();
    });
  });
  // A standby whose test went away (a worker that ended before its clean-up) must not linger.
  const orphaned = () => process.exit(0);
  process.once('disconnect', orphaned);
  void go.then(() => process.off('disconnect', orphaned));
  await import(new URL('../../src/app.ts', import.meta.url).href);
  await import(new URL('../../src/deps.ts', import.meta.url).href);
  await go;
}

patchStoreDriver(process.env.STORE_URL ?? '');
followRequests();
followSlackCalls();
listenToTheTest();
if (process.env.CRASH_HOOK_HOLD === '1') await warmAndHold();
