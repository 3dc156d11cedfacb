import { type Language, mapTranslator, type Translator } from '../i18n/index.ts';
import { departmentList } from '../journey/department-names.ts';
import type { JourneyMap, JourneyView, Kind, MergedItem, StageView } from '../journey/model.ts';
import { contributionCount, formatMean, kindTitle, peopleCount, personaLine } from './format.ts';
import { feelingFace, px } from './svg-face.ts';
import { type FontRun, fontRuns, type TextStyle, textWidth, wrapText } from './text-layout.ts';
import { escapeXml } from './xml.ts';

export interface SvgOptions {
  /** Items shown per stage in each row; the rest are only counted. */
  itemsPerCell?: number;
  /** Lines of an item's text before it ends with an ellipsis. */
  linesPerItem?: number;
}

interface FontFamilies {
  /** The picture's font: Latin and Greek first, since with a Chinese font first Greek accents render detached. */
  page: string;
  /** Lines with Chinese (see fontRuns). */
  cjk: string;
}

const FONT_FAMILIES: FontFamilies = {
  page: "'Noto Sans', 'Noto Sans SC', sans-serif",
  cjk: "'Noto Sans SC', 'Noto Sans', sans-serif",
};
/** Characters both scripts share (骨, 直, 角) take their Traditional shapes only from the TC font: zh-Hant asks for it first. */
const TRADITIONAL_FONT_FAMILIES: FontFamilies = {
  page: "'Noto Sans', 'Noto Sans TC', 'Noto Sans SC', sans-serif",
  cjk: "'Noto Sans TC', 'Noto Sans SC', 'Noto Sans', sans-serif",
};

function fontFamilies(language: Language): FontFamilies {
  return language === 'zh-Hant' ? TRADITIONAL_FONT_FAMILIES : FONT_FAMILIES;
}

const PAGE_PADDING = 32;
/** The left column of row labels (Persona, Touchpoints): a label in any language must fit it on one line. */
export const LABEL_WIDTH = 128;
const COLUMN_GAP = 12;
const MIN_COLUMN_WIDTH = 216;
/** Few stages get wider columns rather than a cramped header. */
const MIN_PAGE_WIDTH = 1000;
const SECTION_GAP = 20;
const CARD_PADDING = 8;
const CARD_GAP = 6;
const ACCENT_WIDTH = 4;

const COLOR = {
  text: '#1f2937',
  muted: '#6b7280',
  rule: '#e5e7eb',
  page: '#ffffff',
  stage: '#1e3a5f',
  stageMuted: '#c7d2e0',
  curve: '#94a3b8',
  lowest: '#dc2626',
  disagreement: '#b45309',
};

const ITEM_ROWS: ReadonlyArray<{ kind: Kind; accent: string; fill: string }> = [
  { kind: 'touchpoint', accent: '#2563eb', fill: '#eff6ff' },
  { kind: 'obstacle', accent: '#dc2626', fill: '#fef2f2' },
  { kind: 'idea', accent: '#16a34a', fill: '#f0fdf4' },
];

const TITLE: TextStyle = { fontSize: 30, bold: true };
const SUBTITLE: TextStyle = { fontSize: 14 };
const LABEL: TextStyle = { fontSize: 15, bold: true };
const BODY: TextStyle = { fontSize: 15 };
const STAGE_NAME: TextStyle = { fontSize: 16, bold: true };
const SMALL: TextStyle = { fontSize: 12 };
const BOLD_SMALL: TextStyle = { ...SMALL, bold: true };
const ITEM: TextStyle = { fontSize: 13 };
const META: TextStyle = { fontSize: 11 };

interface Page {
  map: JourneyMap;
  view: JourneyView;
  t: Translator;
  fonts: FontFamilies;
  itemsPerCell: number;
  linesPerItem: number;
  width: number;
  columnWidth: number;
}

/** One band of the picture, drawn from a top edge; it reports how tall it came out. */
interface Band {
  svg: string;
  height: number;
}

/**
 * The journey map as one picture: header, a column per stage, the emotion curve with a face per
 * stage and its lowest point marked, then the most raised touchpoints, obstacles and ideas.
 */
export function toSvg(map: JourneyMap, view: JourneyView, options: SvgOptions = {}): string {
  const page = pageOf(map, view, options);
  const bands: Array<(top: number) => Band> = [
    (top) => header(page, top),
    (top) => stageHeaders(page, top),
    (top) => emotionCurve(page, top),
    ...ITEM_ROWS.map((row) => (top: number) => itemRow(page, row, top)),
  ];
  const drawn: string[] = [];
  let top = PAGE_PADDING;
  for (const band of bands) {
    const { svg, height } = band(top);
    drawn.push(svg);
    top += height + SECTION_GAP;
  }
  const height = Math.ceil(top - SECTION_GAP + PAGE_PADDING);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${height}" viewBox="0 0 ${page.width} ${height}"` +
    ` font-family="${page.fonts.page}" fill="${COLOR.text}">` +
    `<rect width="${page.width}" height="${height}" fill="${COLOR.page}"/>${drawn.join('')}</svg>`
  );
}

function pageOf(map: JourneyMap, view: JourneyView, options: SvgOptions): Page {
  const stageCount = Math.max(1, view.stages.length);
  const fixed = 2 * PAGE_PADDING + LABEL_WIDTH + (stageCount - 1) * COLUMN_GAP;
  const columnWidth = Math.max(MIN_COLUMN_WIDTH, Math.floor((MIN_PAGE_WIDTH - fixed) / stageCount));
  const t = mapTranslator(map);
  return {
    map,
    view,
    t,
    fonts: fontFamilies(t.language),
    itemsPerCell: options.itemsPerCell ?? 4,
    linesPerItem: options.linesPerItem ?? 4,
    width: fixed + stageCount * columnWidth,
    columnWidth,
  };
}

function columnLeft(page: Page, index: number): number {
  return PAGE_PADDING + LABEL_WIDTH + index * (page.columnWidth + COLUMN_GAP);
}

function columnCentre(page: Page, index: number): number {
  return columnLeft(page, index) + page.columnWidth / 2;
}

function lineHeight(style: TextStyle): number {
  return Math.round(style.fontSize * 1.4);
}

interface TextOptions {
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** Lines set from a top edge: each baseline sits where a 1.4 line height centres the glyphs. */
function text(
  page: Page,
  lines: readonly string[],
  x: number,
  top: number,
  style: TextStyle,
  options: TextOptions = {},
): string {
  if (lines.length === 0) return '';
  const step = lineHeight(style);
  const firstBaseline = top + (step - style.fontSize) / 2 + style.fontSize * 0.9;
  const attributes = [
    `font-size="${style.fontSize}"`,
    style.bold ? 'font-weight="bold"' : '',
    options.fill ? `fill="${options.fill}"` : '',
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
  ].filter(Boolean);
  const spans = lines.map((line, index) =>
    lineSpans(page.fonts, line, { x, baseline: firstBaseline + index * step }, style, options.anchor),
  );
  return `<text ${attributes.join(' ')}>${spans.join('')}</text>`;
}

/**
 * One line. A line cut into font runs gets one positioned span per run (resvg shapes each
 * positioned span on its own); the runs are placed by estimated width, so they start left-aligned.
 */
function lineSpans(
  fonts: FontFamilies,
  line: string,
  { x, baseline }: { x: number; baseline: number },
  style: TextStyle,
  anchor: TextOptions['anchor'],
): string {
  const runs = fontRuns(line);
  const span = (run: FontRun, runX: number, extra = '') => {
    const family = run.cjk ? ` font-family="${fonts.cjk}"` : '';
    return `<tspan x="${px(runX)}" y="${px(baseline)}"${family}${extra}>${escapeXml(run.text)}</tspan>`;
  };
  const [only] = runs;
  if (runs.length === 1 && only) return span(only, x);
  const width = textWidth(line, style);
  let runX = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return runs
    .map((run) => {
      const drawn = span(run, runX, anchor && anchor !== 'start' ? ' text-anchor="start"' : '');
      runX += textWidth(run.text, style);
      return drawn;
    })
    .join('');
}

function header(page: Page, top: number): Band {
  const { map, width } = page;
  const fullWidth = width - 2 * PAGE_PADDING;
  const valueWidth = fullWidth - LABEL_WIDTH;
  const parts: string[] = [];
  let y = top;

  const title = wrapText(map.name, { ...TITLE, width: fullWidth, maxLines: 2 });
  parts.push(text(page, title, PAGE_PADDING, y, TITLE));
  y += title.length * lineHeight(TITLE);

  const subtitle = wrapText(subtitleOf(page), { ...SUBTITLE, width: fullWidth, maxLines: 1 });
  parts.push(text(page, subtitle, PAGE_PADDING, y, SUBTITLE, { fill: COLOR.muted }));
  y += lineHeight(SUBTITLE) + 10;

  const { t } = page;
  for (const [label, value, maxLines] of [
    [t.t('export.picture.persona'), personaLine(map.persona, t), 2],
    [t.t('export.picture.goal'), map.goal || t.t('export.picture.goalNotSet'), 3],
  ] as const) {
    const lines = wrapText(value, { ...BODY, width: valueWidth, maxLines });
    parts.push(text(page, [label], PAGE_PADDING, y, LABEL), text(page, lines, PAGE_PADDING + LABEL_WIDTH, y, BODY));
    y += lines.length * lineHeight(BODY) + 4;
  }
  return { svg: parts.join(''), height: y - top };
}

function subtitleOf({ map, view, t }: Page): string {
  const facts = [
    t.t('export.picture.journeyMap', { mapType: t.t(`common.mapTypes.${map.type}`) }),
    contributionCount(view.contributionCount, t),
  ];
  if (view.contributorIds.length > 0) facts.push(peopleCount(view.contributorIds.length, t));
  if (view.departments.length > 0) facts.push(departmentList(view.departments, t));
  return facts.join(t.t('export.picture.factSeparator'));
}

function stageHeaders(page: Page, top: number): Band {
  const nameWidth = page.columnWidth - 2 * 12;
  const names = page.view.stages.map((stageView, index) =>
    wrapText(`${index + 1}. ${stageView.stage.name}`, { ...STAGE_NAME, width: nameWidth, maxLines: 2 }),
  );
  const nameLines = Math.max(1, ...names.map((lines) => lines.length));
  const height = 10 + nameLines * lineHeight(STAGE_NAME) + lineHeight(SMALL) + 10;
  const parts = page.view.stages.map((stageView, index) => {
    const left = columnLeft(page, index);
    const count =
      stageView.contributionCount > 0
        ? contributionCount(stageView.contributionCount, page.t)
        : page.t.t('export.picture.noInput');
    return (
      `<rect x="${px(left)}" y="${px(top)}" width="${page.columnWidth}" height="${height}" rx="8" fill="${COLOR.stage}"/>` +
      text(page, names[index] ?? [], left + 12, top + 10, STAGE_NAME, { fill: COLOR.page }) +
      text(page, [count], left + 12, top + 10 + nameLines * lineHeight(STAGE_NAME), SMALL, { fill: COLOR.stageMuted })
    );
  });
  return { svg: parts.join(''), height };
}

const FACE_RADIUS = 18;
/** Room above the highest face for the "lowest" mark, and at least this much below the lowest line. */
const CURVE_HEADROOM = 44;
const CURVE_FOOTROOM = 16;
const CURVE_SPAN = 130;

interface CurvePoint {
  stageView: StageView;
  mean: number;
  x: number;
  y: number;
}

function emotionCurve(page: Page, top: number): Band {
  const { view, t } = page;
  const plotBottom = top + CURVE_HEADROOM + CURVE_SPAN;
  const yOf = (score: number) => plotBottom - ((score - 1) / 4) * CURVE_SPAN;
  const parts = [
    text(page, [t.t('export.picture.feeling')], PAGE_PADDING, top, LABEL),
    text(page, [t.t('export.picture.scale')], PAGE_PADDING, top + 22, SMALL),
    curveGrid(page, yOf),
  ];
  let bottom = plotBottom + CURVE_FOOTROOM;

  const points = view.stages.flatMap((stageView, index): CurvePoint[] => {
    const { mean } = stageView.feeling;
    return mean === null ? [] : [{ stageView, mean, x: columnCentre(page, index), y: yOf(mean) }];
  });
  if (points.length > 1) {
    const path = points.map((point, order) => `${order === 0 ? 'M' : 'L'}${px(point.x)} ${px(point.y)}`);
    parts.push(`<path d="${path.join(' ')}" fill="none" stroke="${COLOR.curve}" stroke-width="3"/>`);
  }
  const lowestMean = lowestMarkedMean(points.map((point) => point.mean));
  for (const point of points) {
    const drawn = curvePoint(page, point, point.mean === lowestMean);
    parts.push(drawn.svg);
    bottom = Math.max(bottom, drawn.bottom);
  }
  view.stages.forEach((stageView, index) => {
    if (stageView.feeling.mean === null) parts.push(unscoredFace(page, columnCentre(page, index), yOf(3)));
  });
  return { svg: parts.join(''), height: bottom - top };
}

/** The dashed lines of scores 1 to 5, numbered at the left. */
function curveGrid(page: Page, yOf: (score: number) => number): string {
  const lineStart = columnLeft(page, 0);
  const lineEnd = page.width - PAGE_PADDING;
  return [1, 2, 3, 4, 5]
    .map((score) => {
      const y = yOf(score);
      return (
        `<line x1="${px(lineStart)}" y1="${px(y)}" x2="${px(lineEnd)}" y2="${px(y)}" stroke="${COLOR.rule}" stroke-dasharray="4 4"/>` +
        text(page, [String(score)], lineStart - 10, y - lineHeight(SMALL) / 2, SMALL, {
          fill: COLOR.muted,
          anchor: 'end',
        })
      );
    })
    .join('');
}

/** A scored stage's face with its mean, any disagreement under it, and the "lowest" mark when it is. */
function curvePoint(
  page: Page,
  { stageView, mean, x, y }: CurvePoint,
  lowest: boolean,
): { svg: string; bottom: number } {
  const parts: string[] = [];
  if (lowest) {
    parts.push(
      `<circle class="lowest" cx="${px(x)}" cy="${px(y)}" r="${FACE_RADIUS + 6}" fill="none" stroke="${COLOR.lowest}" stroke-width="3"/>`,
      text(page, [page.t.t('export.picture.lowest')], x, y - FACE_RADIUS - 8 - lineHeight(SMALL), BOLD_SMALL, {
        fill: COLOR.lowest,
        anchor: 'middle',
      }),
    );
  }
  parts.push(feelingFace(x, y, FACE_RADIUS, mean));
  const labelTop = y + FACE_RADIUS + 6;
  const label = meanLabel(page.t, mean, stageView.feeling.count);
  parts.push(text(page, [label], x, labelTop, BOLD_SMALL, { anchor: 'middle' }));
  const noteTop = labelTop + lineHeight(SMALL);
  const split = disagreementNote(page, stageView);
  parts.push(text(page, split, x, noteTop, META, { fill: COLOR.disagreement, anchor: 'middle' }));
  return { svg: parts.join(''), bottom: noteTop + split.length * lineHeight(META) };
}

/** A dashed empty face where nobody scored the stage. */
function unscoredFace(page: Page, x: number, y: number): string {
  return (
    `<circle cx="${px(x)}" cy="${px(y)}" r="${FACE_RADIUS}" fill="${COLOR.page}" stroke="${COLOR.curve}" stroke-dasharray="3 3"/>` +
    text(page, ['?'], x, y - lineHeight(LABEL) / 2, LABEL, { fill: COLOR.muted, anchor: 'middle' }) +
    text(page, [page.t.t('export.noScores')], x, y + FACE_RADIUS + 4, SMALL, { fill: COLOR.muted, anchor: 'middle' })
  );
}

/** The mean to mark as lowest, when stages differ at all: a flat curve has no low point worth marking. */
function lowestMarkedMean(means: number[]): number | null {
  if (means.length === 0) return null;
  const lowest = Math.min(...means);
  return lowest < Math.max(...means) ? lowest : null;
}

function disagreementNote(page: Page, stageView: StageView): string[] {
  const disagreement = page.view.disagreements.find((candidate) => candidate.stageId === stageView.stage.id);
  if (!disagreement) return [];
  const { low, high } = disagreement;
  const { t } = page;
  const note = t.t('export.picture.disagreement', {
    lowDepartment: t.t(`common.departments.${low.department}`),
    lowMean: formatMean(low.mean, t),
    highDepartment: t.t(`common.departments.${high.department}`),
    highMean: formatMean(high.mean, t),
  });
  return wrapText(note, { ...META, width: page.columnWidth - 8, maxLines: 2 });
}

interface Card {
  lines: string[];
  meta: string[];
  height: number;
}

interface Cell {
  cards: Card[];
  hidden: number;
}

function itemRow(page: Page, row: (typeof ITEM_ROWS)[number], top: number): Band {
  const cells = page.view.stages.map((stageView) => itemCell(page, stageView.items[row.kind]));
  const cellHeights = cells.map(
    ({ cards, hidden }) =>
      cards.reduce((sum, card) => sum + card.height + CARD_GAP, 0) + (hidden > 0 || cards.length === 0 ? 20 : 0),
  );
  const height = Math.max(48, ...cellHeights);
  const ruleY = top - SECTION_GAP / 2;
  const parts = [
    `<line x1="${PAGE_PADDING}" y1="${px(ruleY)}" x2="${page.width - PAGE_PADDING}" y2="${px(ruleY)}" stroke="${COLOR.rule}"/>`,
    text(page, [kindTitle(page.t, row.kind)], PAGE_PADDING, top, LABEL, { fill: row.accent }),
    ...cells.map((cell, index) => drawCell(page, row, cell, columnLeft(page, index), top)),
  ];
  return { svg: parts.join(''), height };
}

/** The first items of a stage's row as wrapped cards, and how many more there are. */
function itemCell(page: Page, items: readonly MergedItem[]): Cell {
  const wrapWidth = page.columnWidth - 2 * CARD_PADDING - ACCENT_WIDTH;
  const cards = items.slice(0, page.itemsPerCell).map((item): Card => {
    const lines = wrapText(item.text, { ...ITEM, width: wrapWidth, maxLines: page.linesPerItem });
    const meta = wrapText(itemMeta(item, page.t), { ...META, width: wrapWidth, maxLines: 1 });
    const height = 2 * CARD_PADDING + lines.length * lineHeight(ITEM) + lineHeight(META);
    return { lines, meta, height };
  });
  return { cards, hidden: items.length - cards.length };
}

function drawCell(page: Page, row: (typeof ITEM_ROWS)[number], { cards, hidden }: Cell, left: number, top: number) {
  const parts: string[] = [];
  const textLeft = left + ACCENT_WIDTH + CARD_PADDING;
  let y = top;
  for (const card of cards) {
    parts.push(
      `<rect x="${px(left)}" y="${px(y)}" width="${page.columnWidth}" height="${card.height}" rx="6" fill="${row.fill}"/>`,
      `<rect x="${px(left)}" y="${px(y)}" width="${ACCENT_WIDTH}" height="${card.height}" rx="2" fill="${row.accent}"/>`,
      text(page, card.lines, textLeft, y + CARD_PADDING, ITEM),
      text(page, card.meta, textLeft, y + CARD_PADDING + card.lines.length * lineHeight(ITEM), META, {
        fill: COLOR.muted,
      }),
    );
    y += card.height + CARD_GAP;
  }
  const { t } = page;
  const note =
    cards.length === 0
      ? t.t('export.picture.noneYet')
      : hidden > 0
        ? t.t('export.picture.more', { count: hidden })
        : '';
  if (note) parts.push(text(page, [note], left + 4, y, SMALL, { fill: COLOR.muted }));
  return parts.join('');
}

function itemMeta(item: MergedItem, t: Translator): string {
  if (item.departments.length === 0) return t.t('export.picture.itemCount', { count: item.count });
  return t.t('export.picture.itemMeta', { count: item.count, departments: departmentList(item.departments, t) });
}

/** "4.0 (2 scores)" under a stage's face. */
function meanLabel(t: Translator, mean: number, count: number): string {
  return t.t('export.picture.meanScores', {
    mean: formatMean(mean, t),
    scores: t.t('export.counts.scores', { count }),
  });
}
