import { mapTranslator, type Translator } from '../i18n/index.ts';
import { departmentNames } from '../journey/department-names.ts';
import { roundedFeeling } from '../journey/feelings.ts';
import type { JourneyMap, JourneyView, Kind, StageView } from '../journey/model.ts';
import { type ExportFormat, utf8Renderer } from './export-format.ts';

/** What the customer does and meets at a stage: the steps of a journey diagram. */
const TASK_KINDS: readonly Kind[] = ['action', 'touchpoint', 'obstacle'];
/** A diagram grows one box wide per task: past this many per kind it stops being readable. */
const MAX_TASKS_PER_KIND = 6;
const UNKNOWN_SCORE = 3;

/**
 * Characters that end a task (:), split actors (,), start a comment (# and %), end a statement (;),
 * open an accessibility block ({) or look like markup to Mermaid's preprocessing (< >). Mermaid
 * decodes `#<code>;` back to the character.
 */
const SYNTAX_CHARACTERS = /[:,#;%{}<>]/g;
/** A line that starts with a keyword is read as that statement, whatever follows. */
const LEADING_KEYWORD = /^(journey|title|section)/i;

export const mermaidFormat: ExportFormat = {
  name: 'mermaid',
  // People who know Mermaid files know them by their extension.
  aliases: ['mmd'],
  label: 'Mermaid',
  extension: 'mmd',
  // The type IANA registered in 2023; Mermaid's own docs still suggest text/vnd.mermaid.
  mimeType: 'application/vnd.mermaid',
  helpKey: 'export.formats.mermaid',
  render: utf8Renderer(toMermaid),
};

/**
 * A Mermaid `journey` diagram: one section per stage, each stage's steps scored with its mean feeling.
 * Its own words are in the map's language and escaped like user text; the keywords stay Mermaid's.
 */
export function toMermaid(map: JourneyMap, view: JourneyView): string {
  const t = mapTranslator(map);
  const lines = ['journey', `  title ${escapeMermaid(map.name)}`];
  for (const stageView of view.stages) {
    lines.push(`  section ${escapeMermaid(stageView.stage.name)}`);
    const score = roundedFeeling(stageView.feeling.mean) ?? UNKNOWN_SCORE;
    const tasks = stageTasks(stageView, t);
    if (tasks.length === 0) lines.push(`    ${escapeMermaid(t.t('export.mermaid.noInput'))}: ${score}`);
    for (const task of tasks) {
      const actors = task.actors.map(escapeMermaid).join(', ');
      lines.push(`    ${escapeMermaid(task.text)}: ${score}${actors ? `: ${actors}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function stageTasks(stageView: StageView, t: Translator): Array<{ text: string; actors: string[] }> {
  return TASK_KINDS.flatMap((kind) =>
    stageView.items[kind].slice(0, MAX_TASKS_PER_KIND).map((item) => ({
      text: kind === 'obstacle' ? t.t('export.mermaid.obstacle', { text: item.text }) : item.text,
      actors: departmentNames(item.departments, t),
    })),
  );
}

/** Text that Mermaid's journey grammar reads back as exactly these words, on one line. */
export function escapeMermaid(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const escaped = oneLine.replace(SYNTAX_CHARACTERS, (character) => `#${character.charCodeAt(0)};`);
  return escaped.replace(LEADING_KEYWORD, (keyword) => `#${keyword.charCodeAt(0)};${keyword.slice(1)}`);
}
