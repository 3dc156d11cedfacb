import { mapTranslator, type Translator } from '../../i18n/index.ts';
import { departmentList } from '../../journey/department-names.ts';
import type { JourneyMap, JourneyView } from '../../journey/model.ts';
import { escapeMrkdwn } from '../text.ts';
import { context, type MessageContent, message, section } from './blocks.ts';
import { scoreEmoji } from './emotion.ts';

/**
 * The answer to an @mention in a map's channel: where the map stands and how to add to it.
 * `threadLink` is the card's permalink, when Slack gave one.
 */
export function mapStatus(map: JourneyMap, view: JourneyView, threadLink?: string): MessageContent {
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  const stages = view.stages.map((stage, index) =>
    t.t('thread.status.stage', {
      number: index + 1,
      stageName: escapeMrkdwn(stage.stage.name),
      count: stage.contributionCount,
      feeling: feelingText(t, stage.feeling.mean),
    }),
  );
  const headline = t.t(map.archivedAt ? 'thread.status.headlineArchived' : 'thread.status.headline', {
    mapName,
    heard: heardText(t, view),
  });
  const where = threadLink ? t.t('thread.status.threadLink', { link: threadLink }) : t.t('thread.status.cardThread');
  const howTo = map.archivedAt
    ? t.t('thread.status.archived')
    : t.t('thread.status.howTo', { where, example: t.t('thread.status.example') });
  return message(t.t('thread.status.title', { mapName, count: view.contributionCount }), [
    section(headline),
    section(stages.join('\n')),
    section(howTo),
  ]);
}

/** "3 inputs from 2 people (Marketing, Sales)", or that there is none yet. */
function heardText(t: Translator, view: JourneyView): string {
  if (!view.contributionCount) return t.t('thread.status.noInput');
  const counts = { inputCount: view.contributionCount, peopleCount: view.contributorIds.length };
  if (view.departments.length === 0) return t.t('thread.status.heard', counts);
  const teams = departmentList(view.departments, t);
  return t.t('thread.status.heardTeams', { ...counts, teams });
}

function feelingText(t: Translator, mean: number | null): string {
  return mean === null ? t.t('thread.status.noFeelings') : `${scoreEmoji(mean)} ${t.number(mean, 1)}`;
}

/** `t`: the language of whoever asked, since the channel has no map to take it from. */
export function noMapInChannel(t: Translator): MessageContent {
  return message(t.t('thread.status.noMapTitle'), [
    section(t.t('thread.status.noMap')),
    context(t.t('thread.status.noMapHint')),
  ]);
}
