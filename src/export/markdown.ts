import { mapTranslator, type Translator } from '../i18n/index.ts';
import { departmentList } from '../journey/department-names.ts';
import { feelingEmoji } from '../journey/feelings.ts';
import type { Disagreement, JourneyMap, JourneyView, MergedItem, StageView } from '../journey/model.ts';
import { type ExportFormat, utf8Renderer } from './export-format.ts';
import {
  contributionCount,
  departmentMeans,
  formatMean,
  kindTitle,
  peopleCount,
  personaLine,
  REPORT_KINDS,
  scoredDepartments,
} from './format.ts';

export const markdownFormat: ExportFormat = {
  name: 'md',
  aliases: ['markdown'],
  label: 'Markdown',
  extension: 'md',
  mimeType: 'text/markdown',
  helpKey: 'export.formats.md',
  render: utf8Renderer(toMarkdown),
};

/** A readable report of the merged map in its language: what a team pastes into a wiki or a slide. */
export function toMarkdown(map: JourneyMap, view: JourneyView): string {
  const t = mapTranslator(map);
  const blocks = [
    header(map, view, t),
    ...view.stages.map((stageView, index) => stageSection(stageView, index, view, t)),
  ];
  const missing = missingSection(view, t);
  if (missing) blocks.push(missing);
  return `${blocks.join('\n\n')}\n`;
}

function header(map: JourneyMap, view: JourneyView, t: Translator): string {
  const persona = personaLine(
    { name: escapeMarkdown(map.persona.name), description: escapeMarkdown(map.persona.description) },
    t,
  );
  const facts = [
    map.goal ? t.t('export.markdown.goal', { goal: escapeMarkdown(map.goal) }) : t.t('export.markdown.goalNotSet'),
    t.t('export.markdown.persona', { persona }),
    t.t('export.markdown.mapType', { mapType: t.t(`common.mapTypes.${map.type}`) }),
    t.t('export.markdown.input', { summary: inputSummary(view, t) }),
  ];
  return `# ${escapeMarkdown(map.name)}\n\n${facts.map((fact) => `- ${fact}`).join('\n')}`;
}

function inputSummary(view: JourneyView, t: Translator): string {
  const contributions = contributionCount(view.contributionCount, t);
  if (view.contributionCount === 0) return contributions;
  const people = peopleCount(view.contributorIds.length, t);
  if (view.departments.length === 0) return t.t('export.markdown.inputFrom', { contributions, people });
  const departments = departmentList(view.departments, t);
  return t.t('export.markdown.inputFromDepartments', { contributions, people, departments });
}

function stageSection(stageView: StageView, index: number, view: JourneyView, t: Translator): string {
  const stageId = stageView.stage.id;
  const parts = [
    `## ${index + 1}. ${escapeMarkdown(stageView.stage.name)}`,
    t.t('export.markdown.feeling', { feeling: feelingLine(stageView, t) }),
  ];
  for (const kind of REPORT_KINDS) {
    const items = stageView.items[kind];
    if (items.length > 0) {
      const lines = items.map((item) => `- ${itemLine(item, t)}`);
      parts.push(`**${kindTitle(t, kind)}**\n\n${lines.join('\n')}`);
    }
  }
  const disagreement = view.disagreements.find((candidate) => candidate.stageId === stageId);
  if (disagreement) parts.push(disagreementLine(disagreement, t));
  if (view.gaps.emptyStageIds.includes(stageId)) parts.push(t.t('export.markdown.stageEmpty'));
  else if (view.gaps.stageIdsWithoutTouchpoint.includes(stageId)) parts.push(t.t('export.markdown.noTouchpoint'));
  return parts.join('\n\n');
}

function feelingLine({ feeling }: StageView, t: Translator): string {
  if (feeling.mean === null) return t.t('export.noScores');
  const values = {
    emoji: feelingEmoji(feeling.mean),
    mean: formatMean(feeling.mean, t),
    scores: t.t('export.counts.scores', { count: feeling.count }),
  };
  const byDepartment = departmentMeans(scoredDepartments(feeling.byDepartment), t);
  if (byDepartment.length === 0) return t.t('export.markdown.feelingScored', values);
  const departments = byDepartment.join(t.t('export.markdown.meanSeparator'));
  return t.t('export.markdown.feelingScoredByDepartment', { ...values, departments });
}

function itemLine(item: MergedItem, t: Translator): string {
  const text = escapeMarkdown(item.text);
  if (item.departments.length === 0) return t.t('export.markdown.item', { text, count: item.count });
  const departments = departmentList(item.departments, t);
  return t.t('export.markdown.itemWithDepartments', { text, count: item.count, departments });
}

function disagreementLine({ low, high }: Disagreement, t: Translator): string {
  return t.t('export.markdown.disagreement', {
    lowDepartment: t.t(`common.departments.${low.department}`),
    lowMean: formatMean(low.mean, t),
    highDepartment: t.t(`common.departments.${high.department}`),
    highMean: formatMean(high.mean, t),
  });
}

function missingSection({ gaps }: JourneyView, t: Translator): string | null {
  const lines: string[] = [];
  if (gaps.missingDepartments.length > 0) {
    const departments = departmentList(gaps.missingDepartments, t);
    lines.push(t.t('export.markdown.departmentsNotHeard', { departments }));
  }
  if (gaps.silentStakeholderIds.length > 0) {
    const stakeholders = t.join(gaps.silentStakeholderIds.map((id) => `\`${id}\``));
    lines.push(t.t('export.markdown.stakeholdersSilent', { stakeholders }));
  }
  if (lines.length === 0) return null;
  return `## ${t.t('export.markdown.stillMissing')}\n\n${lines.map((line) => `- ${line}`).join('\n')}`;
}

/** Characters that start Markdown or HTML syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>#|~&]/g;

/**
 * User text as literal text on one line: line breaks become spaces (the text always sits inside a
 * list item or after a label), inline syntax is backslash-escaped, and a leading list or quote
 * marker is escaped so "1. first" stays a sentence instead of opening a nested list.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
