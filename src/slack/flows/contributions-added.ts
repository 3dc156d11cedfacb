import { setTimeout as sleep } from 'node:timers/promises';
import type { JourneyMap } from '../../journey/model.ts';
import { holdDelivery } from '../delivery.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { loadJourney } from './journey-view.ts';
import { refreshMapCard } from './map-card.ts';
import { postDueSummaries } from './summaries.ts';

/**
 * The least time between two follow-ups of one map. chat.update allows about 50 calls a minute per workspace,
 * and a card redrawn more than once a second shows nobody anything more.
 */
export const FOLLOW_UP_INTERVAL_MS = 1_000;

interface MapFollowUps {
  map: JourneyMap;
  client: SlackClient;
  /** Input not yet shown: it settles when a follow-up that saw it has run. */
  waiting: PromiseWithResolvers<void> | null;
}

/** Per app (keyed by its deps), the maps whose follow-ups are running or pausing between two runs. */
const active = new WeakMap<Deps, Map<string, MapFollowUps>>();

/**
 * What follows every new input, from any source: the card shows it, and stages that earned a summary get one.
 * Runs after the ack, as a follow-up of its own: the first input queues it at once; input arriving while it
 * runs, or within a second of it, folds into one more run a second later, so a burst of a hundred replies
 * costs a handful of card updates, not a hundred. A failure here is logged and never undoes the input, which
 * is already stored. The promise settles once the input is shown; a follow-up must not wait for it, since the
 * run it waits for may be queued behind that very follow-up.
 */
export function afterContributionsAdded(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  let perMap = active.get(deps);
  if (!perMap) {
    perMap = new Map();
    active.set(deps, perMap);
  }
  const key = `${map.teamId}:${map.id}`;
  const current = perMap.get(key);
  const followUps = current ?? { map, client, waiting: null };
  Object.assign(followUps, { map, client });
  followUps.waiting ??= Promise.withResolvers<void>();
  const shown = followUps.waiting.promise;
  if (!current) {
    perMap.set(key, followUps);
    deps.followUps.track(runWhileWaiting(deps, followUps).finally(() => perMap.delete(key)));
  }
  // The request that brought the input keeps its outbox entry until the input is shown: a crash before then
  // replays it, and the replay shows it.
  holdDelivery(shown);
  return shown;
}

async function runWhileWaiting(deps: Deps, followUps: MapFollowUps): Promise<void> {
  while (followUps.waiting) {
    const batch = followUps.waiting;
    followUps.waiting = null;
    await deps.followUps.run(() => refreshAndSummarise(deps, followUps.client, followUps.map));
    batch.resolve();
    // Unreferenced: a process that has nothing else to do need not wait for the pause to end.
    await sleep(FOLLOW_UP_INTERVAL_MS, undefined, { ref: false });
  }
}

async function refreshAndSummarise(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  try {
    const journey = await loadJourney(deps, map);
    await refreshMapCard(deps, client, map, journey.view);
    await postDueSummaries(deps, client, map, journey.view);
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'follow-up after new input failed');
  }
}
