import { DEPARTMENT_LABELS, type JourneyMap, type JourneyView, MAP_TYPE_LABELS } from '../../journey/model.ts';
import { ACTIONS, COMMAND } from '../ids.ts';
import { escapeMrkdwn, mention, plural } from '../text.ts';
import { actions, button, context, header, type MessageContent, message, section } from './blocks.ts';
import { scoreText } from './emotion.ts';

function progressBar(count: number, max: number): string {
  const filled = max === 0 ? 0 : Math.round((Math.min(count, max) / max) * 5);
  return '▰'.repeat(filled) + '▱'.repeat(5 - filled);
}

/** The map card in its channel, kept current with chat.update; its thread is where teams add input. */
export function mapCard(map: JourneyMap, view: JourneyView): MessageContent {
  const busiest = Math.max(1, ...view.stages.map((stage) => stage.contributionCount));
  const stageLines = view.stages.map(
    (stage, index) =>
      `${progressBar(stage.contributionCount, busiest)}  *${index + 1}. ${escapeMrkdwn(stage.stage.name)}*  ` +
      `${plural(stage.contributionCount, 'input')} · ${scoreText(stage.feeling.mean)}`,
  );
  const heard = new Set(view.contributorIds);
  const stakeholders = map.stakeholderIds.length
    ? map.stakeholderIds.map((id) => `${heard.has(id) ? '✅' : '⏳'} ${mention(id)}`).join('  ')
    : '_none invited yet: anyone can answer with the button below_';
  const departments = view.departments.length
    ? view.departments.map((department) => DEPARTMENT_LABELS[department]).join(', ')
    : 'none yet';
  const archived = map.archivedAt ? ' (archived)' : '';
  return message(`Journey map: ${escapeMrkdwn(map.name)}${archived}`, [
    header(`🗺️ ${map.name}${archived}`),
    section(
      `*Goal:* ${escapeMrkdwn(map.goal)}\n*Persona:* ${escapeMrkdwn(map.persona.name)}` +
        (map.persona.description ? ` · ${escapeMrkdwn(map.persona.description)}` : '') +
        `\n*Type:* ${MAP_TYPE_LABELS[map.type]} · *Owner:* ${mention(map.ownerId)}`,
    ),
    section(stageLines.join('\n')),
    section(`*Stakeholders:* ${stakeholders}\n*Teams heard from:* ${departments}`),
    ...(map.archivedAt
      ? []
      : [
          actions(
            'map_card_actions',
            button('Answer for my team', ACTIONS.answerForTeam, map.id, 'primary'),
            button('Show map', ACTIONS.showMap, map.id),
          ),
          context(
            '💬 Reply in this thread to add what you know, e.g. `touchpoint: pricing webinar @consideration` or ' +
              `\`obstacle: checkout asks for an account (decision)\`. \`${COMMAND} help\` for more.`,
          ),
        ]),
  ]);
}
