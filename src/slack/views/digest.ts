import type { KindChanges, StageChanges } from '../../digest/changes.ts';
import type { CurvePoint, Digest } from '../../digest/compose.ts';
import { KIND_TITLES } from '../../export/format.ts';
import type { StageImprovement } from '../../insights/types.ts';
import type { Progress } from '../../interview/index.ts';
import { DEPARTMENT_LABELS, type JourneyMap } from '../../journey/model.ts';
import { ACTIONS, COMMAND } from '../ids.ts';
import { channelLink, clip, escapeMrkdwn, mention, plural } from '../text.ts';
import { type AnyBlock, button, context, divider, header, type MessageContent, message, section } from './blocks.ts';
import { scoreText } from './emotion.ts';

export type MapDigest = Digest<StageImprovement>;

export interface DigestView {
  map: JourneyMap;
  digest: MapDigest;
  /** The permalink of the map card, whose thread is where people add input. */
  threadLink?: string;
  /** Shown to one person before it is due: says so on top. */
  preview?: boolean;
}

/** Stakeholders listed one by one with their own button; the rest are named in one line. */
export const STAKEHOLDER_ROWS = 8;
/** Long item texts are cut in the digest; the map and the exports have them whole. */
const ITEM_TEXT_LENGTH = 80;
const PREVIEW_NOTE = '👀 _Preview: only you can see this. Nothing is posted or marked as sent._';

/** The weekly digest for the map's channel: what changed, how it feels, what to do, what is missing. */
export function digestMessage(view: DigestView): MessageContent {
  return view.digest.quiet ? quietDigest(view) : fullDigest(view);
}

/** A quiet week: two lines, so the channel knows the map is alive without being told nothing at length. */
function quietDigest({ map, digest, threadLink, preview }: DigestView): MessageContent {
  const since = digest.since ? ` since ${slackDate(digest.since)}` : ' yet';
  const lowest = digest.curve.find((point) => point.stageId === digest.lowestStageId);
  const waiting = digest.missing.stakeholderIds.length;
  const second = [
    lowest ? `Lowest point: *${escapeMrkdwn(lowest.stageName)}* ${scoreText(lowest.mean)}` : undefined,
    waiting > 0 ? `still waiting to hear from ${plural(waiting, 'stakeholder')}` : undefined,
    threadAction(map, threadLink),
  ].filter(Boolean);
  return message(`${escapeMrkdwn(map.name)}: a quiet week, nothing new.`, [
    ...(preview ? [context(PREVIEW_NOTE)] : []),
    section(`📭 *${escapeMrkdwn(map.name)}*: a quiet week, nothing new${since}.\n${capitalise(second.join(' · '))}`),
  ]);
}

function fullDigest({ map, digest, threadLink, preview }: DigestView): MessageContent {
  const { changes } = digest;
  const blocks: AnyBlock[] = [
    ...(preview ? [context(PREVIEW_NOTE)] : []),
    header(`📬 Weekly digest: ${map.name}`),
    section(overview(digest)),
    ...changes.stages.map((stage) => section(stageChangesText(stage))),
    divider(),
    section(curveText(digest.curve, digest.lowestStageId)),
    ...(digest.improvements.length > 0 ? [section(improvementsText(map, digest.improvements))] : []),
    ...missingBlocks(map, digest),
    context(`💬 ${threadAction(map, threadLink)} · \`${COMMAND} show\` posts the map as a picture`),
  ];
  return message(
    `Weekly digest for ${escapeMrkdwn(map.name)}: ${plural(changes.addedCount, 'new input')}, ${plural(changes.newItemCount, 'new item')}.`,
    blocks,
  );
}

function overview(digest: MapDigest): string {
  const { changes } = digest;
  const since = digest.since ? `since ${slackDate(digest.since)}` : 'so far';
  const counts = [
    `*${plural(changes.addedCount, 'new input')}* ${since}`,
    plural(changes.newItemCount, 'new item'),
    changes.reinforcedItemCount > 0 ? `${changes.reinforcedItemCount} raised again` : undefined,
    changes.retractedCount > 0 ? `${changes.retractedCount} taken back` : undefined,
  ].filter(Boolean);
  const lines = [counts.join(' · ')];
  if (changes.byDepartment.length > 0) {
    lines.push(
      `*By team:* ${changes.byDepartment.map(({ department, count }) => `${DEPARTMENT_LABELS[department]} ${count}`).join(' · ')}`,
    );
  }
  if (changes.newContributorIds.length > 0) {
    lines.push(`*New voices:* ${changes.newContributorIds.map(mention).join(', ')}`);
  }
  return lines.join('\n');
}

function stageChangesText(stage: StageChanges): string {
  const teams = stage.departments.map((department) => DEPARTMENT_LABELS[department]).join(', ');
  const title = `*${escapeMrkdwn(stage.stageName)}*  +${stage.addedCount}${teams ? ` · ${teams}` : ''}`;
  return [title, ...stage.kinds.map(kindLine)].join('\n');
}

function kindLine(kind: KindChanges): string {
  const parts: string[] = [];
  if (kind.newCount > 0) {
    const more = kind.newCount - kind.newExamples.length;
    parts.push(
      `${kind.newCount} new: ${kind.newExamples.map(quoted).join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    );
  }
  if (kind.reinforcedCount > 0) {
    const again = kind.reinforcedExamples.map((item) => `${quoted(item.text)} +${item.added} (now ${item.count})`);
    parts.push(`raised again: ${again.join(', ')}`);
  }
  return `• ${KIND_TITLES[kind.kind]}: ${parts.join('; ')}`;
}

function curveText(curve: readonly CurvePoint[], lowestStageId: string | null): string {
  if (curve.every((point) => point.mean === null)) return '*How it feels:* no scores yet.';
  const points = curve.map(
    (point) =>
      `${point.stageId === lowestStageId ? '⬇️ ' : ''}${escapeMrkdwn(point.stageName)} ${scoreText(point.mean)}`,
  );
  const lowest = curve.find((point) => point.stageId === lowestStageId);
  const callout = lowest
    ? `Lowest point: *${escapeMrkdwn(lowest.stageName)}* (${scoreText(lowest.mean)}, ${plural(lowest.count, 'score')}). Start there.`
    : 'No clear low point yet: scores from more stages will show one.';
  return `*How it feels*\n${points.join('  →  ')}\n${callout}`;
}

function improvementsText(map: JourneyMap, improvements: readonly StageImprovement[]): string {
  const lines = improvements.map((improvement, index) => {
    const stage = map.stages.find((candidate) => candidate.id === improvement.stageId)?.name ?? '';
    return (
      `${index + 1}. *${escapeMrkdwn(stage)}*: ${escapeMrkdwn(improvement.action)}\n` +
      `      _answers:_ ${escapeMrkdwn(improvement.answers.text)} · _touchpoint:_ ${escapeMrkdwn(improvement.touchpoint)}` +
      ` · _KPI:_ ${escapeMrkdwn(improvement.kpi)}`
    );
  });
  return `*Top ${plural(improvements.length, 'improvement')} to try*\n${lines.join('\n')}`;
}

function missingBlocks(map: JourneyMap, digest: MapDigest): AnyBlock[] {
  const { emptyStages, departments, stakeholderIds } = digest.missing;
  const lines = [
    emptyStages.length > 0
      ? `Stages nobody has talked about: ${emptyStages.map((stage) => `*${escapeMrkdwn(stage.name)}*`).join(', ')}`
      : undefined,
    departments.length > 0
      ? `Teams not heard from yet: ${departments.map((department) => DEPARTMENT_LABELS[department]).join(', ')}`
      : undefined,
  ].filter(Boolean);
  if (lines.length === 0 && stakeholderIds.length === 0) return [];
  const listed = stakeholderIds.slice(0, STAKEHOLDER_ROWS);
  const others = stakeholderIds.slice(STAKEHOLDER_ROWS);
  return [
    divider(),
    section(['*Still missing*', ...lines].join('\n')),
    ...listed.map((userId) =>
      section(
        `${mention(userId)}, we haven't heard from you yet.`,
        button('Answer now', ACTIONS.startInterview, map.id),
      ),
    ),
    ...(others.length > 0
      ? [context(`Also waiting for ${others.map(mention).join(', ')}: \`${COMMAND} interview\` starts yours.`)]
      : []),
  ];
}

export interface NudgeView {
  map: JourneyMap;
  /** The person's interview so far; undefined when they have not started. */
  progress?: Progress;
  threadLink?: string;
}

/** The weekly DM to a stakeholder whose interview is unfinished, sent with the digest. */
export function nudgeMessage({ map, progress, threadLink }: NudgeView): MessageContent {
  const stages = map.stages.length;
  const where = progress
    ? `You've answered ${progress.answered} of ${plural(stages, 'stage')}; ${plural(progress.pending, 'stage')} to go.`
    : `It takes about 2 minutes a stage, ${plural(stages, 'stage')} in all.`;
  const link = threadLink ? ` (<${escapeMrkdwn(threadLink)}|see the map>)` : '';
  return message(`This week's digest for ${escapeMrkdwn(map.name)} is out. Your answers are still missing.`, [
    section(
      `👋 This week's digest for *${escapeMrkdwn(map.name)}* is out in ${channelLink(map.channelId)}${link}, ` +
        `and your team's view is still missing. ${where}`,
      button('Answer now', ACTIONS.startInterview, map.id, 'primary'),
    ),
    context("_I'll ask at most once a week, and never while your Slack status says you're away._"),
  ]);
}

/** A date Slack shows in each reader's own time zone; the fallback is the UTC date. */
function slackDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  return `<!date^${seconds}^{date_short}|${iso.slice(0, 10)}>`;
}

function threadAction(map: JourneyMap, threadLink: string | undefined): string {
  return threadLink
    ? `<${escapeMrkdwn(threadLink)}|Add what you know in the map's thread>`
    : `add what you know in the map's thread in ${channelLink(map.channelId)}`;
}

function quoted(text: string): string {
  return `“${escapeMrkdwn(clip(text, ITEM_TEXT_LENGTH))}”`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
