import {
  DEPARTMENT_LABELS,
  type Department,
  type Disagreement,
  type JourneyMap,
  type JourneyView,
  MAP_TYPE_LABELS,
  type MergedItem,
  type StageView,
} from '../journey/model.ts';
import {
  departmentNames,
  FEELING_EMOJI,
  formatMean,
  KIND_TITLES,
  plural,
  REPORT_KINDS,
  roundedFeeling,
} from './format.ts';

/** A readable report of the merged map: what a team pastes into a wiki or a slide. */
export function toMarkdown(map: JourneyMap, view: JourneyView): string {
  const blocks = [header(map, view), ...view.stages.map((stageView, index) => stageSection(stageView, index, view))];
  const missing = missingSection(view);
  if (missing) blocks.push(missing);
  return `${blocks.join('\n\n')}\n`;
}

function header(map: JourneyMap, view: JourneyView): string {
  const persona = map.persona.description
    ? `${escapeMarkdown(map.persona.name)}: ${escapeMarkdown(map.persona.description)}`
    : escapeMarkdown(map.persona.name);
  const facts = [
    `- **Goal:** ${map.goal ? escapeMarkdown(map.goal) : '_not set_'}`,
    `- **Persona:** ${persona}`,
    `- **Map type:** ${MAP_TYPE_LABELS[map.type]}`,
    `- **Input so far:** ${inputSummary(view)}`,
  ];
  return `# ${escapeMarkdown(map.name)}\n\n${facts.join('\n')}`;
}

function inputSummary(view: JourneyView): string {
  const contributions = plural(view.contributionCount, 'contribution');
  if (view.contributionCount === 0) return contributions;
  const people = plural(view.contributorIds.length, 'person', 'people');
  const departments = view.departments.length > 0 ? ` in ${departmentNames(view.departments).join(', ')}` : '';
  return `${contributions} from ${people}${departments}`;
}

function stageSection(stageView: StageView, index: number, view: JourneyView): string {
  const stageId = stageView.stage.id;
  const parts = [`## ${index + 1}. ${escapeMarkdown(stageView.stage.name)}`, `**Feeling:** ${feelingLine(stageView)}`];
  for (const kind of REPORT_KINDS) {
    const items = stageView.items[kind];
    if (items.length > 0) parts.push(`**${KIND_TITLES[kind]}**\n\n${items.map(itemLine).join('\n')}`);
  }
  const disagreement = view.disagreements.find((candidate) => candidate.stageId === stageId);
  if (disagreement) parts.push(disagreementLine(disagreement));
  if (view.gaps.emptyStageIds.includes(stageId)) parts.push('_Nobody has said anything about this stage yet._');
  else if (view.gaps.stageIdsWithoutTouchpoint.includes(stageId)) parts.push('_No touchpoint named yet._');
  return parts.join('\n\n');
}

function feelingLine({ feeling }: StageView): string {
  const score = roundedFeeling(feeling.mean);
  if (feeling.mean === null || score === null) return 'no scores yet';
  const byDepartment = (Object.entries(feeling.byDepartment) as Array<[Department, { mean: number }]>).map(
    ([department, { mean }]) => `${DEPARTMENT_LABELS[department]} ${formatMean(mean)}`,
  );
  const breakdown = byDepartment.length > 0 ? `; ${byDepartment.join(', ')}` : '';
  return `${FEELING_EMOJI[score]} ${formatMean(feeling.mean)} of 5 (${plural(feeling.count, 'score')}${breakdown})`;
}

function itemLine(item: MergedItem): string {
  const departments = item.departments.length > 0 ? `, ${departmentNames(item.departments).join(', ')}` : '';
  return `- ${escapeMarkdown(item.text)} (${item.count}×${departments})`;
}

function disagreementLine({ low, high }: Disagreement): string {
  return (
    `**Departments disagree:** ${DEPARTMENT_LABELS[low.department]} feels ${formatMean(low.mean)}, ` +
    `${DEPARTMENT_LABELS[high.department]} feels ${formatMean(high.mean)}.`
  );
}

function missingSection({ gaps }: JourneyView): string | null {
  const lines: string[] = [];
  if (gaps.missingDepartments.length > 0) {
    lines.push(`- Departments not heard from: ${departmentNames(gaps.missingDepartments).join(', ')}`);
  }
  if (gaps.silentStakeholderIds.length > 0) {
    lines.push(
      `- Stakeholders who have not answered: ${gaps.silentStakeholderIds.map((id) => `\`${id}\``).join(', ')}`,
    );
  }
  return lines.length > 0 ? `## Still missing\n\n${lines.join('\n')}` : null;
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
