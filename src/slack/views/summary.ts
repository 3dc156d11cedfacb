import { mapTranslator, type Translator, translator } from '../../i18n/index.ts';
import type { InsightSummary } from '../../insights/policy.ts';
import type { FeelingSummary, Improvement, RankedItem, StageGap } from '../../insights/types.ts';
import { departmentList } from '../../journey/department-names.ts';
import type { Disagreement, JourneyMap, Stage } from '../../journey/model.ts';
import { COMMAND } from '../ids.ts';
import { escapeMrkdwn } from '../text.ts';
import { type AnyBlock, context, divider, header, type MessageContent, message, section } from './blocks.ts';
import { scoreEmoji } from './emotion.ts';

/** Why a summary was posted without anyone asking for it. */
export type SummaryTrigger = { kind: 'everyone_answered' } | { kind: 'new_input'; count: number };

export interface SummaryOptions {
  /** The configured model's name, shown when it wrote the suggestions. */
  modelName?: string;
  /** Set for automatic summaries: the message says why it appeared. */
  trigger?: SummaryTrigger;
}

/** In the all-stages overview, each stage shows its best suggestions; the full summary has them all. */
const OVERVIEW_IMPROVEMENTS = 2;

/**
 * One stage on one screen: who, what they do, think and feel, a line on how many raised what, the improvements
 * (each naming the obstacle it answers, where, who owns it and the KPI), and what was raised but not answered.
 */
export function stageSummaryMessage(
  map: JourneyMap,
  summary: InsightSummary,
  options: SummaryOptions = {},
): MessageContent {
  const t = mapTranslator(map);
  const blocks: AnyBlock[] = [
    ...stageFindingBlocks(map, summary, t),
    divider(),
    ...improvementBlocks(summary, t),
    stageSummaryNotes(summary, options, t),
  ];
  const fallback = t.t('summary.stage.fallback', {
    stageName: summary.stageName,
    mapName: map.name,
    count: summary.improvements.length,
  });
  return message(escapeMrkdwn(fallback), blocks);
}

/** Above the improvements: which stage, the customer there, and what was raised, disputed or is still missing. */
function stageFindingBlocks(map: JourneyMap, summary: InsightSummary, t: Translator): AnyBlock[] {
  const stageNumber = map.stages.findIndex((stage) => stage.id === summary.stageId) + 1;
  const position = { mapName: escapeMrkdwn(map.name), number: stageNumber, total: map.stages.length };
  return [
    header(t.t('summary.stage.heading', { stageName: summary.stageName })),
    context(t.t('summary.stage.position', position)),
    section(customerLines(summary, t).join('\n')),
    ...(summary.narrative ? [section(`💬 ${escapeMrkdwn(summary.narrative)}`)] : []),
    ...oneLine(
      t,
      'summary.stage.touchpointsLine',
      summary.topTouchpoints.map((item) => rankedText(item)),
    ),
    ...listSection(
      t.t('summary.stage.disagreements'),
      answersKind(summary, 'disagreement') ? [] : summary.disagreements.map((d) => disagreementText(d, t)),
    ),
    ...oneLine(t, 'summary.stage.stillMissingLine', unansweredGaps(summary).map(gapText)),
  ];
}

/** The improvements, numbered, then what else was raised that none of them answers. */
function improvementBlocks(summary: InsightSummary, t: Translator): AnyBlock[] {
  return [
    section(t.t('summary.stage.improvements', { count: summary.improvements.length })),
    ...summary.improvements.map((improvement, index) => section(improvementText(improvement, index, t))),
    ...oneLine(
      t,
      'summary.stage.alsoRaisedLine',
      summary.alsoRaised.map((text) => quoted(text, t)),
    ),
  ];
}

/** Who wrote the suggestions, why the summary appeared unasked (if it did), and how to add to it. */
function stageSummaryNotes(summary: InsightSummary, options: SummaryOptions, t: Translator): AnyBlock {
  return context(
    ...[
      sourceNote([summary], options.modelName, t),
      options.trigger && triggerNote(options.trigger, summary.stageName, t),
      t.t('summary.stage.replyToAdd'),
    ].filter((line): line is string => Boolean(line)),
  );
}

/** Every stage in one message: how it feels, the top obstacle and the best suggestions, in stage order. */
export function stageSummariesOverview(
  map: JourneyMap,
  summaries: readonly InsightSummary[],
  options: SummaryOptions = {},
): MessageContent {
  const t = mapTranslator(map);
  const persona = escapeMrkdwn(map.persona.name);
  const example = escapeMrkdwn(`${COMMAND} summary ${map.name} ${map.stages[0]?.name ?? ''}`.trim());
  const blocks: AnyBlock[] = [
    header(t.t('summary.overview.heading', { mapName: map.name })),
    section(
      map.goal === ''
        ? t.t('summary.overview.persona', { persona })
        : t.t('summary.overview.personaWithGoal', { persona, goal: escapeMrkdwn(map.goal) }),
    ),
    divider(),
    ...summaries.map((summary) => section(overviewLines(map, summary, t).join('\n'))),
    context(sourceNote(summaries, options.modelName, t), t.t('summary.overview.oneStageHint', { example })),
  ];
  const fallback = t.t('summary.overview.fallback', { mapName: map.name, count: summaries.length });
  return message(escapeMrkdwn(fallback), blocks);
}

/** The immediate answer to `/journey summary`: what is coming and where. */
export function summaryWorkingNotice(map: JourneyMap, stages: readonly Stage[]): string {
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  const what =
    stages.length === 1 && stages[0]
      ? t.t('summary.notice.oneStage', { stageName: escapeMrkdwn(stages[0].name), mapName })
      : t.t('summary.notice.allStages', { count: stages.length, mapName });
  return t.t('summary.notice.working', { what, where: postedWhere(map, t) });
}

/** The follow-up once the summary is posted, linking to it when Slack gave a link. */
export function summaryPostedNotice(map: JourneyMap, permalink: string | undefined): string {
  const t = mapTranslator(map);
  const where = permalink ? `<${permalink}|${postedWhere(map, t)}>` : postedWhere(map, t);
  return t.t('summary.notice.posted', { mapName: escapeMrkdwn(map.name), where });
}

function postedWhere(map: JourneyMap, t: Translator): string {
  return map.cardTs ? t.t('summary.notice.mapThread') : t.t('summary.notice.channel');
}

/** Friendly answers for a summary that cannot be made, each saying what to do instead, in the map's language. */
export const SUMMARY_REPLIES = {
  archived: (map: JourneyMap) => mapTranslator(map).t('summary.replies.archived', { mapName: escapeMrkdwn(map.name) }),
  /** `alsoNoMap`: the words could have meant a map too (none has that name). */
  unknownStage: (map: JourneyMap, query: string, alsoNoMap: boolean) => {
    const t = mapTranslator(map);
    const values = { mapName: escapeMrkdwn(map.name), query: escapeMrkdwn(query), stages: stageList(map, t) };
    return t.t(alsoNoMap ? 'summary.replies.unknownStageOrMap' : 'summary.replies.unknownStage', values);
  },
  ambiguousStage: (map: JourneyMap, query: string, stages: readonly Stage[]) => {
    const t = mapTranslator(map);
    const candidates = stages.map((stage) => `*${escapeMrkdwn(stage.name)}*`).join(t.t('summary.replies.orSeparator'));
    const values = {
      query: escapeMrkdwn(query),
      candidates,
      mapName: escapeMrkdwn(map.name),
      stages: stageList(map, t),
    };
    return t.t('summary.replies.ambiguousStage', values);
  },
  cannotPost: (map: JourneyMap) =>
    mapTranslator(map).t('summary.replies.cannotPost', { mapName: escapeMrkdwn(map.name) }),
} as const;

/**
 * Which source wrote the suggestions. A model that failed for some stages is named for those, so nobody
 * mistakes the playbook's words for the model's. In `t`'s language, English when none is given.
 */
export function sourceNote(
  summaries: readonly InsightSummary[],
  modelName: string | undefined,
  t: Translator = translator('en'),
): string {
  const model = escapeMrkdwn(modelName ?? t.t('summary.source.anyModel'));
  const fellBack = summaries.filter((summary) => summary.fallbackReason !== undefined);
  const byModel = summaries.some((summary) => summary.source === 'model');
  if (fellBack.length === 0) return byModel ? t.t('summary.source.model', { model }) : t.t('summary.source.playbook');
  if (!byModel) return t.t('summary.source.modelUnavailable');
  const stages = t.join(fellBack.map((summary) => escapeMrkdwn(summary.stageName)));
  return t.t('summary.source.modelPartly', { model, stages });
}

function triggerNote(trigger: SummaryTrigger, stageName: string, t: Translator): string {
  const values = { stageName: escapeMrkdwn(stageName) };
  return trigger.kind === 'everyone_answered'
    ? t.t('summary.trigger.everyoneAnswered', values)
    : t.t('summary.trigger.newInput', { ...values, count: trigger.count });
}

/** Who the customer is here, then what they do, think and feel in one line. */
function customerLines(summary: InsightSummary, t: Translator): string[] {
  const parts: string[] = [];
  if (summary.does.length > 0) {
    const actions = summary.does.map(escapeMrkdwn).join(t.t('summary.stage.doesSeparator'));
    parts.push(t.t('summary.stage.does', { actions }));
  }
  if (summary.thinks.length > 0) {
    const thoughts = summary.thinks.map((thought) => t.t('summary.stage.thought', { thought: escapeMrkdwn(thought) }));
    parts.push(t.t('summary.stage.thinks', { thoughts: thoughts.join(' ') }));
  }
  parts.push(t.t('summary.stage.feels', { feeling: feelingText(summary.feeling, t) }));
  return [`👤 ${escapeMrkdwn(summary.personaLine)}`, parts.join('  ·  ')];
}

function feelingText({ count, mean, spread, emoji }: FeelingSummary, t: Translator): string {
  if (mean === null) return t.t('summary.feeling.nobodyYet');
  const values = { emoji: emoji ?? scoreEmoji(mean), mean: t.number(mean, 1), count };
  // One score has no spread worth showing.
  return spread === null || count < 2
    ? t.t('summary.feeling.single', values)
    : t.t('summary.feeling.withSpread', { ...values, spread: t.number(spread, 1) });
}

/** "2 people · Support, Product": how far an item reached, which is how it is ranked. */
function whoRaised({ contributorIds, departments }: RankedItem, t: Translator): string {
  const people = t.t('summary.raisedBy.people', { count: contributorIds.length });
  return departments.length === 0
    ? people
    : t.t('summary.raisedBy.peopleAndDepartments', { people, departments: departmentList(departments, t) });
}

/** "Checkout (3)": an item and how many people raised it, for a one-line list. */
function rankedText({ text, contributorIds }: RankedItem): string {
  return `${escapeMrkdwn(text)} (${contributorIds.length})`;
}

function quoted(text: string, t: Translator): string {
  return t.t('summary.stage.thought', { thought: escapeMrkdwn(text) });
}

/** A titled list on one line, or nothing when the list is empty. */
function oneLine(
  t: Translator,
  key: 'summary.stage.touchpointsLine' | 'summary.stage.stillMissingLine' | 'summary.stage.alsoRaisedLine',
  items: readonly string[],
): AnyBlock[] {
  return items.length === 0 ? [] : [section(t.t(key, { items: items.join(t.t('summary.stage.doesSeparator')) }))];
}

function listSection(title: string, lines: readonly string[]): AnyBlock[] {
  return lines.length === 0 ? [] : [section(`*${title}*\n${lines.map((line) => `• ${line}`).join('\n')}`)];
}

function disagreementText({ low, high }: Disagreement, t: Translator): string {
  const feeling = (mean: number) => `${scoreEmoji(mean)} ${t.number(mean, 1)}`;
  return t.t('summary.disagreement', {
    low: t.t(`common.departments.${low.department}`),
    lowFeeling: feeling(low.mean),
    high: t.t(`common.departments.${high.department}`),
    highFeeling: feeling(high.mean),
  });
}

/** The gaps no improvement answers: an answered gap is named once, by its improvement. */
function unansweredGaps(summary: InsightSummary): StageGap[] {
  const answered = new Set(
    summary.improvements.flatMap(({ answers }) => (answers.kind === 'gap' ? [answers.text] : [])),
  );
  return summary.gaps.filter((gap) => !answered.has(gap.text));
}

/** Whether an improvement answers the stage's gap of this kind (its words then say it once). */
function answersKind(summary: InsightSummary, kind: StageGap['kind']): boolean {
  return summary.improvements.some((improvement) => improvement.gapKind === kind);
}

function gapText(gap: StageGap): string {
  return escapeMrkdwn(gap.text);
}

function improvementText(improvement: Improvement, index: number, t: Translator): string {
  const { answers, action, touchpoint, kpi, owners } = improvement;
  const text = escapeMrkdwn(answers.text);
  const answered =
    answers.kind === 'obstacle'
      ? t.t('summary.improvement.answersObstacle', { text })
      : t.t('summary.improvement.answersGap', { text });
  const values = { touchpoint: escapeMrkdwn(touchpoint), kpi: escapeMrkdwn(kpi) };
  const where =
    owners.length > 0
      ? t.t('summary.improvement.whereWithOwners', { ...values, owners: departmentList(owners, t) })
      : t.t('summary.improvement.where', values);
  return `*${index + 1}. ${escapeMrkdwn(action)}*\n${answered}  ·  ${where}`;
}

function overviewLines(map: JourneyMap, summary: InsightSummary, t: Translator): string[] {
  const number = map.stages.findIndex((stage) => stage.id === summary.stageId) + 1;
  const lines = [`*${number}. ${escapeMrkdwn(summary.stageName)}*  ${feelingText(summary.feeling, t)}`];
  const [obstacle] = summary.topObstacles;
  if (obstacle) lines.push(`🚧 ${escapeMrkdwn(obstacle.text)}  _${whoRaised(obstacle, t)}_`);
  const [disagreement] = summary.disagreements;
  if (disagreement) lines.push(`↔️ ${disagreementText(disagreement, t)}`);
  const [gap] = summary.gaps;
  if (!obstacle && gap) lines.push(`🕳️ ${gapText(gap)}`);
  for (const { action, kpi } of summary.improvements.slice(0, OVERVIEW_IMPROVEMENTS)) {
    lines.push(`💡 ${escapeMrkdwn(action)}  📈 _${escapeMrkdwn(kpi)}_`);
  }
  return lines;
}

function stageList(map: JourneyMap, t: Translator): string {
  return t.join(map.stages.map((stage, index) => `${index + 1}. ${escapeMrkdwn(stage.name)}`));
}
