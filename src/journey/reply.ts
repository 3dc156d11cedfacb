import { type Kind, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type Stage } from './model.ts';
import { findStage, type StageMatch } from './stages.ts';

/**
 * One thing understood from a reply. A null kind or stage means nobody could tell: the bot asks the
 * author with buttons rather than guess. Lives here (not in insights/) so the pure journey folder
 * depends on nothing outside itself; insights/extraction.ts re-exports it.
 */
export interface ExtractedItem {
  kind: Kind | null;
  stageId: string | null;
  text: string;
  /** Feelings only, 1-5. */
  score?: number;
}

export interface ParsedReply {
  /** Lines written in an explicit form, one item each. */
  items: ExtractedItem[];
  /** Every other non-empty line, decoded and trimmed, for the extractor to read. */
  rest: string[];
  /** The reply is longer than one contribution may be: nothing was parsed, the author should split it. */
  tooLong: boolean;
}

/** Kind words people write before a colon; plurals ("touchpoints:") are accepted too. */
const KIND_WORDS: ReadonlyArray<readonly [string, Kind]> = [
  ['touchpoint', 'touchpoint'],
  ['touch point', 'touchpoint'],
  ['channel', 'touchpoint'],
  ['obstacle', 'obstacle'],
  ['pain point', 'obstacle'],
  ['pain', 'obstacle'],
  ['blocker', 'obstacle'],
  ['friction', 'obstacle'],
  ['problem', 'obstacle'],
  ['issue', 'obstacle'],
  ['idea', 'idea'],
  ['suggestion', 'idea'],
  ['fix', 'idea'],
  ['goal', 'goal'],
  ['kpi', 'kpi'],
  ['metric', 'kpi'],
  ['action', 'action'],
  ['thought', 'thought'],
  ['feeling', 'feeling'],
];
const KIND_BY_WORD = new Map(KIND_WORDS);

const KIND_ALTERNATIVES = KIND_WORDS.map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replaceAll(' ', '\\s+'))
  .join('|');
/** A score right after the kind word needs no separator: "feeling 2 @decision". */
const SCORE_AHEAD = '(?=[1-5](?:\\s*/\\s*5)?(?:\\s|$))';
const EXPLICIT_LINE = new RegExp(
  `^(${KIND_ALTERNATIVES})s?(?:\\s*[:：]|\\s+[-–—](?=\\s)|(?<=^feelings?)\\s+${SCORE_AHEAD})\\s*(.*)$`,
  'iu',
);
const LEADING_SCORE = /^([1-5])(?:\s*\/\s*5)?(?:\s+|$)/;

const LIST_MARKER = /^(?:[-*•◦▪‣]|\d+[.)])\s+/u;
/** `@` after a space or at the start: `<@U123>` mentions and e-mail addresses are not stage references. */
const AT_STAGE = /(?:^|\s)@(?=\S)/gu;
const BRACKETED_AT_END = /[([（【]([^()[\]（）【】]+)[)\]）】]\s*$/u;
const NUMBER_AT_END = /(?:^|\s)#(\d+)\s*$/u;
const TRAILING_SEPARATORS = /[\s,;:，；：\-–—]+$/u;

/** Slack wraps mentions, channels and links in <...>; the text around them is entity-escaped. */
const SLACK_MARKUP = /<([^<>]*)>/g;
const SLACK_ENTITY = /&(amp|lt|gt);/g;
const ENTITY_CHARACTERS: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/**
 * Slack message text as the person typed it: links and channel links read as their labels,
 * user and special mentions (`<@U123>`, `<!here>`) kept as they are, and the three entities
 * Slack escapes decoded. Markup is read before entities, so a typed "<b>" never becomes markup.
 */
export function plainTextOfSlackMessage(text: string): string {
  return text
    .replace(SLACK_MARKUP, (whole, inner: string) => {
      if (inner.startsWith('@') || inner.startsWith('!')) return whole;
      const separator = inner.indexOf('|');
      const target = separator === -1 ? inner : inner.slice(0, separator);
      const label = separator === -1 ? '' : inner.slice(separator + 1);
      if (inner.startsWith('#')) return label === '' ? whole : `#${label}`;
      return label === '' ? target : label;
    })
    .replace(SLACK_ENTITY, (_, name: string) => ENTITY_CHARACTERS[name] ?? '');
}

/** A thread reply's explicit lines (`obstacle: checkout asks for an account @decision`), read exactly. */
export function parseExplicitReply(text: string, stages: readonly Stage[]): ParsedReply {
  const plain = plainTextOfSlackMessage(text);
  if (plain.length > MAX_TEXT_LENGTH) return { items: [], rest: [], tooLong: true };
  const items: ExtractedItem[] = [];
  const rest: string[] = [];
  for (const rawLine of plain.split(/\r?\n/)) {
    const line = rawLine.trim().replace(LIST_MARKER, '');
    if (line === '') continue;
    const item = explicitItem(line, stages);
    if (item) items.push(item);
    else rest.push(line);
  }
  return { items, rest, tooLong: false };
}

/** The id of the one stage a match names; ambiguous or missing matches name none. */
export function stageIdOf(match: StageMatch | null): string | null {
  return match && 'stage' in match ? match.stage.id : null;
}

function explicitItem(line: string, stages: readonly Stage[]): ExtractedItem | null {
  const match = EXPLICIT_LINE.exec(line);
  if (!match) return null;
  const [, word = '', body = ''] = match;
  const kind = KIND_BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' '));
  if (!kind) return null;
  const { text: withoutStage, stageId } = withoutStageReference(body, stages);
  const text = tidy(withoutStage);
  const scored = kind === 'feeling' ? LEADING_SCORE.exec(text) : null;
  if (scored) return { kind, stageId, text: text.slice(scored[0].length), score: Number(scored[1]) };
  return text === '' ? null : { kind, stageId, text };
}

/**
 * The stage a line names and the line without it. `@stage` always marks a stage (an unknown one
 * leaves the stage open); a bracketed end only when it names a stage, since people also bracket words.
 */
function withoutStageReference(body: string, stages: readonly Stage[]): { text: string; stageId: string | null } {
  const at = [...body.matchAll(AT_STAGE)].at(-1);
  if (at) {
    const before = body.slice(0, at.index);
    const words = body.slice(at.index + at[0].length).split(/\s+/);
    // Stage names may have spaces and words may follow them: the longest run of words that names a stage wins.
    for (let count = words.length; count > 0; count -= 1) {
      const phrase = words.slice(0, count).join(' ');
      if (phrase.length > MAX_NAME_LENGTH) continue; // no stage is called that; spares a long line many lookups
      const stageMatch = findStage(stages, phrase);
      if (stageMatch) return { text: [before, ...words.slice(count)].join(' '), stageId: stageIdOf(stageMatch) };
    }
    return { text: before, stageId: null };
  }
  const bracketed = BRACKETED_AT_END.exec(body);
  const bracketMatch = bracketed ? findStage(stages, bracketed[1] ?? '') : null;
  if (bracketed && bracketMatch) return { text: body.slice(0, bracketed.index), stageId: stageIdOf(bracketMatch) };
  const numbered = NUMBER_AT_END.exec(body);
  if (!numbered) return { text: body, stageId: null };
  return { text: body.slice(0, numbered.index), stageId: stageIdOf(findStage(stages, numbered[1] ?? '')) };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(TRAILING_SEPARATORS, '').trim();
}
