import type { HomeView } from '@slack/types';
import { mapTranslator, type Translator } from '../../i18n/index.ts';
import type { Progress } from '../../interview/index.ts';
import type { JourneyMap, JourneyView } from '../../journey/model.ts';
import { ACTIONS } from '../ids.ts';
import { channelLink, escapeMrkdwn } from '../text.ts';
import { type AnyBlock, actions, button, context, divider, header, LIMITS, section } from './blocks.ts';
import { scoreEmoji } from './emotion.ts';

export interface HomeMap {
  map: JourneyMap;
  view: JourneyView;
  role: 'owner' | 'stakeholder' | 'contributor';
}

export interface HomeInterview {
  map: JourneyMap;
  progress: Progress;
  paused: boolean;
}

function stageStrip(view: JourneyView): string {
  return view.stages
    .map(
      (stage) =>
        `${stage.contributionCount > 0 ? scoreEmoji(stage.feeling.mean) : '▫️'} ${escapeMrkdwn(stage.stage.name)} (${stage.contributionCount})`,
    )
    .join('  ·  ');
}

/** A row about one unfinished interview, in that map's language. */
function interviewRow({ map, progress, paused }: HomeInterview): AnyBlock {
  const t = mapTranslator(map);
  const values = {
    mapName: escapeMrkdwn(map.name),
    done: progress.answered + progress.skipped,
    total: progress.stages.length,
  };
  return section(
    t.t(paused ? 'card.home.interviewPaused' : 'card.home.interview', values),
    button(t.t('card.home.resume'), ACTIONS.resumeInterview, map.id, 'primary'),
  );
}

/** A row about one map, in that map's language. */
function mapRow({ map, view, role }: HomeMap): AnyBlock {
  const t = mapTranslator(map);
  const line = t.t('card.home.mapLine', {
    mapName: escapeMrkdwn(map.name),
    channel: channelLink(map.channelId),
    role,
    inputs: view.contributionCount,
    people: view.contributorIds.length,
  });
  return section(`${line}\n${stageStrip(view)}`, button(t.t('card.home.answer'), ACTIONS.answerForTeam, map.id));
}

/**
 * The person's App Home: their unfinished interviews first, then their maps with progress per stage. The frame
 * speaks the person's language (`t`); each row speaks its map's.
 */
export function homeView(t: Translator, maps: readonly HomeMap[], interviews: readonly HomeInterview[]): HomeView {
  const blocks: AnyBlock[] = [
    header(t.t('card.home.header')),
    section(t.t('card.home.intro')),
    actions('home_actions', button(t.t('card.home.newMap'), ACTIONS.newMap, 'new', 'primary')),
  ];
  if (interviews.length > 0) {
    blocks.push(divider(), section(t.t('card.home.unfinished')), ...interviews.slice(0, 10).map(interviewRow));
  }
  blocks.push(divider(), section(t.t('card.home.yourMaps')));
  if (maps.length === 0) blocks.push(section(t.t('card.home.noMaps')));
  blocks.push(...maps.slice(0, 20).map(mapRow), context(t.t('card.home.tip')));
  return { type: 'home', blocks: blocks.slice(0, LIMITS.surfaceBlocks) as HomeView['blocks'] };
}
