// The app in its own process with the kill hook preloaded, and what the hook reports about it.
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createSignedClient, type SignedClient } from '../slack-fake/signed-client.ts';
import type { FakeSlack } from '../slack-fake/web-api.ts';
import { SIGNING_SECRET } from '../support/app-harness.ts';
import { type AppProcess, startAppProcess } from '../support/app-process.ts';
import type { HookMessage, HookReport, KillAtWrite, OperationReport } from './protocol.ts';

const HOOK = pathToFileURL(new URL('./store-kill-hook.ts', import.meta.url).pathname).href;

export interface CrashApp {
  process: AppProcess;
  slack: SignedClient;
  /** What the hook reported for runs armed under `label`, in the order the process did it. */
  operations(label: string): OperationReport[];
  /** Follows the requests sent from now on under `label`, dying at `kill` when given; resolves once armed. */
  arm(label: string, kill?: KillAtWrite): Promise<void>;
  disarm(): void;
  /** True while the process runs. */
  alive(): boolean;
}

/** A process spawned ahead of need, its modules loading, that runs the app once told to. */
export interface StandbyApp {
  /** Runs the app (after a crash: the restart); resolves once it listens. */
  start(): Promise<CrashApp>;
  /** Kills it unused. */
  discard(): void;
}

/**
 * The app on `storeUrl` with a 1 s outbox lease (a crashed request is replayed about a second after a restart),
 * spawned now and held before it runs (see the hook's warmAndHold) until `start`.
 */
export function spawnStandbyApp(fake: FakeSlack, storeUrl: string): StandbyApp {
  let child: ChildProcess | undefined;
  const started = startAppProcess(
    { SLACK_API_URL: fake.apiUrl, STORE_URL: storeUrl, OUTBOX_LEASE_SECONDS: '1', CRASH_HOOK_HOLD: '1' },
    {
      nodeArgs: ['--import', HOOK],
      ipc: true,
      onSpawn: (spawned) => {
        child = spawned;
      },
      // It may wait for its turn through a whole case.
      startTimeoutMs: 10 * 60_000,
    },
  );
  started.catch(() => undefined);
  return {
    async start() {
      child?.send({ type: 'go' } satisfies HookMessage);
      return crashApp(fake, await started);
    },
    discard: () => void child?.kill('SIGKILL'),
  };
}

export function startCrashApp(fake: FakeSlack, storeUrl: string): Promise<CrashApp> {
  return spawnStandbyApp(fake, storeUrl).start();
}

function crashApp(fake: FakeSlack, process: AppProcess): CrashApp {
  const reports: OperationReport[] = [];
  process.child.on('message', (message: HookReport) => {
    if (message.type === 'op') reports.push(message);
  });
  const send = (message: HookMessage) => process.child.connected && process.child.send(message);
  return {
    process,
    slack: createSignedClient({
      url: `${process.baseUrl}/slack/events`,
      signingSecret: SIGNING_SECRET,
      responseUrls: () => fake.responseUrl(),
    }),
    operations: (label) => reports.filter((report) => report.label === label),
    async arm(label, kill) {
      const armed = armedAnswer(process, label);
      send({ type: 'arm', label, ...(kill ? { kill } : {}) });
      await armed;
    },
    disarm: () => void send({ type: 'disarm' }),
    alive: () => process.child.exitCode === null && process.child.signalCode === null,
  };
}

/** Resolves once the hook says it is armed under `label`. */
function armedAnswer(app: AppProcess, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the kill hook did not answer the arming of ${label}`)), 5_000);
    const listener = (message: HookReport) => {
      if (message.type !== 'armed' || message.label !== label) return;
      clearTimeout(timer);
      app.child.off('message', listener);
      resolve();
    };
    app.child.on('message', listener);
  });
}

/** Resolves with how the process ended, or rejects when it is still running after `limitMs`. */
export async function diesWithin(app: CrashApp, limitMs: number): Promise<number | NodeJS.Signals | null> {
  const controller = new AbortController();
  const timedOut = sleep(limitMs, undefined, { signal: controller.signal }).then(() => {
    throw new Error(`the app was still running ${limitMs} ms after the request: the kill point was never reached`);
  });
  timedOut.catch(() => undefined);
  try {
    return await Promise.race([app.process.exited, timedOut]);
  } finally {
    controller.abort();
  }
}
