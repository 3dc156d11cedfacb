/**
 * Line breaking without a font engine: widths come from Noto Sans' own advances for ASCII and
 * from averages elsewhere (Greek, accented Latin; a full em for Chinese), rounded up where they
 * are estimates, so a line that fits here also fits once resvg sets it in the real font.
 */

const ELLIPSIS = '…';
/** Bold Noto Sans runs 6% (Latin) to 8% (Greek) wider than regular; bold Chinese stays a full em. */
const BOLD_FACTOR = 1.08;
/** Advance widths of Noto Sans Regular for space to tilde, in hundredths of an em (read from the font's hmtx table). */
const ASCII_ADVANCES = [
  26, 27, 41, 65, 57, 83, 73, 22, 30, 30, 55, 57, 27, 32, 27, 37, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 27, 27, 57,
  57, 57, 43, 90, 64, 65, 63, 73, 56, 52, 73, 74, 34, 27, 62, 52, 91, 76, 78, 60, 78, 62, 55, 56, 73, 60, 93, 59, 57,
  57, 33, 37, 33, 57, 44, 28, 56, 62, 48, 62, 56, 34, 62, 62, 26, 26, 53, 26, 94, 62, 60, 62, 62, 41, 48, 36, 62, 51,
  79, 53, 51, 47, 38, 55, 38, 57,
];
/** Greek, Cyrillic and accented Latin letters average about these widths in Noto Sans (Greek text measures 0.52). */
const OTHER_CAPITAL_EM = 0.68;
const OTHER_EM = 0.55;
/** East Asian wide and fullwidth blocks (Hangul, CJK, kana, fullwidth forms) and emoji: a full em each. */
const FULL_WIDTH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1faff],
  [0x20000, 0x3fffd],
];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
}

export interface WrapOptions extends TextStyle {
  width: number;
  maxLines: number;
}

function isFullWidth(codePoint: number): boolean {
  return FULL_WIDTH_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Greek and Cyrillic with their accents: the Chinese font decomposes them and draws the accents detached. */
const NEEDS_ALPHABETIC_FONT = /[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]/;

/** A stretch of a line set in one font: the Chinese font (`cjk`) or the alphabetic one. */
export interface FontRun {
  text: string;
  cjk: boolean;
}

/**
 * A line with Chinese is best set in the Chinese font throughout (resvg sets a line that needs
 * fallback entirely in the first fallback face, losing bold). Only a line that also has Greek or
 * Cyrillic is cut into runs, each in its own font.
 */
export function fontRuns(line: string): FontRun[] {
  const graphemesOfLine = splitGraphemes(line);
  const cjk = graphemesOfLine.map((grapheme) => isFullWidth(grapheme.codePointAt(0) ?? 0));
  if (!cjk.includes(true)) return [{ text: line, cjk: false }];
  if (!NEEDS_ALPHABETIC_FONT.test(line)) return [{ text: line, cjk: true }];
  const runs: FontRun[] = [];
  graphemesOfLine.forEach((grapheme, index) => {
    const last = runs.at(-1);
    if (last && (last.cjk === cjk[index] || grapheme === ' ')) last.text += grapheme;
    else runs.push({ text: grapheme, cjk: cjk[index] ?? false });
  });
  return runs;
}

/** Width of one user-perceived character in em; combining marks ride on their base character. */
function graphemeEm(grapheme: string, bold: boolean): number {
  const codePoint = grapheme.codePointAt(0) ?? 0;
  if (isFullWidth(codePoint)) return 1;
  return alphabeticEm(grapheme, codePoint) * (bold ? BOLD_FACTOR : 1);
}

function alphabeticEm(grapheme: string, codePoint: number): number {
  const ascii = grapheme.length === 1 ? ASCII_ADVANCES[codePoint - 32] : undefined;
  if (ascii !== undefined) return ascii / 100;
  return /^\p{Lu}/u.test(grapheme) ? OTHER_CAPITAL_EM : OTHER_EM;
}

function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

export function textWidth(text: string, style: TextStyle): number {
  const em = splitGraphemes(text).reduce((sum, grapheme) => sum + graphemeEm(grapheme, style.bold ?? false), 0);
  return em * style.fontSize;
}

/** Chinese closing punctuation stays with the character before it rather than start a line. */
const NO_LINE_START = new Set([...'，。、：；！？）」』】〉》']);

/**
 * Break points: at spaces and around every full-width character (Chinese and Japanese break
 * between any two characters). A run without break points is one token.
 */
function tokens(text: string): string[] {
  const result: string[] = [];
  let run = '';
  for (const grapheme of splitGraphemes(text)) {
    if (grapheme !== ' ' && !isFullWidth(grapheme.codePointAt(0) ?? 0)) {
      run += grapheme;
      continue;
    }
    if (run) result.push(run);
    run = '';
    const previous = result.length - 1;
    if (NO_LINE_START.has(grapheme) && previous >= 0 && result[previous] !== ' ') result[previous] += grapheme;
    else result.push(grapheme);
  }
  if (run) result.push(run);
  return result;
}

/** Cuts a token too long for any line into pieces that each fit. */
function splitToFit(token: string, style: WrapOptions): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const grapheme of splitGraphemes(token)) {
    if (piece && textWidth(piece + grapheme, style) > style.width) {
      pieces.push(piece);
      piece = '';
    }
    piece += grapheme;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Drops characters from the end until the line and an ellipsis fit. */
function withEllipsis(line: string, style: WrapOptions): string {
  const kept = splitGraphemes(line.trimEnd());
  while (kept.length > 0 && textWidth(`${kept.join('')}${ELLIPSIS}`, style) > style.width) kept.pop();
  return `${kept.join('').trimEnd()}${ELLIPSIS}`;
}

/** The text as at most `maxLines` lines no wider than `width`; an ellipsis ends a text that did not fit. */
export function wrapText(text: string, options: WrapOptions): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    if (token === ' ' && line === '') continue;
    if (textWidth(line + token, options) <= options.width) {
      line += token;
      continue;
    }
    if (token === ' ') continue;
    const pieces = textWidth(token, options) > options.width ? splitToFit(token, options) : [token];
    if (line) lines.push(line.trimEnd());
    for (const piece of pieces.slice(0, -1)) lines.push(piece);
    line = pieces.at(-1) ?? '';
    if (lines.length > options.maxLines) break;
  }
  if (line) lines.push(line.trimEnd());
  if (lines.length <= options.maxLines) return lines;
  const shown = lines.slice(0, options.maxLines);
  shown[shown.length - 1] = withEllipsis(shown.at(-1) ?? '', options);
  return shown;
}
