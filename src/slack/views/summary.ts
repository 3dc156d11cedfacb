import type { InsightSummary } from '../../insights/policy.ts';
import type { FeelingSummary, Improvement, RankedItem, StageGap } from '../../insights/types.ts';
import { DEPARTMENT_LABELS, type Disagreement, type JourneyMap, type Stage } from '../../journey/model.ts';
import { COMMAND } from '../ids.ts';
import { escapeMrkdwn, plural } from '../text.ts';
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

/** One stage in full: who, what they do, think and feel, what was raised, and 3 to 5 improvements. */
export function stageSummaryMessage(
  map: JourneyMap,
  summary: InsightSummary,
  options: SummaryOptions = {},
): MessageContent {
  const stageNumber = map.stages.findIndex((stage) => stage.id === summary.stageId) + 1;
  const blocks: AnyBlock[] = [
    header(`🧭 ${summary.stageName}: stage summary`),
    context(`*${escapeMrkdwn(map.name)}* · stage ${stageNumber} of ${map.stages.length}`),
    section(customerLines(summary).join('\n')),
    ...(summary.narrative ? [section(`💬 ${escapeMrkdwn(summary.narrative)}`)] : []),
    ...rankedSection('📍 Top touchpoints', summary.topTouchpoints),
    ...rankedSection('🚧 Top obstacles', summary.topObstacles),
    ...listSection('↔️ Where teams disagree', summary.disagreements.map(disagreementText)),
    ...listSection('🕳️ Still missing', summary.gaps.map(gapText)),
    divider(),
    section(`*💡 Suggested improvements* (${summary.improvements.length})`),
    ...summary.improvements.map((improvement, index) => section(improvementText(improvement, index))),
    context(
      ...[
        sourceNote([summary], options.modelName),
        options.trigger && triggerNote(options.trigger, summary.stageName),
        '➕ Reply in this thread to add what is missing.',
      ].filter((line): line is string => Boolean(line)),
    ),
  ];
  const fallback = `Stage summary of ${summary.stageName} (${map.name}): ${plural(summary.improvements.length, 'suggested improvement')}`;
  return message(escapeMrkdwn(fallback), blocks);
}

/** Every stage in one message: how it feels, the top obstacle and the best suggestions, in stage order. */
export function stageSummariesOverview(
  map: JourneyMap,
  summaries: readonly InsightSummary[],
  options: SummaryOptions = {},
): MessageContent {
  const persona = escapeMrkdwn(map.persona.name);
  const goal = map.goal === '' ? '' : ` · goal: ${escapeMrkdwn(map.goal)}`;
  const example = `${COMMAND} summary ${map.name} ${map.stages[0]?.name ?? ''}`.trim();
  const blocks: AnyBlock[] = [
    header(`🧭 Stage summaries: ${map.name}`),
    section(`👤 *${persona}*${goal}`),
    divider(),
    ...summaries.map((summary) => section(overviewLines(map, summary).join('\n'))),
    context(
      sourceNote(summaries, options.modelName),
      `🔎 \`${escapeMrkdwn(example)}\` shows one stage in full, with every suggestion and who raised what.`,
    ),
  ];
  return message(escapeMrkdwn(`Stage summaries of ${map.name}: ${plural(summaries.length, 'stage')}`), blocks);
}

/** The immediate answer to `/journey summary`: what is coming and where. */
export function summaryWorkingNotice(map: JourneyMap, stages: readonly Stage[]): string {
  const mapName = `*${escapeMrkdwn(map.name)}*`;
  const what =
    stages.length === 1 && stages[0]
      ? `*${escapeMrkdwn(stages[0].name)}* of ${mapName}`
      : `all ${stages.length} stages of ${mapName}`;
  return `⏳ Working on it: summarising ${what}. It will appear in ${postedWhere(map)} in a moment.`;
}

/** The follow-up once the summary is posted, linking to it when Slack gave a link. */
export function summaryPostedNotice(map: JourneyMap, permalink: string | undefined): string {
  const where = permalink ? `<${permalink}|${postedWhere(map)}>` : postedWhere(map);
  return `✅ The summary of *${escapeMrkdwn(map.name)}* is in ${where}.`;
}

function postedWhere(map: JourneyMap): string {
  return map.cardTs ? "the map's thread" : 'its channel';
}

/** Friendly answers for a summary that cannot be made, each saying what to do instead. */
export const SUMMARY_REPLIES = {
  archived: (map: JourneyMap) =>
    `*${escapeMrkdwn(map.name)}* is archived, so I don't summarise it any more. \`${COMMAND} list\` shows the live maps.`,
  /** `alsoNoMap`: the words could have meant a map too (none has that name). */
  unknownStage: (map: JourneyMap, query: string, alsoNoMap: boolean) =>
    (alsoNoMap ? `There's no map called "${escapeMrkdwn(query)}", and ` : '') +
    `*${escapeMrkdwn(map.name)}* has no stage "${escapeMrkdwn(query)}". Its stages are ${stageList(map)}: ` +
    `name one or give its number, e.g. \`${COMMAND} summary ${escapeMrkdwn(map.name)} 2\`.`,
  ambiguousStage: (map: JourneyMap, query: string, stages: readonly Stage[]) =>
    `"${escapeMrkdwn(query)}" could be ${stages.map((stage) => `*${escapeMrkdwn(stage.name)}*`).join(' or ')} ` +
    `in *${escapeMrkdwn(map.name)}*: type more of the name, or the stage's number (${stageList(map)}).`,
  cannotPost: (map: JourneyMap) =>
    `I can't post in the channel of *${escapeMrkdwn(map.name)}*. Invite me there with \`/invite @Journey Bot\`, ` +
    'then ask again.',
} as const;

/**
 * Which source wrote the suggestions. A model that failed for some stages is named for those, so nobody
 * mistakes the playbook's words for the model's.
 */
export function sourceNote(summaries: readonly InsightSummary[], modelName: string | undefined): string {
  const model = escapeMrkdwn(modelName ?? 'the AI model');
  const fellBack = summaries.filter((summary) => summary.fallbackReason !== undefined);
  const byModel = summaries.some((summary) => summary.source === 'model');
  if (fellBack.length === 0)
    return byModel ? `✨ Suggestions by ${model}.` : '🧭 Suggestions by the built-in playbook.';
  if (!byModel) return '🧭 The model was unavailable, so the built-in playbook answered.';
  const stages = fellBack.map((summary) => escapeMrkdwn(summary.stageName)).join(', ');
  return `✨ Suggestions by ${model}; for ${stages} the model was unavailable, so the built-in playbook answered.`;
}

function triggerNote(trigger: SummaryTrigger, stageName: string): string {
  const stage = escapeMrkdwn(stageName);
  return trigger.kind === 'everyone_answered'
    ? `🔔 Posted because every stakeholder has now answered ${stage}.`
    : `🔔 Posted because ${plural(trigger.count, 'new input')} arrived for ${stage} since its last summary.`;
}

function customerLines(summary: InsightSummary): string[] {
  const lines = [`👤 ${escapeMrkdwn(summary.personaLine)}`];
  if (summary.does.length > 0) lines.push(`*Does:* ${summary.does.map(escapeMrkdwn).join('; ')}`);
  if (summary.thinks.length > 0) {
    lines.push(`*Thinks:* ${summary.thinks.map((thought) => `“${escapeMrkdwn(thought)}”`).join(' ')}`);
  }
  lines.push(`*Feels:* ${feelingText(summary.feeling)}`);
  return lines;
}

function feelingText({ count, mean, spread, emoji }: FeelingSummary): string {
  if (mean === null) return '▫️ nobody has said yet';
  // One score has no spread worth showing.
  const spreadText = spread === null || count < 2 ? '' : `, spread ±${spread.toFixed(1)}`;
  return `${emoji ?? scoreEmoji(mean)} ${mean.toFixed(1)} / 5${spreadText} (${plural(count, 'score')})`;
}

/** "2 people · Support, Product": how far an item reached, which is how it is ranked. */
function whoRaised({ contributorIds, departments }: RankedItem): string {
  const people = plural(contributorIds.length, 'person', 'people');
  return departments.length === 0
    ? people
    : `${people} · ${departments.map((department) => DEPARTMENT_LABELS[department]).join(', ')}`;
}

function rankedSection(title: string, items: readonly RankedItem[]): AnyBlock[] {
  if (items.length === 0) return [];
  const lines = items.map((item, index) => `${index + 1}. ${escapeMrkdwn(item.text)}  _${whoRaised(item)}_`);
  return [section(`*${title}*\n${lines.join('\n')}`)];
}

function listSection(title: string, lines: readonly string[]): AnyBlock[] {
  return lines.length === 0 ? [] : [section(`*${title}*\n${lines.map((line) => `• ${line}`).join('\n')}`)];
}

function disagreementText({ low, high }: Disagreement): string {
  return (
    `${DEPARTMENT_LABELS[low.department]} feels ${scoreEmoji(low.mean)} ${low.mean.toFixed(1)}, ` +
    `${DEPARTMENT_LABELS[high.department]} ${scoreEmoji(high.mean)} ${high.mean.toFixed(1)}: ` +
    'worth comparing what each of them sees'
  );
}

function gapText(gap: StageGap): string {
  return escapeMrkdwn(gap.text);
}

function improvementText({ answers, action, touchpoint, kpi }: Improvement, index: number): string {
  return (
    `*${index + 1}. ${escapeMrkdwn(action)}*\n` +
    `🎯 Answers the ${answers.kind} “${escapeMrkdwn(answers.text)}”\n` +
    `📍 Touchpoint: ${escapeMrkdwn(touchpoint)}  ·  📈 KPI to watch: ${escapeMrkdwn(kpi)}`
  );
}

function overviewLines(map: JourneyMap, summary: InsightSummary): string[] {
  const number = map.stages.findIndex((stage) => stage.id === summary.stageId) + 1;
  const lines = [`*${number}. ${escapeMrkdwn(summary.stageName)}*  ${feelingText(summary.feeling)}`];
  const [obstacle] = summary.topObstacles;
  if (obstacle) lines.push(`🚧 ${escapeMrkdwn(obstacle.text)}  _${whoRaised(obstacle)}_`);
  const [disagreement] = summary.disagreements;
  if (disagreement) lines.push(`↔️ ${disagreementText(disagreement)}`);
  const [gap] = summary.gaps;
  if (!obstacle && gap) lines.push(`🕳️ ${gapText(gap)}`);
  for (const { action, kpi } of summary.improvements.slice(0, OVERVIEW_IMPROVEMENTS)) {
    lines.push(`💡 ${escapeMrkdwn(action)}  📈 _${escapeMrkdwn(kpi)}_`);
  }
  return lines;
}

function stageList(map: JourneyMap): string {
  return map.stages.map((stage, index) => `${index + 1}. ${escapeMrkdwn(stage.name)}`).join(', ');
}
