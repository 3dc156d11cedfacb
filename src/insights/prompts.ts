import { readFileSync } from 'node:fs';
import { type Language, mapTranslator, type Translator } from '../i18n/index.ts';
import {
  type Department,
  type FeelingStats,
  type JourneyMap,
  type JourneyView,
  KINDS,
  type MergedItem,
  type Stage,
  type StageView,
} from '../journey/model.ts';
import { byReach } from './rank.ts';
import { fillTemplate, shorten, templateVariables } from './template.ts';
import { MAX_IMPROVEMENTS, MIN_IMPROVEMENTS, type StageSummary } from './types.ts';

export type PromptName = 'summary' | 'extract';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

interface PromptTemplate {
  system: string;
  user: string;
}

/** The one variable that carries people's text, and the only place it may appear. */
const DATA_VARIABLE = 'journey_data';
const DATA_BLOCK = `<journey_data>\n{{${DATA_VARIABLE}}}\n</journey_data>`;
const SECTION_HEADING = /^# (System|User)\s*$/m;

/** Enough for the model to see what matters; a stage with hundreds of items would only cost tokens. */
const MAX_ITEMS_PER_KIND = 12;
const MAX_QUOTE_LENGTH = 300;

/** The language the model must answer in, named in English (the prompt's language) without room for doubt. */
const ANSWER_LANGUAGES: Record<Language, string> = {
  en: 'English',
  el: 'Greek',
  'zh-Hans': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese (as written in Taiwan)',
};

const promptDirectory = new URL('../../prompts/', import.meta.url);
const loaded = new Map<PromptName, PromptTemplate>();

/**
 * A prompt file has a `# System` section (instructions) and a `# User` section whose only variable is
 * the data block. Read once, checked when read, so a broken prompt stops start-up rather than a summary.
 */
export function loadPrompt(name: PromptName): PromptTemplate {
  const cached = loaded.get(name);
  if (cached) return cached;
  const prompt = parsePrompt(name, readFileSync(new URL(`${name}.md`, promptDirectory), 'utf8'));
  loaded.set(name, prompt);
  return prompt;
}

function parsePrompt(name: PromptName, text: string): PromptTemplate {
  const [before, firstHeading, first, secondHeading, second, ...rest] = text.split(SECTION_HEADING);
  if (before?.trim() !== '' || firstHeading !== 'System' || secondHeading !== 'User' || rest.length > 0) {
    throw new Error(`prompts/${name}.md must have a "# System" then a "# User" section, and nothing else`);
  }
  const system = first!.trim();
  const user = second!.trim();
  if (templateVariables(system).includes(DATA_VARIABLE) || user !== DATA_BLOCK) {
    throw new Error(`prompts/${name}.md: the user section must be exactly the ${DATA_VARIABLE} block`);
  }
  return { system, user };
}

/**
 * Settings are our own constants; `data` is everything people typed. It goes in as JSON with `<`, `>`
 * and `&` written as \u escapes, so no text can close the data block or open a tag of its own, while
 * the model still reads the same characters.
 */
function renderPrompt(name: PromptName, settings: Readonly<Record<string, string>>, data: unknown): ChatMessage[] {
  const prompt = loadPrompt(name);
  const json = JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [
    { role: 'system', content: fillTemplate(prompt.system, settings) },
    { role: 'user', content: fillTemplate(prompt.user, { [DATA_VARIABLE]: json }) },
  ];
}

/**
 * The stage of the rules summary as the model sees it: words, counts and departments, never user ids
 * or timestamps; the gaps as the rules worded them, so the model's improvements can name them.
 */
export function summaryMessages(map: JourneyMap, view: JourneyView, rules: StageSummary): ChatMessage[] {
  const stageView = view.stages.find((candidate) => candidate.stage.id === rules.stageId);
  if (!stageView) throw new Error(`the view of map ${map.id} has no stage ${rules.stageId}`);
  // Departments and the map type in the map's language, like the gaps: the model answers in it.
  const t = mapTranslator(map);
  const department = (id: Department) => t.t(`common.departments.${id}`);
  // The key order is what the model reads and what the insight cache hashes: keep it.
  const data = {
    persona: { name: map.persona.name, description: map.persona.description },
    goal: map.goal,
    mapType: t.t(`common.mapTypes.${map.type}`),
    stages: map.stages.map((stage) => stage.name),
    stage: stageView.stage.name,
    feeling: feelingData(stageView.feeling, department),
    ...itemsData(stageView.items, department),
    disagreements: rules.disagreements.map((disagreement) => ({
      low: { department: department(disagreement.low.department), mean: round(disagreement.low.mean) },
      high: { department: department(disagreement.high.department), mean: round(disagreement.high.mean) },
    })),
    gaps: rules.gaps.map((gap) => gap.text),
    rulesReading: rulesReading(rules),
  };
  return renderPrompt('summary', summarySettings(t), data);
}

/** The stage's scores, rounded, with each department's mean under its name. */
function feelingData(feeling: FeelingStats, department: (id: Department) => string) {
  return {
    scores: feeling.count,
    mean: roundOrNull(feeling.mean),
    spread: roundOrNull(feeling.spread),
    byDepartment: Object.fromEntries(
      Object.entries(feeling.byDepartment).map(([id, stats]) => [department(id as Department), round(stats.mean)]),
    ),
  };
}

/** What people said, by kind, under the names the prompt uses for them. */
function itemsData(items: StageView['items'], department: (id: Department) => string) {
  const said = (list: readonly MergedItem[]) => saidItems(list, department);
  return {
    does: said(items.action),
    thinks: said(items.thought),
    touchpoints: said(items.touchpoint),
    obstacles: said(items.obstacle),
    ideas: said(items.idea),
    goals: said(items.goal),
    kpis: said(items.kpi),
  };
}

/** How the rules read each obstacle: its pattern family and, when one matched, the playbook's fix. */
function rulesReading(rules: StageSummary) {
  return rules.improvements
    .filter((improvement) => improvement.answers.kind === 'obstacle')
    .map((improvement) => ({
      obstacle: improvement.answers.text,
      family: improvement.patternId,
      fix: improvement.patternId === null ? null : improvement.action,
    }));
}

export function extractionMessages(text: string, stages: readonly Stage[]): ChatMessage[] {
  const data = { stages: stages.map((stage) => stage.name), reply: text };
  return renderPrompt('extract', { kinds: KINDS.join(', ') }, data);
}

/** Our own constants for the summary prompt; the answer's language is the map's. */
function summarySettings(t: Translator): Record<string, string> {
  return {
    min_improvements: String(MIN_IMPROVEMENTS),
    max_improvements: String(MAX_IMPROVEMENTS),
    kpi_examples: t.t('summary.prompt.kpiExamples'),
    answer_language: ANSWER_LANGUAGES[t.language],
  };
}

/** In the order the summary ranks them: by people, then departments. */
function saidItems(items: readonly MergedItem[], department: (id: Department) => string) {
  return byReach(items)
    .slice(0, MAX_ITEMS_PER_KIND)
    .map((item) => ({
      text: shorten(item.text, MAX_QUOTE_LENGTH),
      people: item.contributorIds.length,
      departments: item.departments.map(department),
    }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}
