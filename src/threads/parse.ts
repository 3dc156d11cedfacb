import { type Kind, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type Stage } from '../journey/model.ts';
import { foldLetters, normaliseText } from '../journey/normalise.ts';
import { findStage, type StageMatch } from '../journey/stages.ts';

/**
 * One thing understood from a reply. A null kind or stage means nobody could tell: the bot asks the
 * author with buttons rather than guess. Lives here (not in insights/) so the pure thread core
 * depends on no adapter; insights/extraction.ts re-exports it.
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

/**
 * Kind words people write before a colon, in every language the bot speaks: a reply may be in any of them,
 * whatever the map's language. Compared folded (case, width, Greek and Latin accents, final sigma), so
 * `ΕΜΠΌΔΙΟ：` reads as `εμπόδιο:`. English plurals ("touchpoints:") are accepted too; Greek ones are listed.
 */
const KIND_WORDS: Readonly<Record<Kind, { en: string[]; el: string[]; zh: string[] }>> = {
  touchpoint: {
    en: ['touchpoint', 'touch point', 'channel'],
    el: ['σημείο επαφής', 'σημεία επαφής', 'κανάλι', 'κανάλια'],
    zh: ['接触点', '触点', '渠道', '接觸點', '觸點', '管道'],
  },
  obstacle: {
    en: ['obstacle', 'pain point', 'pain', 'blocker', 'friction', 'problem', 'issue'],
    el: ['εμπόδιο', 'εμπόδια', 'σημείο πόνου', 'σημεία πόνου', 'πρόβλημα', 'προβλήματα'],
    zh: ['障碍', '痛点', '阻碍', '问题', '障礙', '痛點', '阻礙', '問題'],
  },
  idea: {
    en: ['idea', 'suggestion', 'fix'],
    el: ['ιδέα', 'ιδέες', 'πρόταση', 'προτάσεις', 'βελτίωση', 'βελτιώσεις'],
    zh: ['想法', '建议', '点子', '改进', '建議', '點子', '改進'],
  },
  goal: {
    en: ['goal'],
    el: ['στόχος', 'στόχοι', 'στόχος πελάτη'],
    zh: ['目标', '客户目标', '目標', '客戶目標'],
  },
  kpi: {
    en: ['kpi', 'metric'],
    el: ['δείκτης', 'δείκτες', 'μετρική', 'μετρικές'],
    zh: ['关键绩效指标', '指标', '關鍵績效指標', '指標'],
  },
  action: { en: ['action'], el: ['ενέργεια', 'ενέργειες', 'δράση', 'δράσεις'], zh: ['行为', '行动', '行為', '行動'] },
  thought: { en: ['thought'], el: ['σκέψη', 'σκέψεις'], zh: ['心声', '念头', '心聲', '念頭'] },
  feeling: { en: ['feeling'], el: ['συναίσθημα', 'συναισθήματα'], zh: ['情绪', '感受', '情感', '情緒'] },
};

/** A kind word as it is compared: folded, its spaces as one. */
const foldWord = (word: string): string => foldLetters(word).replace(/\s+/g, ' ');

const wordsOf = ({ en, el, zh }: (typeof KIND_WORDS)[Kind]): string[] => [...en, ...el, ...zh].map(foldWord);

const KIND_BY_WORD = new Map(
  (Object.keys(KIND_WORDS) as Kind[]).flatMap((kind) => wordsOf(KIND_WORDS[kind]).map((word) => [word, kind] as const)),
);

/** Longest first, so "pain point" wins over "pain" and "σημείο επαφής" needs no word boundary. */
function alternatives(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replaceAll(' ', '\\s+'))
    .join('|');
}

const FEELING_ALTERNATIVES = alternatives(wordsOf(KIND_WORDS.feeling));
/** A score right after the kind word needs no separator: "feeling 2 @decision", "情绪 2 @决策". */
const SCORE_AHEAD = '(?=[1-5](?:\\s*/\\s*5)?(?:\\s|$))';
/** The start of an explicit line, matched on the folded line: the kind word and its separator. */
const EXPLICIT_START = new RegExp(
  `^(${alternatives(KIND_BY_WORD.keys())})s?` +
    `(?:\\s*[:：]|\\s+[-–—](?=\\s)|(?<=^(?:${FEELING_ALTERNATIVES})s?)\\s+${SCORE_AHEAD})\\s*`,
  'u',
);
const LEADING_SCORE = /^([1-5])(?:\s*\/\s*5)?(?:\s+|$)/;

const LIST_MARKER = /^(?:[-*•◦▪‣]|\d+[.)])\s+/u;
/**
 * `@` (or a Chinese keyboard's full-width `＠`) after a space or at the start: `<@U123>` mentions and e-mail
 * addresses are not stage references.
 */
const AT_STAGE = /(?:^|\s)[@＠](?=\S)/gu;
const BRACKETED_AT_END = /[([（【]([^()[\]（）【】]+)[)\]）】]\s*$/u;
const NUMBER_AT_END = /(?:^|\s)[#＃](\d+)\s*$/u;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** "stage" right after a Chinese stage name (`@考虑阶段`) says nothing more. */
const STAGE_WORD = /^(?:阶段|階段)/u;
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

/** One reply adds at most this many items, however it is read: a pasted list is not a map of its own. */
export const MAX_ITEMS_PER_REPLY = 20;

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
  return { items: items.slice(0, MAX_ITEMS_PER_REPLY), rest, tooLong: false };
}

/** The id of the one stage a match names; ambiguous or missing matches name none. */
export function stageIdOf(match: StageMatch | null): string | null {
  return match && 'stage' in match ? match.stage.id : null;
}

function explicitItem(line: string, stages: readonly Stage[]): ExtractedItem | null {
  const { folded, origins } = foldedLine(line);
  const match = EXPLICIT_START.exec(folded);
  if (!match) return null;
  const kind = KIND_BY_WORD.get((match[1] ?? '').replace(/\s+/g, ' '));
  if (!kind) return null;
  // The text is kept as written: only the kind word was read folded.
  const body = line.slice(origins[match[0].length]);
  const { text: withoutStage, stageId } = withoutStageReference(body, stages);
  const text = tidy(withoutStage);
  const scored = kind === 'feeling' ? LEADING_SCORE.exec(text) : null;
  if (scored) return { kind, stageId, text: text.slice(scored[0].length), score: Number(scored[1]) };
  return text === '' ? null : { kind, stageId, text };
}

const COMBINING_MARK = /^\p{M}+$/u;
/** Far more than the longest kind word and its separator: the rest of a line is never read folded. */
const FOLDED_PREFIX = 64;
/** Stands for the unfolded rest of a long line: neither a space nor an end, so nothing matches across the cut. */
const CUT = '\uFFFF';

/**
 * The start of the line folded a character at a time, and for each folded unit the offset in the line it came
 * from (plus one past the end), so a match on the folded start finds its place in the line as written.
 */
function foldedLine(line: string): { folded: string; origins: number[] } {
  let folded = '';
  const origins: number[] = [];
  let offset = 0;
  let count = 0;
  for (const character of line) {
    if (count === FOLDED_PREFIX) return { folded: folded + CUT, origins: [...origins, offset] };
    // A mark typed as its own character folds away, as it does on the letter it follows.
    const unit = COMBINING_MARK.test(character) ? '' : foldLetters(character);
    for (let index = 0; index < unit.length; index += 1) origins.push(offset);
    folded += unit;
    offset += character.length;
    count += 1;
  }
  origins.push(offset);
  return { folded, origins };
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
    const joined = stageStartingWord(words[0] ?? '', stages);
    if (joined) return { text: [before, joined.rest, ...words.slice(1)].join(' '), stageId: joined.stageId };
    return { text: before, stageId: null };
  }
  const bracketed = BRACKETED_AT_END.exec(body);
  const bracketMatch = bracketed ? findStage(stages, bracketed[1] ?? '') : null;
  if (bracketed && bracketMatch) return { text: body.slice(0, bracketed.index), stageId: stageIdOf(bracketMatch) };
  const numbered = NUMBER_AT_END.exec(body);
  if (!numbered) return { text: body, stageId: null };
  return { text: body.slice(0, numbered.index), stageId: stageIdOf(findStage(stages, numbered[1] ?? '')) };
}

/**
 * Chinese puts no space after a stage name: in `@考虑阶段` or `@决策结账太慢` a whole stage name starts the word.
 * Only a whole name counts here (the longest), so the rest of the word is never taken for part of a stage.
 */
function stageStartingWord(word: string, stages: readonly Stage[]): { stageId: string; rest: string } | null {
  if (!CJK_CHARACTER.test(word)) return null;
  const characters = [...word];
  const candidates = stages
    .map((stage) => ({ stage, length: [...stage.name].length }))
    .filter(({ length }) => length < characters.length)
    .sort((a, b) => b.length - a.length);
  for (const { stage, length } of candidates) {
    if (normaliseText(characters.slice(0, length).join('')) !== normaliseText(stage.name)) continue;
    return { stageId: stage.id, rest: characters.slice(length).join('').replace(STAGE_WORD, '') };
  }
  return null;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(TRAILING_SEPARATORS, '').trim();
}
