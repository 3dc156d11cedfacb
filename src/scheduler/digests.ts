import { setImmediate } from 'node:timers/promises';
import PQueue from 'p-queue';
import { dueSlot } from '../digest/schedule.ts';
import type { JourneyMap } from '../journey/model.ts';
import type { Deps, SlackClient } from '../slack/deps.ts';
import { lastDigest, postDigest } from '../slack/flows/digest.ts';
import { nudgeStakeholders } from '../slack/flows/digest-nudges.ts';
import { remindIdleInterviews } from '../slack/flows/interview-reminders.ts';
import { summariseSettledStages } from '../slack/flows/summaries.ts';

export const CHECK_INTERVAL_MS = 60_000;
/**
 * Workspaces checked at once. Each has its own client and runs its maps one after another, so a workspace that
 * Slack rate-limits (a 429 makes its client wait Retry-After) holds up only its own posts, never another's.
 */
const TEAMS_AT_ONCE = 16;

export interface DigestScheduler {
  /** Checks every map now; a call during a check runs once more after it, so it always sees the current clock. */
  check(): Promise<void>;
  /** One check at once (a digest missed while the app was down goes out late), then one a minute. */
  start(): void;
  /** Stops ticking and waits for a check in progress, so the store is not closed under it. */
  stop(): Promise<void>;
}

/** The Web API client for a map's workspace (one bot token, or that workspace's installation). */
export type ClientForMap = (map: JourneyMap) => Promise<SlackClient>;

/** What a scheduler's checks need; `stopped` is read between maps, so a stop cuts a long check short. */
interface CheckContext {
  deps: Deps;
  clientFor: ClientForMap;
  stopped: () => boolean;
}

/** Every live map, workspaces side by side; a failure to list the maps is logged, never thrown. */
async function checkAllMaps(context: CheckContext): Promise<void> {
  if (context.stopped()) return;
  const { deps } = context;
  try {
    const teamIds = await deps.store.maps.teamIds();
    const now = deps.now();
    const teams = new PQueue({ concurrency: TEAMS_AT_ONCE });
    await teams.addAll(teamIds.map((teamId) => () => checkTeam(context, teamId, now)));
  } catch (err) {
    deps.log.error({ err }, 'digest check failed');
  }
}

/** One workspace's live maps, a page at a time and one map a turn, through one client. */
async function checkTeam(context: CheckContext, teamId: string, now: Date): Promise<void> {
  let client: SlackClient | undefined;
  try {
    for await (const page of context.deps.store.maps.pages(teamId)) {
      for (const map of page) {
        if (context.stopped()) return;
        if (map.archivedAt) continue;
        client ??= await workspaceClient(context, map);
        if (!client) return;
        await checkMap(context.deps, map, client, now);
        // Back to the event loop between maps: an embedded store answers without leaving the microtask queue,
        // and a check of thousands of maps would otherwise hold up every request arriving meanwhile.
        await setImmediate();
      }
    }
  } catch (err) {
    context.deps.log.error({ err, teamId }, 'digest check of workspace failed');
  }
}

/** Asked before any claim: a workspace that uninstalled must not use up its week's digest. */
async function workspaceClient(context: CheckContext, map: JourneyMap): Promise<SlackClient | undefined> {
  try {
    return await context.clientFor(map);
  } catch (err) {
    context.deps.log.warn({ err, teamId: map.teamId }, 'no Slack client for workspace; digests not posted');
    return undefined;
  }
}

/** A map's digest when its slot is due and this instance claims it, then its reminders and settled summaries. */
async function checkMap(deps: Deps, map: JourneyMap, client: SlackClient, now: Date): Promise<void> {
  try {
    const last = await lastDigest(deps, map);
    const slot = dueSlot(map.digest, now, last?.slotKey ?? null, map.createdAt);
    if (slot && (await deps.store.digestMarks.claim(map.teamId, map.id, slot.key))) {
      const built = await postDigest(deps, client, map, slot);
      await nudgeStakeholders(deps, client, map, built, slot);
    }
  } catch (err) {
    deps.log.error({ err, mapId: map.id }, 'digest not posted');
  }
  // Even when the digest failed: reminders and summaries do not depend on it.
  await remindIdleInterviews(deps, client, map, now);
  await summariseSettledStages(deps, client, map);
}

interface CoalescedRuns {
  /** Runs now when idle; during a run, once more after it (callers in the meantime share that one run). */
  request(): Promise<void>;
  /** The run in progress or queued, if any. */
  inFlight(): Promise<void> | undefined;
}

/** One run of `task` at a time, and never more than one waiting: a burst of requests costs at most two runs. */
function coalescedRuns(task: () => Promise<void>): CoalescedRuns {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  function run(): Promise<void> {
    running = task().finally(() => {
      running = undefined;
    });
    return running;
  }
  return {
    request() {
      if (queued) return queued;
      if (!running) return run();
      queued = running.then(() => {
        queued = undefined;
        return run();
      });
      return queued;
    },
    inFlight: () => queued ?? running,
  };
}

/**
 * The weekly digests. Keeps no state of its own: what is due is a pure function of each map's schedule,
 * the clock and the last posted slot in the store, and a slot is claimed atomically in the store before
 * its digest is posted, so any number of instances post each digest once. A post that fails after its
 * claim is not retried (it might have reached Slack); the next digest covers its changes.
 */
export function createDigestScheduler(
  deps: Deps,
  clientFor: ClientForMap,
  intervalMs: number = CHECK_INTERVAL_MS,
): DigestScheduler {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const checks = coalescedRuns(() => checkAllMaps({ deps, clientFor, stopped: () => stopped }));
  const check = () => checks.request();

  return {
    check,
    start() {
      stopped = false;
      void check();
      timer = setInterval(() => void check(), intervalMs);
      // The tick alone never keeps the process alive: shutdown stays in main.ts's hands.
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await checks.inFlight();
    },
  };
}
