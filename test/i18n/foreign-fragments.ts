// The message catalogs read as text: their messages, the literal text of each, and the phrases of a language that
// no other language's surface may show.
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { CATALOGS, type EnglishCatalog } from '../../src/i18n/catalogs/index.ts';
import { LANGUAGES, type Language } from '../../src/i18n/index.ts';

/** A namespace of the catalogs: one surface, such as `interview` or `export`. */
export type Namespace = keyof EnglishCatalog;

/** Every message of a catalog node as [dotted key, message], in catalog order. */
export function catalogEntries(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    catalogEntries(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Every message of a catalog node (a whole catalog, a namespace or one message), in catalog order. */
export function catalogMessages(node: unknown): string[] {
  return catalogEntries(node).map(([, message]) => message);
}

function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value];
    if ('options' in element) return Object.values(element.options).flatMap((option) => literals(option.value));
    return [];
  });
}

/** The literal text of a message, plural and select branches included, in the pieces between its placeholders. */
export function literalsOf(message: string): string[] {
  return literals(parse(message, { ignoreTag: true }));
}

/** How text is cut into phrases. Leave a field out for the rule `foreignFragments` uses by default. */
export interface PhraseRule {
  /** Where text is cut into pieces; `null` keeps each text whole. Default: markup, bullets, brackets, colons. */
  split?: RegExp | null;
  /** Trim punctuation as well as white space off both ends of each piece. Default: white space only. */
  trimPunctuation?: boolean;
  /**
   * The letters that make a piece a phrase; 4 Han characters always do. Default: 14 letters with a space among them
   * and no Han, long enough to be a phrase of that language rather than a word any language borrows.
   */
  minLetters?: number;
}

const PIECE_BREAKS = /[*_`\n•·|()（）:：]+/;
const PUNCTUATION_AT_ENDS = /^[\p{P}\s]+|[\p{P}\s]+$/gu;

function isPhrase(piece: string, minLetters: number | undefined): boolean {
  const han = piece.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = piece.match(/\p{L}/gu)?.length ?? 0;
  if (han >= 4) return true;
  return minLetters === undefined ? han === 0 && letters >= 14 && piece.includes(' ') : letters >= minLetters;
}

/** The distinct phrases of some texts (literals, say) under a rule, in the order they first appear. */
export function phrasesIn(texts: readonly string[], rule: PhraseRule = {}): string[] {
  const split = rule.split === undefined ? PIECE_BREAKS : rule.split;
  const pieces = texts
    .flatMap((text) => (split ? text.split(split) : [text]))
    .map((piece) => (rule.trimPunctuation ? piece.replace(PUNCTUATION_AT_ENDS, '') : piece.trim()));
  return [...new Set(pieces.filter((piece) => isPhrase(piece, rule.minLetters)))];
}

function catalogNode(language: Language, namespace?: Namespace): unknown {
  return namespace ? CATALOGS[language][namespace] : CATALOGS[language];
}

/** The phrases of a language's catalog, or of one namespace of it, placeholders and markup left out. */
export function catalogPhrases(language: Language, namespace?: Namespace, rule: PhraseRule = {}): string[] {
  return phrasesIn(catalogMessages(catalogNode(language, namespace)).flatMap(literalsOf), rule);
}

const phraseCache = new Map<string, string[]>();
const ownCache = new Map<string, string>();

function cachedPhrases(language: Language, namespace: Namespace | undefined, rule: PhraseRule): string[] {
  const key = [language, namespace, String(rule.split), rule.trimPunctuation, rule.minLetters].join(' ');
  if (!phraseCache.has(key)) phraseCache.set(key, catalogPhrases(language, namespace, rule));
  return phraseCache.get(key)!;
}

function ownText(language: Language, namespace: Namespace | undefined): string {
  const key = `${language} ${namespace}`;
  if (!ownCache.has(key)) ownCache.set(key, catalogMessages(catalogNode(language, namespace)).join('\n'));
  return ownCache.get(key)!;
}

/**
 * The catalog phrases of other languages that appear in `text`, shown to a reader of `language`: a phrase that
 * the reader's own catalog also uses (a format list, a product name) is not foreign. With a namespace, only that
 * namespace's phrases count, and only its messages are the reader's own.
 */
export function foreignFragments(
  text: string,
  language: Language,
  namespace?: Namespace,
  rule: PhraseRule = {},
): string[] {
  const own = ownText(language, namespace);
  return LANGUAGES.filter((other) => other !== language).flatMap((other) =>
    cachedPhrases(other, namespace, rule).filter((phrase) => text.includes(phrase) && !own.includes(phrase)),
  );
}
