// One scenario on one backend: a dry run records what the request does, then one case per kill point crashes the
// app there, restarts it on the same store and checks what the person ends up with, touching nothing as them.
import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { interviewSessionSchema } from '../../src/interview/index.ts';
import { openStore } from '../../src/store/index.ts';
import { type FakeSlack, type KilledCall, startFakeSlack } from '../slack-fake/web-api.ts';
import { type CrashApp, diesWithin, type StandbyApp, spawnStandbyApp, startCrashApp } from './crash-app.ts';
import { type BackendName, type CrashStore, freshStore } from './crash-stores.ts';
import { describePoint, type KillPoint, killPoints } from './kill-points.ts';
import { CRASH_LABEL_HEADER, killLine, type OperationReport } from './protocol.ts';
import type { CrashContext, Delivery, Prepared, Scenario } from './scenarios.ts';

export interface SuiteOptions {
  /** Keeps the Redis files apart (each takes database 10 + slot). */
  slot: number;
  /** Web API methods the dry run must show the request calling. */
  expectedCalls: string[];
  /** What a dry run (no crash) leads to; the scenario's `expectCompleted` by default. */
  dryRunDone?: (ctx: CrashContext, prepared: Prepared) => Promise<unknown>;
}

interface Suite {
  ctx: CrashContext;
  fake: FakeSlack;
  store: CrashStore;
  /** The app serving now, replaced after each crash. */
  current: CrashApp;
  /** The next one, loading while the current one serves. */
  standby: StandbyApp;
  dryRun: OperationReport[];
  dryRunDelivery: unknown;
}

/** How long the process may take to reach the kill point once the request is sent. */
const DIES_WITHIN_MS = 10_000;
/** The dry run is over once the request's work has been quiet this long. */
const QUIET_MS = 1_500;

async function startSuite(backend: BackendName, slot: number): Promise<Suite> {
  const store = await freshStore(backend, slot);
  const fake = await startFakeSlack();
  const opened = await openStore(store.url, interviewSessionSchema);
  const suite = { fake, store, dryRun: [], dryRunDelivery: undefined } as unknown as Suite;
  suite.current = await startCrashApp(fake, store.url);
  suite.standby = spawnStandbyApp(fake, store.url);
  suite.ctx = { fake, store: opened, app: () => suite.current };
  return suite;
}

/** The restart after a crash: the standby runs the app, and the next standby starts loading. */
async function restart(suite: Suite): Promise<void> {
  suite.current = await suite.standby.start();
  suite.standby = spawnStandbyApp(suite.fake, suite.store.url);
}

async function stopSuite(suite: Suite): Promise<void> {
  suite.standby.discard();
  await suite.current.process.kill('SIGKILL');
  await suite.ctx.store.close();
  await suite.fake.close();
  await suite.store.drop();
}

/** Resolves once no new operation was reported under `label` for QUIET_MS (at most 10 s). */
async function quiet(app: CrashApp, label: string): Promise<void> {
  let seen = -1;
  for (let waited = 0; waited < 10_000 && app.operations(label).length !== seen; waited += QUIET_MS) {
    seen = app.operations(label).length;
    await sleep(QUIET_MS);
  }
}

/** Sends the request once on a live app, untouched, and records everything it did. */
async function dryRun(suite: Suite, scenario: Scenario, options: SuiteOptions): Promise<void> {
  const prepared = await scenario.prepare(suite.ctx);
  await suite.current.arm('dry-run');
  suite.dryRunDelivery = await scenario.send(suite.ctx, prepared);
  await (options.dryRunDone ?? scenario.expectCompleted)(suite.ctx, prepared);
  await quiet(suite.current, 'dry-run');
  suite.current.disarm();
  suite.dryRun = suite.current.operations('dry-run');
}

const describeOperation = ({ kind, phase, n, detail }: OperationReport) => `${kind} ${n} ${phase}: ${detail}`;

/** The dry run shows the request acknowledged, its Slack calls, and every operation finishing. */
function expectDryRunRecorded(suite: Suite, options: SuiteOptions): void {
  const { dryRun } = suite;
  expect(suite.dryRunDelivery).toBe(200);
  expect(dryRun.filter((op) => op.kind === 'ack').map((op) => op.detail)).toEqual(['200']);
  const called = dryRun.filter((op) => op.kind === 'slack' && op.phase === 'start').map((op) => op.detail);
  for (const method of options.expectedCalls) expect(called).toContain(method);
  const started = dryRun.filter((op) => op.phase === 'start').map((op) => `${op.kind} ${op.n}`);
  const done = dryRun.filter((op) => op.phase === 'done' && op.kind !== 'ack').map((op) => `${op.kind} ${op.n}`);
  expect(done.sort()).toEqual(started.sort());
}

/** The run of one kill point: labelled apart from the others, so the hook and the fake count its calls only. */
interface CrashRun {
  label: string;
  point: KillPoint;
  prepared: Prepared;
  delivered?: Delivery;
  killedCall?: KilledCall;
}

/**
 * Arms the kill where `point` says: the hook for a store write, the fake for a Slack call (then `killed` settles
 * once the fake has killed the app; wrapped, as awaiting the arming must not wait for that).
 */
async function armKill(suite: Suite, run: CrashRun): Promise<{ killed?: Promise<KilledCall> }> {
  const { point, label } = run;
  const app = suite.current;
  await app.arm(label, point.op === 'write' ? { nth: point.n, moment: point.moment } : undefined);
  if (point.op !== 'slack') return {};
  const killed = suite.fake.killOnCall({
    nth: point.n,
    moment: point.moment,
    counts: (request: IncomingMessage) => request.headers[CRASH_LABEL_HEADER] === label,
    kill: () => app.process.kill('SIGKILL'),
  });
  return { killed };
}

const startedWrites = (operations: readonly OperationReport[]) =>
  operations.filter((op) => op.kind === 'write' && op.phase === 'start').map((op) => op.detail);

/**
 * Proof that the crash came where the point says: for a store write the hook's own line, written as it killed, and
 * no write reported started after it; for a Slack call the fake's record of the call it killed at, the dry run's
 * call of that number or one that may swap places with it.
 */
async function expectKilledAtPoint(suite: Suite, run: CrashRun, crashed: CrashApp): Promise<void> {
  const { point } = run;
  const started = startedWrites(crashed.operations(run.label));
  if (point.op === 'write') {
    // The exit can be seen before the last of stderr is read: wait for the line a moment.
    const said = killLine(point.moment, point.n);
    await vi.waitFor(() => expect(crashed.process.output(), 'the kill hook saying where it killed').toContain(said), {
      timeout: 2_000,
    });
    expect(started.length, 'store writes started before the kill').toBe(
      point.moment === 'before' ? point.n - 1 : point.n,
    );
  } else {
    expect(callsInFlightWith(suite.dryRun, point.n), 'the Slack call the app was killed at').toContain(
      run.killedCall?.method,
    );
  }
  warnWhenOffTheDryRun(suite, run, started);
}

/**
 * The methods of the dry run's Slack call `n`, of the calls in flight at the same time and of its neighbours: calls
 * started by independent follow-ups may swap places from one run to the next.
 */
function callsInFlightWith(operations: readonly OperationReport[], n: number): string[] {
  const at = (m: number, phase: OperationReport['phase']) =>
    operations.findIndex((op) => op.kind === 'slack' && op.n === m && op.phase === phase);
  const [start, done] = [at(n, 'start'), at(n, 'done')];
  return operations
    .filter((op) => op.kind === 'slack' && op.phase === 'start')
    .filter((op) => Math.abs(op.n - n) <= 1 || (at(op.n, 'start') < done && at(op.n, 'done') > start))
    .map((op) => op.detail);
}

/**
 * The writes before the crash normally repeat the dry run's. When they do not (the app wrote a different number of
 * times for this person), the point may not be the gap the dry run had there: said, not failed, as the crash
 * itself is still a crash to recover from.
 */
function warnWhenOffTheDryRun(suite: Suite, run: CrashRun, started: string[]): void {
  const dryRunStarted = startedWrites(suite.dryRun).slice(0, started.length);
  if (JSON.stringify(started) === JSON.stringify(dryRunStarted)) return;
  console.warn(
    `[crash] ${describePoint(run.point)}: the writes before the crash differ from the dry run's\n` +
      `  this run: ${started.join(', ')}\n  dry run:  ${dryRunStarted.join(', ')}`,
  );
}

/** Sends the request with the kill armed, and waits for the process to die at it. */
async function crash(suite: Suite, scenario: Scenario, run: CrashRun): Promise<CrashApp> {
  const crashed = suite.current;
  const { killed } = await armKill(suite, run);
  run.delivered = await scenario.send(suite.ctx, run.prepared);
  expect(await diesWithin(crashed, DIES_WITHIN_MS)).toBe('SIGKILL');
  if (killed) run.killedCall = await killed;
  return crashed;
}

/** After the restart, doing nothing as the person: what they must end up with; how many messages came twice. */
async function expectRecovered(suite: Suite, scenario: Scenario, run: CrashRun): Promise<number> {
  if (run.delivered === 200) return scenario.expectCompleted(suite.ctx, run.prepared);
  if (!scenario.isEvent) {
    await scenario.expectNothingHalfDone(suite.ctx, run.prepared);
    return 0;
  }
  // Slack retries an event it got no 200 for: the same event_id, with the retry headers.
  expect(await scenario.send(suite.ctx, run.prepared, 1), 'the retried event').toBe(200);
  return scenario.expectCompleted(suite.ctx, run.prepared);
}

/** What the restarted app logged about the outbox, its replays and its failures, added to a failure's message. */
function withAppLog(error: Error, app: CrashApp): Error {
  const telling = app.process
    .output()
    .split('\n')
    .filter((line) => /outbox|replay|duplicate|skipped|already|"level":(4|5)\d/i.test(line))
    .slice(-12);
  error.message += `\nthe restarted app logged (outbox, replays, warnings):\n  ${telling.join('\n  ') || '(nothing)'}`;
  return error;
}

/** Leaves a live, disarmed app for the next case, whatever happened in this one. */
async function recover(suite: Suite): Promise<void> {
  suite.fake.disarmKill();
  if (suite.current.alive()) suite.current.disarm();
  else await restart(suite);
}

export interface CaseOutcome {
  point: string;
  delivered: Delivery | undefined;
  duplicates: number;
}

async function crashAndRecover(suite: Suite, scenario: Scenario, run: CrashRun): Promise<CaseOutcome> {
  try {
    const crashed = await crash(suite, scenario, run);
    await expectKilledAtPoint(suite, run, crashed);
    await scenario.beforeRestart?.(run.prepared);
    await restart(suite);
    const duplicates = await expectRecovered(suite, scenario, run).catch((error: Error) => {
      throw withAppLog(error, suite.current);
    });
    return { point: describePoint(run.point), delivered: run.delivered, duplicates };
  } finally {
    await recover(suite);
  }
}

function summarise(name: string, outcomes: readonly CaseOutcome[]): void {
  const twice = outcomes.filter((outcome) => outcome.duplicates > 0);
  const unacknowledged = outcomes.filter((outcome) => outcome.delivered !== 200);
  console.log(
    `[crash] ${name}: ${outcomes.length} cases passed; a message came twice in ${twice.length} ` +
      `(${twice.map((outcome) => outcome.point).join('; ') || 'none'}); not acknowledged in ` +
      `${unacknowledged.length} (${unacknowledged.map((outcome) => `${outcome.point}: ${outcome.delivered}`).join('; ') || 'none'})`,
  );
}

/** How many people are set up at once: enough to overlap their round trips, few enough to keep acks quick. */
const PREPARED_AT_ONCE = 4;

/**
 * A fresh person (and map) for each case, set up before any crash so a case only pays for its crash and restart.
 * A failed setup fails its case only.
 */
async function prepareAll(suite: Suite, scenario: Scenario, count: number): Promise<Promise<Prepared>[]> {
  const people: Promise<Prepared>[] = [];
  for (let start = 0; start < count; start += PREPARED_AT_ONCE) {
    const batch = Array.from({ length: Math.min(PREPARED_AT_ONCE, count - start) }, () => scenario.prepare(suite.ctx));
    await Promise.allSettled(batch);
    people.push(...batch);
  }
  for (const person of people) person.catch(() => undefined);
  // What follows the setup requests (nothing the person sees) must be over before the first request under test.
  await sleep(500);
  return people;
}

/**
 * The crash tests of `scenario` on `backend`. Awaited at the top of a test file: the dry run runs while the file
 * is collected, as the cases are its kill points.
 */
export async function crashSuite(scenario: Scenario, backend: BackendName, options: SuiteOptions): Promise<void> {
  const suite = await startSuite(backend, options.slot);
  const dryRunError = await dryRun(suite, scenario, options).then(
    () => undefined,
    (error: unknown) => error,
  );
  const found = killPoints(suite.dryRun);
  const points = scenario.pickPoints ? scenario.pickPoints(found) : found;
  const people = await prepareAll(suite, scenario, points.length);
  const name = `${scenario.name} on ${backend}`;
  const outcomes: CaseOutcome[] = [];
  console.log(`[crash] ${name}: dry run\n  ${suite.dryRun.map(describeOperation).join('\n  ')}`);
  console.log(`[crash] ${name}: kill points\n  ${points.map(describePoint).join('\n  ')}`);

  describe(name, () => {
    afterAll(async () => {
      summarise(name, outcomes);
      await stopSuite(suite);
    });

    it('dry run: the request is acknowledged, and its store writes and Slack calls are recorded', () => {
      if (dryRunError) throw dryRunError;
      expectDryRunRecorded(suite, options);
      expect(points.length).toBeGreaterThan(0);
    });

    it.each(points.map((point) => [describePoint(point), point] as const))(
      'crash %s: replayed after a restart',
      async (_, point) => {
        const prepared = await people.shift();
        if (!prepared) throw new Error('no person was prepared for this case');
        const run: CrashRun = { label: `case-${outcomes.length}-${Date.now()}`, point, prepared };
        outcomes.push(await crashAndRecover(suite, scenario, run));
      },
      60_000,
    );
  });
}
