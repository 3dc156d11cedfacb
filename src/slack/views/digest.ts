import type { KindChanges, StageChanges } from '../../digest/changes.ts';
import type { CurvePoint, Digest } from '../../digest/compose.ts';
import { isValidTimeZone } from '../../digest/schedule.ts';
import { mapTranslator, type Translator } from '../../i18n/index.ts';
import type { StageImprovement } from '../../insights/types.ts';
import type { Progress } from '../../interview/index.ts';
import type { Department, JourneyMap } from '../../journey/model.ts';
import { ACTIONS } from '../ids.ts';
import { channelLink, clip, escapeMrkdwn, mention } from '../text.ts';
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
/** Between the parts of a line and the points of the curve: punctuation every language reads the same. */
const DOT = ' · ';
const ARROW = '  →  ';

/** The weekly digest for the map's channel, in the map's language: what changed, how it feels, what is missing. */
export function digestMessage(view: DigestView): MessageContent {
  const t = mapTranslator(view.map);
  return view.digest.quiet ? quietDigest(t, view) : fullDigest(t, view);
}

/** A quiet week: two lines, so the channel knows the map is alive without being told nothing at length. */
function quietDigest(t: Translator, { map, digest, threadLink, preview }: DigestView): MessageContent {
  const mapName = escapeMrkdwn(map.name);
  const title = digest.since
    ? t.t('digest.quiet.titleSince', { mapName, date: sinceDate(t, map, digest.since) })
    : t.t('digest.quiet.titleFirst', { mapName });
  const lowest = digest.curve.find((point) => point.stageId === digest.lowestStageId);
  const waiting = digest.missing.stakeholderIds.length;
  const second = [
    lowest
      ? t.t('digest.quiet.lowest', { stageName: escapeMrkdwn(lowest.stageName), score: scoreText(lowest.mean, t) })
      : undefined,
    waiting > 0 ? t.t('digest.quiet.waiting', { count: waiting }) : undefined,
    threadAction(t, map, threadLink),
  ].filter(Boolean);
  return message(t.t('digest.quiet.fallback', { mapName }), [
    ...previewNote(t, preview),
    section(`${title}\n${capitalise(second.join(DOT))}`),
  ]);
}

function fullDigest(t: Translator, { map, digest, threadLink, preview }: DigestView): MessageContent {
  const { changes } = digest;
  const blocks: AnyBlock[] = [
    ...previewNote(t, preview),
    header(t.t('digest.full.header', { mapName: map.name })),
    section(overview(t, map, digest)),
    ...changes.stages.map((stage) => section(stageChangesText(t, stage))),
    divider(),
    section(curveText(t, digest.curve, digest.lowestStageId)),
    ...(digest.improvements.length > 0 ? [section(improvementsText(t, map, digest.improvements))] : []),
    ...missingBlocks(t, map, digest),
    context(t.t('digest.full.footer', { threadAction: threadAction(t, map, threadLink) })),
  ];
  const fallback = t.t('digest.full.fallback', {
    mapName: escapeMrkdwn(map.name),
    inputCount: changes.addedCount,
    itemCount: changes.newItemCount,
  });
  return message(fallback, blocks);
}

function previewNote(t: Translator, preview: boolean | undefined): AnyBlock[] {
  return preview ? [context(t.t('digest.previewNote'))] : [];
}

function overview(t: Translator, map: JourneyMap, digest: MapDigest): string {
  const { changes } = digest;
  const added = changes.addedCount;
  const counts = [
    digest.since
      ? t.t('digest.overview.addedSince', { count: added, date: sinceDate(t, map, digest.since) })
      : t.t('digest.overview.addedSoFar', { count: added }),
    t.t('digest.overview.newItems', { count: changes.newItemCount }),
    changes.reinforcedItemCount > 0
      ? t.t('digest.overview.reinforced', { count: changes.reinforcedItemCount })
      : undefined,
    changes.retractedCount > 0 ? t.t('digest.overview.retracted', { count: changes.retractedCount }) : undefined,
  ].filter(Boolean);
  const lines = [counts.join(DOT)];
  if (changes.byDepartment.length > 0) {
    const teams = changes.byDepartment.map(({ department, count }) => `${departmentName(t, department)} ${count}`);
    lines.push(t.t('digest.overview.byTeam', { teams: teams.join(DOT) }));
  }
  if (changes.newContributorIds.length > 0) {
    lines.push(t.t('digest.overview.newVoices', { people: t.join(changes.newContributorIds.map(mention)) }));
  }
  return lines.join('\n');
}

function stageChangesText(t: Translator, stage: StageChanges): string {
  const teams = t.join(stage.departments.map((department) => departmentName(t, department)));
  const title = `*${escapeMrkdwn(stage.stageName)}*  +${stage.addedCount}${teams ? `${DOT}${teams}` : ''}`;
  return [title, ...stage.kinds.map((kind) => kindLine(t, kind))].join('\n');
}

function kindLine(t: Translator, kind: KindChanges): string {
  const parts: string[] = [];
  if (kind.newCount > 0) {
    const more = kind.newCount - kind.newExamples.length;
    const examples = t.join(kind.newExamples.map((text) => quoted(t, text)));
    parts.push(
      more > 0
        ? t.t('digest.stage.newItemsMore', { count: kind.newCount, examples, moreCount: more })
        : t.t('digest.stage.newItems', { count: kind.newCount, examples }),
    );
  }
  if (kind.reinforcedCount > 0) {
    const again = kind.reinforcedExamples.map((item) =>
      t.t('digest.stage.raisedItem', { item: quoted(t, item.text), added: item.added, count: item.count }),
    );
    parts.push(t.t('digest.stage.raisedAgain', { items: t.join(again) }));
  }
  return t.t('digest.stage.kindLine', {
    kindTitle: t.t(`common.kindTitles.${kind.kind}`),
    parts: parts.join(t.t('digest.partSeparator')),
  });
}

function curveText(t: Translator, curve: readonly CurvePoint[], lowestStageId: string | null): string {
  if (curve.every((point) => point.mean === null)) return t.t('digest.curve.noScores');
  const points = curve.map(
    (point) =>
      `${point.stageId === lowestStageId ? '⬇️ ' : ''}${escapeMrkdwn(point.stageName)} ${scoreText(point.mean, t)}`,
  );
  const lowest = curve.find((point) => point.stageId === lowestStageId);
  const callout = lowest
    ? t.t('digest.curve.lowest', {
        stageName: escapeMrkdwn(lowest.stageName),
        score: scoreText(lowest.mean, t),
        count: lowest.count,
      })
    : t.t('digest.curve.noLowPoint');
  return `${t.t('digest.curve.title')}\n${points.join(ARROW)}\n${callout}`;
}

/** The improvements' own texts come from the insights engine, which writes them in the map's language. */
function improvementsText(t: Translator, map: JourneyMap, improvements: readonly StageImprovement[]): string {
  const lines = improvements.map((improvement, index) =>
    t.t('digest.improvements.line', {
      index: index + 1,
      stageName: escapeMrkdwn(map.stages.find((candidate) => candidate.id === improvement.stageId)?.name ?? ''),
      action: escapeMrkdwn(improvement.action),
      answers: escapeMrkdwn(improvement.answers.text),
      touchpoint: escapeMrkdwn(improvement.touchpoint),
      kpi: escapeMrkdwn(improvement.kpi),
    }),
  );
  return `${t.t('digest.improvements.title', { count: improvements.length })}\n${lines.join('\n')}`;
}

function missingBlocks(t: Translator, map: JourneyMap, digest: MapDigest): AnyBlock[] {
  const { emptyStages, departments, stakeholderIds } = digest.missing;
  const lines = [
    emptyStages.length > 0
      ? t.t('digest.missing.emptyStages', {
          stages: t.join(emptyStages.map((stage) => `*${escapeMrkdwn(stage.name)}*`)),
        })
      : undefined,
    departments.length > 0
      ? t.t('digest.missing.teams', { teams: t.join(departments.map((department) => departmentName(t, department))) })
      : undefined,
  ].filter(Boolean);
  if (lines.length === 0 && stakeholderIds.length === 0) return [];
  const listed = stakeholderIds.slice(0, STAKEHOLDER_ROWS);
  const others = stakeholderIds.slice(STAKEHOLDER_ROWS);
  return [
    divider(),
    section([t.t('digest.missing.title'), ...lines].join('\n')),
    ...listed.map((userId) =>
      section(
        t.t('digest.missing.stakeholder', { person: mention(userId) }),
        button(t.t('digest.answerNow'), ACTIONS.startInterview, map.id),
      ),
    ),
    ...(others.length > 0 ? [context(t.t('digest.missing.others', { people: t.join(others.map(mention)) }))] : []),
  ];
}

export interface NudgeView {
  map: JourneyMap;
  /** The person's interview so far; undefined when they have not started. */
  progress?: Progress;
  threadLink?: string;
}

/** The weekly DM, in the map's language, to a stakeholder whose interview is unfinished, sent with the digest. */
export function nudgeMessage({ map, progress, threadLink }: NudgeView): MessageContent {
  const t = mapTranslator(map);
  const stages = map.stages.length;
  const where = progress
    ? t.t('digest.nudge.progress', { answered: progress.answered, stages, pending: progress.pending })
    : t.t('digest.nudge.notStarted', { stages });
  const mapLink = threadLink ? t.t('digest.nudge.mapLink', { link: escapeMrkdwn(threadLink) }) : '';
  const text = t.t('digest.nudge.text', {
    mapName: escapeMrkdwn(map.name),
    channel: channelLink(map.channelId),
    mapLink,
    where,
  });
  return message(t.t('digest.nudge.fallback', { mapName: escapeMrkdwn(map.name) }), [
    section(text, button(t.t('digest.answerNow'), ACTIONS.startInterview, map.id, 'primary')),
    context(t.t('digest.nudge.frequency')),
  ]);
}

/**
 * The "since" date. English keeps Slack's date token, which each reader sees in their own time zone. Slack
 * renders that token in the reader's Slack locale, which has no Greek and need not be the map's language, so
 * the other languages get the date written out by Intl, in the time zone the digest is scheduled in.
 */
function sinceDate(t: Translator, map: JourneyMap, iso: string): string {
  const date = new Date(iso);
  if (t.language === 'en') return `<!date^${Math.floor(date.getTime() / 1000)}^{date_short}|${iso.slice(0, 10)}>`;
  const timeZone = isValidTimeZone(map.digest.timeZone) ? map.digest.timeZone : 'UTC';
  return t.date(date, { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
}

function departmentName(t: Translator, department: Department): string {
  return t.t(`common.departments.${department}`);
}

function threadAction(t: Translator, map: JourneyMap, threadLink: string | undefined): string {
  return threadLink
    ? t.t('digest.threadLink', { link: escapeMrkdwn(threadLink) })
    : t.t('digest.threadInChannel', { channel: channelLink(map.channelId) });
}

function quoted(t: Translator, text: string): string {
  return t.t('digest.quoted', { text: escapeMrkdwn(clip(text, ITEM_TEXT_LENGTH)) });
}

/** The second line of a quiet digest starts with whichever part is there; most are written mid-sentence. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
