import { Writable } from 'node:stream';
import type { App, ReceiverEvent } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDeps } from '../../src/deps.ts';
import { DomainError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { currentDelivery, type Delivery } from '../../src/slack/delivery.ts';
import type { Deps } from '../../src/slack/deps.ts';
import { journalRequests, MAX_RUNS, type Outbox } from '../../src/slack/outbox.ts';
import type { Backend } from '../../src/store/index.ts';
import { dmChannelId, fakeWorkspace } from '../slack-fake/ids.ts';
import { type FakeSlack, startFakeSlack } from '../slack-fake/web-api.ts';
import { SIGNING_SECRET, useHarnessPerTest } from '../support/app-harness.ts';
import { tempSqliteUrl } from '../support/backends.ts';
import { directMessageEvent } from '../support/direct-messages.ts';
import { answers, mapWithCard, reply } from './thread-harness.ts';

/**
 * The outbox's bookkeeping around one stand-in for Bolt (`processEvent` is all it wraps): what runs again, when,
 * and what a person hears when their request is given up on. The whole app's replays after a SIGKILL are in
 * test/crash/.
 */
const TEAM = fakeWorkspace.teamId;
const LEASE_MS = 600;

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});

interface Instance {
  deps: Deps;
  outbox: Outbox;
  logs: Record<string, unknown>[];
  /** Every run of a request, as the listeners saw it. */
  runs: Delivery[];
  /** Sends a request as the receiver does; settles as the first run does. */
  send(body: Record<string, unknown>): Promise<void>;
}

const opened: Instance[] = [];
afterEach(async () => {
  for (const instance of opened.splice(0)) {
    instance.outbox.stop();
    await instance.deps.store.close();
  }
});

/** One app instance: real deps on `storeUrl`, its outbox around `listener` instead of Bolt's listeners. */
async function instance(storeUrl: string, listener: (event: ReceiverEvent) => Promise<void>): Promise<Instance> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: fakeWorkspace.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    STORE_URL: storeUrl,
    LOG_LEVEL: 'debug',
  });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const deps = await openDeps(config, createLogger('debug', sink));
  const runs: Delivery[] = [];
  const bolt = {
    processEvent: async (event: ReceiverEvent) => {
      runs.push(currentDelivery()!);
      await event.ack();
      await listener(event);
    },
  } as unknown as App;
  const { webApi } = await import('@slack/bolt');
  const client = new webApi.WebClient(fakeWorkspace.botToken, { slackApiUrl: fake.apiUrl });
  const outbox = journalRequests(bolt, deps, { leaseMs: LEASE_MS, clientFor: async () => client, firstRetryMs: 50 });
  const send = (body: Record<string, unknown>) => bolt.processEvent({ body, ack: async () => undefined });
  const made = { deps, outbox, logs, runs, send };
  opened.push(made);
  outbox.start();
  return made;
}

function click(userId: string, triggerId: string): Record<string, unknown> {
  return { type: 'block_actions', team: { id: TEAM }, user: { id: userId, team_id: TEAM }, trigger_id: triggerId };
}

describe('the outbox', () => {
  it('runs a failing request again after a pause, and removes it once a run succeeds', async () => {
    let failures = 2;
    const app = await instance(tempSqliteUrl(), async () => {
      if (failures-- > 0) throw new Error('Slack answered 500');
    });
    const first = app.send(click('U0RETRY', 't1'));
    await expect(first).rejects.toThrow('Slack answered 500');
    await vi.waitFor(async () => expect(await app.deps.store.outbox.list(TEAM)).toEqual([]), { timeout: 5_000 });
    expect(app.runs.map((run) => run.replay)).toEqual([false, true, true]);
    expect(new Set(app.runs.map((run) => run.id)).size).toBe(1);
    expect(app.logs.filter((line) => line.msg === 'request failed: it will run again')).toHaveLength(2);
  });

  it('gives a request up after MAX_RUNS runs: set aside, logged, and the person told in a DM', async () => {
    const app = await instance(tempSqliteUrl(), async () => {
      throw new Error('always fails');
    });
    const before = fake.messages(dmChannelId('U0POISON')).length;
    await app.send(click('U0POISON', 't2')).catch(() => undefined);
    await vi.waitFor(() => expect(fake.messages(dmChannelId('U0POISON'))).toHaveLength(before + 1), {
      timeout: 10_000,
    });
    expect(app.runs).toHaveLength(MAX_RUNS);
    const [entry] = await app.deps.store.outbox.list(TEAM);
    expect(entry).toMatchObject({ dead: true, attempts: MAX_RUNS - 1 });
    expect(app.logs.find((line) => line.msg === 'request given up on')).toMatchObject({ level: 50, runs: MAX_RUNS });
    const told = fake.messages(dmChannelId('U0POISON')).at(-1)!;
    expect(told.text).toMatch(/^Sorry, I couldn't finish what you asked me at <!date\^\d+\^\{time\}\|\d\d:\d\d UTC>/);
  });

  it("leaves a slow request with its instance while the lease is renewed, and replays a dead instance's", async () => {
    const storeUrl = tempSqliteUrl();
    const slowDone = Promise.withResolvers<void>();
    const busy = await instance(storeUrl, () => slowDone.promise);
    const other = await instance(storeUrl, async () => undefined);
    void busy.send(click('U0SLOW', 't3'));
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS * 3));
    expect(other.runs).toEqual([]);
    slowDone.resolve();
    await vi.waitFor(async () => expect(await busy.deps.store.outbox.list(TEAM)).toEqual([]));

    // An instance that stops renewing (its process died mid-request) loses the request to the other one.
    const stuck = await instance(storeUrl, () => new Promise<void>(() => undefined));
    void stuck.send(click('U0STUCK', 't4'));
    await vi.waitFor(() => expect(stuck.runs).toHaveLength(1));
    stuck.outbox.stop();
    await vi.waitFor(() => expect(other.runs).toHaveLength(1), { timeout: 5_000 });
    expect(other.runs[0]).toMatchObject({ id: stuck.runs[0]!.id, replay: true });
    await vi.waitFor(async () => expect(await other.deps.store.outbox.list(TEAM)).toEqual([]));
  });
});

describe('the outbox in front of the real app', () => {
  const startHarnessForTest = useHarnessPerTest();

  it('answers 503 to an event it cannot write down, so Slack sends it again, and takes the retry', async () => {
    let down = true;
    const h = await startHarnessForTest({ observeStore: (backend) => failingOutboxAdd(backend, () => down) });
    const typed = h.fake.addUserMessage({ channel: dmChannelId('U0OUTAGE'), user: 'U0OUTAGE', text: 'hello' });
    const event = directMessageEvent(typed);

    const refused = await h.slack.event(event, { eventId: 'EvOUTAGE1' });
    expect(refused.status).toBe(503);
    expect(h.fake.messages(dmChannelId('U0OUTAGE'))).toHaveLength(1);

    down = false;
    const taken = await h.slack.event(event, { eventId: 'EvOUTAGE1', retryNum: 1, retryReason: 'http_error' });
    expect(taken.status).toBe(200);
    await vi.waitFor(() => expect(h.fake.messages(dmChannelId('U0OUTAGE'))).toHaveLength(2));
    expect(h.fake.messages(dmChannelId('U0OUTAGE')).at(-1)!.text).toContain('You have no interview in progress');
    await vi.waitFor(async () => expect(await h.deps.store.outbox.list(TEAM)).toEqual([]));
  });

  it('runs a thread reply and a DM again when reading them failed after the ack, so neither is lost', async () => {
    const failures = { left: 0 };
    const h = await startHarnessForTest({ observeStore: (backend) => failingReads(backend, failures) });
    const map = await mapWithCard(h);
    failures.left = 2;
    await reply(h, map, 'U0FLAKY', 'touchpoint: pricing webinar @consideration');
    const typed = h.fake.addUserMessage({ channel: dmChannelId('U0FLAKY'), user: 'U0FLAKY', text: 'hello' });
    expect((await h.slack.event(directMessageEvent(typed))).status).toBe(200);
    await vi.waitFor(
      async () => {
        const stored = await h.deps.store.contributions.list(TEAM, map.id);
        expect(stored.map((contribution) => contribution.text)).toEqual(['pricing webinar']);
        expect(answers(h, map)).toHaveLength(1);
        expect(h.fake.messages(dmChannelId('U0FLAKY')).at(-1)!.text).toContain('You have no interview in progress');
      },
      { timeout: 10_000 },
    );
    const failed = h.logs.filter((line) => line.level === 50).map((line) => line.msg);
    expect(failed).toEqual(expect.arrayContaining(['thread reply failed', 'direct message failed']));
  });

  it('removes a finished request once the store answers again, so it is not run a second time', async () => {
    const refusals = { left: 1 };
    const h = await startHarnessForTest({ observeStore: (backend) => refusingRemoval(backend, refusals) });
    const typed = h.fake.addUserMessage({ channel: dmChannelId('U0ONCE'), user: 'U0ONCE', text: 'hello' });
    expect((await h.slack.event(directMessageEvent(typed))).status).toBe(200);
    await vi.waitFor(async () => {
      expect(refusals.left).toBe(0);
      expect(await h.deps.store.outbox.list(TEAM)).toEqual([]);
    });
    expect(h.fake.messages(dmChannelId('U0ONCE'))).toHaveLength(2);
  });

  it('keeps no verification token in what it writes down', async () => {
    const written: string[] = [];
    const h = await startHarnessForTest({ observeStore: (backend) => recordingOutboxAdd(backend, written) });
    await h.slack.command('help', { userId: 'U0TOKEN', channelId: 'C0SHOP' });
    expect(written).toHaveLength(1);
    const { body } = JSON.parse(written[0]!);
    expect(body).toMatchObject({ command: '/journey', user_id: 'U0TOKEN' });
    expect(body).not.toHaveProperty('token');
    expect(written[0]).not.toContain('fake-verification-token');
  });
});

/** The backend with `outbox.add` failing as an unreachable store does, while `isDown()`. */
function failingOutboxAdd(backend: Backend, isDown: () => boolean): Backend {
  const add: Backend['outbox']['add'] = (...args) =>
    isDown() ? Promise.reject(new DomainError('store_unavailable', 'outbox down')) : backend.outbox.add(...args);
  return { ...backend, outbox: { ...backend.outbox, add } };
}

function recordingOutboxAdd(backend: Backend, written: string[]): Backend {
  const add: Backend['outbox']['add'] = (key, value, leaseUntil) => {
    written.push(value);
    return backend.outbox.add(key, value, leaseUntil);
  };
  return { ...backend, outbox: { ...backend.outbox, add } };
}

/** Records reads that fail while `failures.left` lasts, each taking one: a store that times out now and then. */
function failingReads(backend: Backend, failures: { left: number }): Backend {
  const fails = () => {
    if (failures.left <= 0) return false;
    failures.left -= 1;
    return true;
  };
  const timedOut = () => Promise.reject(new DomainError('store_unavailable', 'read timed out'));
  const getMany: Backend['records']['getMany'] = (keys) => (fails() ? timedOut() : backend.records.getMany(keys));
  const get: Backend['records']['get'] = (key) => (fails() ? timedOut() : backend.records.get(key));
  return { ...backend, records: { ...backend.records, get, getMany } };
}

/** The outbox refuses to remove entries while `refusals.left` lasts, as a store that just timed out does. */
function refusingRemoval(backend: Backend, refusals: { left: number }): Backend {
  const remove: Backend['outbox']['remove'] = (key) => {
    if (refusals.left <= 0) return backend.outbox.remove(key);
    refusals.left -= 1;
    return Promise.reject(new DomainError('store_unavailable', 'store command not sent'));
  };
  return { ...backend, outbox: { ...backend.outbox, remove } };
}
