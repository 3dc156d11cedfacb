import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createApp, type JourneyApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { openDeps } from '../../src/deps.ts';
import { createLogger } from '../../src/log.ts';
import type { Deps } from '../../src/slack/deps.ts';
import type { Backend } from '../../src/store/index.ts';
import type { FakeOpenAI } from '../openai-fake/server.ts';
import { fakeWorkspace } from '../slack-fake/ids.ts';
import { createSignedClient, type SignedClient } from '../slack-fake/signed-client.ts';
import { type FakeSlack, startFakeSlack } from '../slack-fake/web-api.ts';
import { tempSqliteUrl } from './backends.ts';
import { testModelEnv, useFakeOpenAI } from './fake-openai.ts';

export const SIGNING_SECRET = 'test-signing-secret';

export interface Harness {
  fake: FakeSlack;
  slack: SignedClient;
  app: JourneyApp;
  deps: Deps;
  config: Config;
  baseUrl: string;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Moves the app's clock (the store and Slack keep real time). */
  setNow(date: Date): void;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  storeUrl?: string;
  env?: Record<string, string>;
  now?: Date;
  fake?: FakeSlack;
  /** Wraps the store's backend, to watch the commands the app sends it (see counting-backend.ts). */
  observeStore?: (backend: Backend) => Backend;
}

/** The real app (createApp, Bolt's HTTP receiver, a real store) wired to the fake Slack on loopback. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = options.fake ?? (await startFakeSlack());
  const config = loadConfig({
    SLACK_BOT_TOKEN: fakeWorkspace.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    STORE_URL: options.storeUrl ?? tempSqliteUrl(),
    PORT: '0',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  let now = options.now;
  const deps = await openDeps(config, createLogger(config.logLevel, sink), () => now ?? new Date(), {
    observe: options.observeStore,
  });
  const app = createApp(config, deps);
  const { port } = await app.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const slack = createSignedClient({
    url: `${baseUrl}/slack/events`,
    signingSecret: SIGNING_SECRET,
    responseUrls: () => fake.responseUrl(),
  });
  return {
    fake,
    slack,
    app,
    deps,
    config,
    baseUrl,
    logs,
    setNow(date) {
      now = date;
    },
    async stop() {
      await app.stop();
      deps.followUps.close();
      // A test may have closed the store already to see the app without it.
      await deps.store.close().catch(() => undefined);
      if (!options.fake) await fake.close();
    },
  };
}

export type UseHarnessOptions = HarnessOptions & { resetSlackEachTest?: boolean };

/**
 * The harness of a test file: one app started before its tests and stopped after them, with the fake Slack
 * emptied before each test when `resetSlackEachTest`. Its fields are there once the tests run, not before.
 */
export function useHarness(options: UseHarnessOptions = {}): Harness {
  const { resetSlackEachTest, ...harnessOptions } = options;
  return useHarnessOf(() => harnessOptions, resetSlackEachTest);
}

/**
 * The harness of a test file whose app has a model: a fake OpenAI (see `useFakeOpenAI`, reset after each test)
 * started first, and the app told to use it (see `useHarness`). Their fields are there once the tests run.
 */
export function useModelHarness(options: UseHarnessOptions = {}): { h: Harness; ai: FakeOpenAI } {
  const { resetSlackEachTest, ...harnessOptions } = options;
  const ai = useFakeOpenAI();
  const h = useHarnessOf(
    () => ({ ...harnessOptions, env: { ...testModelEnv(ai), ...harnessOptions.env } }),
    resetSlackEachTest,
  );
  return { h, ai };
}

/**
 * For tests that each start an app of their own (with their own options): the starter. The app it started is
 * stopped after the test, whether the test passed or not.
 */
export function useHarnessPerTest(): (options?: HarnessOptions) => Promise<Harness> {
  let started: Harness | undefined;
  afterEach(async () => {
    await started?.stop();
    started = undefined;
  });
  return async (options = {}) => {
    started = await startHarness(options);
    return started;
  };
}

/** `useHarness` with its options read when the tests start (so they may name what another hook started). */
function useHarnessOf(optionsAtStart: () => HarnessOptions, resetSlackEachTest = false): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    Object.assign(harness, await startHarness(optionsAtStart()));
  });
  afterAll(async () => {
    await harness.stop();
  });
  if (resetSlackEachTest) {
    beforeEach(() => {
      harness.fake.reset();
    });
  }
  return harness;
}
