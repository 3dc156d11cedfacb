import type { HomeView } from '@slack/types';
import type { Progress } from '../../interview/index.ts';
import type { JourneyMap, JourneyView } from '../../journey/model.ts';
import { ACTIONS, COMMAND } from '../ids.ts';
import { channelLink, escapeMrkdwn, plural } from '../text.ts';
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

/** The person's App Home: their unfinished interviews first, then their maps with progress per stage. */
export function homeView(maps: readonly HomeMap[], interviews: readonly HomeInterview[]): HomeView {
  const blocks: AnyBlock[] = [
    header('🗺️ Journey Bot'),
    section(
      'Map how your customers move from first hearing of you to recommending you, with every team, right here in Slack.',
    ),
    actions('home_actions', button('New map', ACTIONS.newMap, 'new', 'primary')),
  ];
  if (interviews.length > 0) {
    blocks.push(divider(), section('*Your unfinished interviews*'));
    for (const { map, progress, paused } of interviews.slice(0, 10)) {
      const done = progress.answered + progress.skipped;
      blocks.push(
        section(
          `*${escapeMrkdwn(map.name)}*  ${done} of ${progress.stages.length} stages done${paused ? ' · paused' : ''}`,
          button('Resume', ACTIONS.resumeInterview, map.id, 'primary'),
        ),
      );
    }
  }
  blocks.push(divider(), section('*Your maps*'));
  if (maps.length === 0) {
    blocks.push(
      section(`No maps yet. Press *New map*, or type \`${COMMAND} new\` in the channel where the map should live.`),
    );
  }
  for (const { map, view, role } of maps.slice(0, 20)) {
    blocks.push(
      section(
        `*${escapeMrkdwn(map.name)}* in ${channelLink(map.channelId)} · you're ${role === 'owner' ? 'the owner' : `a ${role}`}` +
          ` · ${plural(view.contributionCount, 'input')} from ${plural(view.contributorIds.length, 'person', 'people')}\n` +
          stageStrip(view),
        button('Answer', ACTIONS.answerForTeam, map.id),
      ),
    );
  }
  blocks.push(context(`Tip: \`${COMMAND} help\` lists everything I can do.`));
  return { type: 'home', blocks: blocks.slice(0, LIMITS.surfaceBlocks) as HomeView['blocks'] };
}
