import type { JourneyMap, JourneyView, Stage, StageView } from '../../journey/model.ts';
import { type SummaryMark, UnreadableRecordError } from '../../store/index.ts';
import { claimUnlessReplay } from '../delivery.ts';
import type { Deps, SlackClient } from '../deps.ts';
import type { MessageContent } from '../views/blocks.ts';
import { stageSummariesOverview, stageSummaryMessage } from '../views/summary.ts';
import { loadJourney } from './journey-view.ts';
import { POST_DEFAULTS } from './slack-call.ts';
import { awaitsQuiet, dueSummary, markOf, QUIET_MS, SUMMARY_INTERVAL_MS } from './summary-due.ts';

export interface PostedSummary {
  channel: string;
  ts: string | undefined;
}

/**
 * `/journey summary`: one stage in full, or every stage in one overview (a thread of long messages
 * reads worse), posted in the map's thread. It counts as the stages' last summary for the automatic ones.
 */
export async function postRequestedSummary(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  stages: readonly Stage[],
): Promise<PostedSummary> {
  const { view } = await loadJourney(deps, map);
  const summaries = await Promise.all(stages.map((stage) => deps.insights.summariseStage(map, view, stage.id)));
  const options = { modelName: deps.insights.model };
  const [only] = summaries;
  const content =
    summaries.length === 1 && only
      ? stageSummaryMessage(map, only, options)
      : stageSummariesOverview(map, summaries, options);
  const posted = await postInMapThread(client, map, content);
  const now = deps.now();
  await Promise.all(stages.map((stage) => rememberSummary(deps, map, stageViewOf(view, stage.id), now)));
  deps.log.info(
    { mapId: map.id, stages: stages.length, sources: [...new Set(summaries.map((summary) => summary.source))] },
    'stages summarised on request',
  );
  return posted;
}

/**
 * After new input: every stage that has earned a summary gets one (see dueSummary). One stage failing
 * never stops the others, and never reaches the person whose input triggered it. A stage that has input enough
 * but is still busy leaves a note in the store for when it will be quiet, which the scheduler's tick reads, so
 * the tick never has to load a map that has nothing waiting (and a restart forgets nothing).
 */
export async function postDueSummaries(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  view: JourneyView,
): Promise<{ awaitingQuiet: boolean }> {
  if (map.archivedAt) return { awaitingQuiet: false };
  let awaitingQuiet = false;
  const marks = await lastSummaries(deps, map, view.stages);
  for (const [index, stageView] of view.stages.entries()) {
    try {
      awaitingQuiet = (await postIfDue(deps, client, map, view, stageView, marks[index])) || awaitingQuiet;
    } catch (err) {
      deps.log.warn({ err, mapId: map.id, stageId: stageView.stage.id }, 'automatic summary failed');
    }
  }
  if (awaitingQuiet) {
    await deps.store.settleNotes.set(map.teamId, map.id, new Date(deps.now().getTime() + QUIET_MS).toISOString());
  }
  return { awaitingQuiet };
}

/**
 * From the scheduler's tick: a map whose note says a stage should be quiet by now is read and its settled stages
 * summarised. The note is cleared only after that, so a crash in between only means one more look next tick.
 */
export async function summariseSettledStages(deps: Deps, client: SlackClient, map: JourneyMap): Promise<void> {
  try {
    const checkAfter = await deps.store.settleNotes.get(map.teamId, map.id);
    if (!checkAfter || Date.parse(checkAfter) > deps.now().getTime()) return;
    const { view } = await loadJourney(deps, map);
    const { awaitingQuiet } = await postDueSummaries(deps, client, map, view);
    if (!awaitingQuiet) await deps.store.settleNotes.clear(map.teamId, map.id);
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'settled stages not summarised');
  }
}

/** Posts the stage's summary if it is due; true when the stage must be looked at again once quiet. */
async function postIfDue(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  view: JourneyView,
  stageView: StageView,
  last: SummaryMark | undefined,
): Promise<boolean> {
  const stageId = stageView.stage.id;
  const now = deps.now();
  const trigger = dueSummary(map, stageView, last, now);
  if (!trigger) return awaitsQuiet(stageView, last, now);
  // Instances that saw the same last summary race for one claim and only one wins; it lapses after an hour. A
  // request run again after a crash posts without it (its first run may have claimed and died). Otherwise the stage
  // is looked at again once quiet: if the winner died before posting, the next look after the claim lapsed posts
  // it, instead of waiting for new input that may never come.
  const claimed = await claimUnlessReplay(() =>
    deps.store.summaryMarks.claim(map.teamId, map.id, stageId, last?.at ?? 'none', SUMMARY_INTERVAL_MS),
  );
  if (!claimed) return true;
  const summary = await deps.insights.summariseStage(map, view, stageId);
  await postInMapThread(client, map, stageSummaryMessage(map, summary, { modelName: deps.insights.model, trigger }));
  await rememberSummary(deps, map, stageView, now);
  deps.log.info({ mapId: map.id, stageId, trigger: trigger.kind, source: summary.source }, 'stage summarised');
  return false;
}

/**
 * Each stage's last summary mark, in one round trip. A mark that cannot be read counts as none: the worst case is
 * one summary more, never one lost input.
 */
async function lastSummaries(
  deps: Deps,
  map: JourneyMap,
  stages: readonly StageView[],
): Promise<Array<SummaryMark | undefined>> {
  const stageIds = stages.map((stageView) => stageView.stage.id);
  const marks = await deps.store.summaryMarks.getEach(map.teamId, map.id, stageIds);
  return marks.map((mark, index) => {
    if (!(mark instanceof UnreadableRecordError)) return mark;
    deps.log.warn({ err: mark, mapId: map.id, stageId: stageIds[index] }, 'summary mark unreadable');
    return undefined;
  });
}

async function rememberSummary(deps: Deps, map: JourneyMap, stageView: StageView, now: Date): Promise<void> {
  await deps.store.summaryMarks.save(map.teamId, map.id, stageView.stage.id, markOf(map, stageView, now));
}

function stageViewOf(view: JourneyView, stageId: string): StageView {
  const stageView = view.stages.find((candidate) => candidate.stage.id === stageId);
  if (!stageView) throw new Error(`the view of map ${view.mapId} has no stage ${stageId}`);
  return stageView;
}

/** In the map's thread, or its channel when the card was never posted. */
async function postInMapThread(client: SlackClient, map: JourneyMap, content: MessageContent): Promise<PostedSummary> {
  const thread = map.cardTs ? { thread_ts: map.cardTs } : {};
  const { ts } = await client.chat.postMessage({ channel: map.channelId, ...thread, ...content, ...POST_DEFAULTS });
  return { channel: map.channelId, ts };
}
