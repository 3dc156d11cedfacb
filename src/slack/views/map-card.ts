import { mapTranslator, type Translator } from '../../i18n/index.ts';
import { departmentList } from '../../journey/department-names.ts';
import type { JourneyMap, JourneyView } from '../../journey/model.ts';
import { ACTIONS } from '../ids.ts';
import { escapeMrkdwn, mention } from '../text.ts';
import { actions, button, context, header, type MessageContent, message, section } from './blocks.ts';
import { scoreText } from './emotion.ts';

function progressBar(count: number, max: number): string {
  const filled = max === 0 ? 0 : Math.round((Math.min(count, max) / max) * 5);
  return '▰'.repeat(filled) + '▱'.repeat(5 - filled);
}

function stageLines(view: JourneyView, t: Translator): string {
  const busiest = Math.max(1, ...view.stages.map((stage) => stage.contributionCount));
  return view.stages
    .map((stage, index) =>
      t.t('card.card.stage', {
        bar: progressBar(stage.contributionCount, busiest),
        number: index + 1,
        stageName: escapeMrkdwn(stage.stage.name),
        count: stage.contributionCount,
        feeling: scoreText(stage.feeling.mean, t),
      }),
    )
    .join('\n');
}

function aboutLines(map: JourneyMap, t: Translator): string {
  const persona =
    escapeMrkdwn(map.persona.name) + (map.persona.description ? ` · ${escapeMrkdwn(map.persona.description)}` : '');
  return [
    t.t('card.card.goal', { goal: escapeMrkdwn(map.goal) }),
    t.t('card.card.persona', { persona }),
    t.t('card.card.type', { type: t.t(`common.mapTypes.${map.type}`), owner: mention(map.ownerId) }),
  ].join('\n');
}

function peopleLines(map: JourneyMap, view: JourneyView, t: Translator): string {
  const heard = new Set(view.contributorIds);
  const stakeholders = map.stakeholderIds.length
    ? map.stakeholderIds.map((id) => `${heard.has(id) ? '✅' : '⏳'} ${mention(id)}`).join('  ')
    : t.t('card.card.noStakeholders');
  const teams = view.departments.length ? departmentList(view.departments, t) : t.t('card.card.noTeams');
  return `${t.t('card.card.stakeholders', { stakeholders })}\n${t.t('card.card.teams', { teams })}`;
}

/** The map card in its channel, kept current with chat.update; its thread is where teams add input. */
export function mapCard(map: JourneyMap, view: JourneyView): MessageContent {
  const t = mapTranslator(map);
  const archived = Boolean(map.archivedAt);
  const mapName = escapeMrkdwn(map.name);
  return message(t.t(archived ? 'card.card.fallbackArchived' : 'card.card.fallback', { mapName }), [
    header(t.t(archived ? 'card.card.headerArchived' : 'card.card.header', { mapName: map.name })),
    section(aboutLines(map, t)),
    section(stageLines(view, t)),
    section(peopleLines(map, view, t)),
    ...(archived
      ? []
      : [
          actions(
            'map_card_actions',
            button(t.t('card.card.answerForTeam'), ACTIONS.answerForTeam, map.id, 'primary'),
            button(t.t('card.card.showMap'), ACTIONS.showMap, map.id),
          ),
          context(t.t('card.card.threadTip')),
        ]),
  ]);
}
