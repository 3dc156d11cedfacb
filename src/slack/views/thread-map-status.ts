import { DEPARTMENT_LABELS, type JourneyMap, type JourneyView } from '../../journey/model.ts';
import { COMMAND } from '../ids.ts';
import { escapeMrkdwn, plural } from '../text.ts';
import { context, type MessageContent, message, section } from './blocks.ts';
import { scoreText } from './emotion.ts';

const EXAMPLE = '`touchpoint: pricing webinar @consideration`';

/**
 * The answer to an @mention in a map's channel: where the map stands and how to add to it.
 * `threadLink` is the card's permalink, when Slack gave one.
 */
export function mapStatus(map: JourneyMap, view: JourneyView, threadLink?: string): MessageContent {
  const mapName = escapeMrkdwn(map.name);
  const stages = view.stages.map(
    (stage, index) =>
      `${index + 1}. *${escapeMrkdwn(stage.stage.name)}* · ${plural(stage.contributionCount, 'input')} · ` +
      scoreText(stage.feeling.mean),
  );
  const teams = view.departments.map((department) => DEPARTMENT_LABELS[department]).join(', ');
  const heard = view.contributionCount
    ? `${plural(view.contributionCount, 'input')} from ${plural(view.contributorIds.length, 'person', 'people')}` +
      (teams ? ` (${teams})` : '')
    : 'no input yet';
  const archived = map.archivedAt ? ' (archived)' : '';
  const where = threadLink ? `<${threadLink}|the map's thread>` : "the map card's thread";
  const howTo = map.archivedAt
    ? `It is archived, so it takes no new input. \`${COMMAND} list\` shows the live maps.`
    : `*Add what you know:* reply in ${where}, in your own words or like ${EXAMPLE}. ` +
      `For the guided questions, type \`${COMMAND} interview\`.`;
  return message(`${mapName}: ${plural(view.contributionCount, 'input')} so far`, [
    section(`🗺️ *${mapName}*${archived}: ${heard}`),
    section(stages.join('\n')),
    section(howTo),
  ]);
}

export function noMapInChannel(): MessageContent {
  return message('No journey map in this channel yet', [
    section(
      `👋 There's no journey map in this channel yet. Start one with \`${COMMAND} new\`: ` +
        'I post the map card here and everyone can add to it by replying in its thread.',
    ),
    context(`\`${COMMAND} list\` shows the maps in other channels.`),
  ]);
}
