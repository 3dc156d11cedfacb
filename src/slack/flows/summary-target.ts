import { type JourneyMap, MAX_NAME_LENGTH, type Stage } from '../../journey/model.ts';
import { findStage, type StageMatch } from '../../journey/stages.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { SUMMARY_REPLIES } from '../views/summary.ts';
import { type MapAsker, resolveMap } from './resolve-map.ts';

export type SummaryTarget = { map: JourneyMap; stages: Stage[] } | { error: string };

/** A map whose stage words did not resolve, kept to explain the miss if nothing else fits. */
interface StageMiss {
  map: JourneyMap;
  query: string;
  match: StageMatch | null;
  /** No map was named: the channel's map was tried. */
  channelMap: boolean;
}

/**
 * `[map] [stage]` as typed. Map names may contain spaces, so the whole text is tried as a map first (all
 * stages), then ever more trailing words as the stage, the rest as the map (the channel's map once no words
 * are left). The longest map name that resolves wins.
 */
export async function resolveSummaryTarget(
  deps: Deps,
  client: SlackClient,
  asker: MapAsker,
  text: string,
): Promise<SummaryTarget> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const whole = await resolveMap(deps, client, asker, words.join(' '));
  if ('map' in whole) return { map: whole.map, stages: whole.map.stages };
  let miss: StageMiss | undefined;
  for (let stageWords = 1; stageWords <= words.length; stageWords++) {
    const query = words.slice(-stageWords).join(' ');
    if (query.length > MAX_NAME_LENGTH) break;
    const mapQuery = words.slice(0, -stageWords).join(' ');
    const resolved = await resolveMap(deps, client, asker, mapQuery);
    if ('error' in resolved) continue;
    const match = findStage(resolved.map.stages, query);
    if (match && 'stage' in match) return { map: resolved.map, stages: [match.stage] };
    miss ??= { map: resolved.map, query, match, channelMap: mapQuery === '' };
  }
  if (!miss) return whole;
  if (miss.match && 'ambiguous' in miss.match) {
    return { error: SUMMARY_REPLIES.ambiguousStage(miss.map, miss.query, miss.match.ambiguous) };
  }
  return { error: SUMMARY_REPLIES.unknownStage(miss.map, miss.query, miss.channelMap) };
}
