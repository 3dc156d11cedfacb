import {
  DEPARTMENT_LABELS,
  type JourneyMap,
  type JourneyView,
  type Kind,
  MAP_TYPE_LABELS,
  type MergedItem,
  type StageView,
} from '../journey/model.ts';
import { departmentNames, formatMean, KIND_TITLES, plural } from './format.ts';
import { feelingFace, px } from './svg-face.ts';
import { type FontRun, fontRuns, type TextStyle, textWidth, wrapText } from './text-layout.ts';
import { escapeXml } from './xml.ts';

export interface SvgOptions {
  /** Items shown per stage in each row; the rest are only counted. */
  itemsPerCell?: number;
  /** Lines of an item's text before it ends with an ellipsis. */
  linesPerItem?: number;
}

/** Latin and Greek first: with the Chinese font first, Greek accents render detached from their letters. */
const FONT_FAMILY = "'Noto Sans', 'Noto Sans SC', sans-serif";
const CJK_FONT_FAMILY = "'Noto Sans SC', 'Noto Sans', sans-serif";
const PAGE_PADDING = 32;
const LABEL_WIDTH = 128;
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
const ITEM: TextStyle = { fontSize: 13 };
const META: TextStyle = { fontSize: 11 };

interface Page {
  map: JourneyMap;
  view: JourneyView;
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
    ` font-family="${FONT_FAMILY}" fill="${COLOR.text}">` +
    `<rect width="${page.width}" height="${height}" fill="${COLOR.page}"/>${drawn.join('')}</svg>`
  );
}

function pageOf(map: JourneyMap, view: JourneyView, options: SvgOptions): Page {
  const stageCount = Math.max(1, view.stages.length);
  const fixed = 2 * PAGE_PADDING + LABEL_WIDTH + (stageCount - 1) * COLUMN_GAP;
  const columnWidth = Math.max(MIN_COLUMN_WIDTH, Math.floor((MIN_PAGE_WIDTH - fixed) / stageCount));
  return {
    map,
    view,
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
function text(lines: readonly string[], x: number, top: number, style: TextStyle, options: TextOptions = {}): string {
  if (lines.length === 0) return '';
  const step = lineHeight(style);
  const firstBaseline = top + (step - style.fontSize) / 2 + style.fontSize * 0.9;
  const attributes = [
    `font-size="${style.fontSize}"`,
    style.bold ? 'font-weight="bold"' : '',
    options.fill ? `fill="${options.fill}"` : '',
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
  ].filter(Boolean);
  const spans = lines.map((line, index) => lineSpans(line, x, firstBaseline + index * step, style, options.anchor));
  return `<text ${attributes.join(' ')}>${spans.join('')}</text>`;
}

/**
 * One line. A line cut into font runs gets one positioned span per run (resvg shapes each
 * positioned span on its own); the runs are placed by estimated width, so they start left-aligned.
 */
function lineSpans(line: string, x: number, baseline: number, style: TextStyle, anchor: TextOptions['anchor']): string {
  const runs = fontRuns(line);
  const span = (run: FontRun, runX: number, extra = '') => {
    const family = run.cjk ? ` font-family="${CJK_FONT_FAMILY}"` : '';
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
  const { map, view, width } = page;
  const fullWidth = width - 2 * PAGE_PADDING;
  const valueWidth = fullWidth - LABEL_WIDTH;
  const parts: string[] = [];
  let y = top;

  const title = wrapText(map.name, { ...TITLE, width: fullWidth, maxLines: 2 });
  parts.push(text(title, PAGE_PADDING, y, TITLE));
  y += title.length * lineHeight(TITLE);

  const subtitle = wrapText(subtitleOf(map, view), { ...SUBTITLE, width: fullWidth, maxLines: 1 });
  parts.push(text(subtitle, PAGE_PADDING, y, SUBTITLE, { fill: COLOR.muted }));
  y += lineHeight(SUBTITLE) + 10;

  const persona = map.persona.description ? `${map.persona.name}: ${map.persona.description}` : map.persona.name;
  for (const [label, value, maxLines] of [
    ['Persona', persona, 2],
    ['Goal', map.goal || 'not set yet', 3],
  ] as const) {
    const lines = wrapText(value, { ...BODY, width: valueWidth, maxLines });
    parts.push(text([label], PAGE_PADDING, y, LABEL), text(lines, PAGE_PADDING + LABEL_WIDTH, y, BODY));
    y += lines.length * lineHeight(BODY) + 4;
  }
  return { svg: parts.join(''), height: y - top };
}

function subtitleOf(map: JourneyMap, view: JourneyView): string {
  const facts = [`${MAP_TYPE_LABELS[map.type]} journey map`, plural(view.contributionCount, 'contribution')];
  if (view.contributorIds.length > 0) facts.push(plural(view.contributorIds.length, 'person', 'people'));
  if (view.departments.length > 0) facts.push(departmentNames(view.departments).join(', '));
  return facts.join(' · ');
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
      stageView.contributionCount > 0 ? plural(stageView.contributionCount, 'contribution') : 'no input yet';
    return (
      `<rect x="${px(left)}" y="${px(top)}" width="${page.columnWidth}" height="${height}" rx="8" fill="${COLOR.stage}"/>` +
      text(names[index] ?? [], left + 12, top + 10, STAGE_NAME, { fill: COLOR.page }) +
      text([count], left + 12, top + 10 + nameLines * lineHeight(STAGE_NAME), SMALL, { fill: COLOR.stageMuted })
    );
  });
  return { svg: parts.join(''), height };
}

const FACE_RADIUS = 18;
/** Room above the highest face for the "lowest" mark, and at least this much below the lowest line. */
const CURVE_HEADROOM = 44;
const CURVE_FOOTROOM = 16;
const CURVE_SPAN = 130;

function emotionCurve(page: Page, top: number): Band {
  const { view } = page;
  const plotBottom = top + CURVE_HEADROOM + CURVE_SPAN;
  const yOf = (score: number) => plotBottom - ((score - 1) / 4) * CURVE_SPAN;
  const lineStart = columnLeft(page, 0);
  const lineEnd = page.width - PAGE_PADDING;
  const parts = [text(['Feeling'], PAGE_PADDING, top, LABEL), text(['1 to 5'], PAGE_PADDING, top + 22, SMALL)];
  let bottom = plotBottom + CURVE_FOOTROOM;

  for (const score of [1, 2, 3, 4, 5]) {
    const y = yOf(score);
    parts.push(
      `<line x1="${px(lineStart)}" y1="${px(y)}" x2="${px(lineEnd)}" y2="${px(y)}" stroke="${COLOR.rule}" stroke-dasharray="4 4"/>`,
      text([String(score)], lineStart - 10, y - lineHeight(SMALL) / 2, SMALL, { fill: COLOR.muted, anchor: 'end' }),
    );
  }

  const points = view.stages.flatMap((stageView, index) => {
    const { mean } = stageView.feeling;
    return mean === null ? [] : [{ stageView, mean, x: columnCentre(page, index), y: yOf(mean) }];
  });
  if (points.length > 1) {
    const path = points.map((point, order) => `${order === 0 ? 'M' : 'L'}${px(point.x)} ${px(point.y)}`);
    parts.push(`<path d="${path.join(' ')}" fill="none" stroke="${COLOR.curve}" stroke-width="3"/>`);
  }

  const lowestMean = lowestMarkedMean(points.map((point) => point.mean));
  for (const { stageView, mean, x, y } of points) {
    if (mean === lowestMean) {
      parts.push(
        `<circle class="lowest" cx="${px(x)}" cy="${px(y)}" r="${FACE_RADIUS + 6}" fill="none" stroke="${COLOR.lowest}" stroke-width="3"/>`,
        text(
          ['lowest'],
          x,
          y - FACE_RADIUS - 8 - lineHeight(SMALL),
          { ...SMALL, bold: true },
          {
            fill: COLOR.lowest,
            anchor: 'middle',
          },
        ),
      );
    }
    parts.push(feelingFace(x, y, FACE_RADIUS, mean));
    let labelTop = y + FACE_RADIUS + 6;
    parts.push(
      text(
        [`${formatMean(mean)} (${plural(stageView.feeling.count, 'score')})`],
        x,
        labelTop,
        { ...SMALL, bold: true },
        { anchor: 'middle' },
      ),
    );
    labelTop += lineHeight(SMALL);
    const split = disagreementNote(page, stageView);
    parts.push(text(split, x, labelTop, META, { fill: COLOR.disagreement, anchor: 'middle' }));
    bottom = Math.max(bottom, labelTop + split.length * lineHeight(META));
  }

  view.stages.forEach((stageView, index) => {
    if (stageView.feeling.mean !== null) return;
    const x = columnCentre(page, index);
    parts.push(
      `<circle cx="${px(x)}" cy="${px(yOf(3))}" r="${FACE_RADIUS}" fill="${COLOR.page}" stroke="${COLOR.curve}" stroke-dasharray="3 3"/>`,
      text(['?'], x, yOf(3) - lineHeight(LABEL) / 2, LABEL, { fill: COLOR.muted, anchor: 'middle' }),
      text(['no scores yet'], x, yOf(3) + FACE_RADIUS + 4, SMALL, { fill: COLOR.muted, anchor: 'middle' }),
    );
  });
  return { svg: parts.join(''), height: bottom - top };
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
  const note = `${DEPARTMENT_LABELS[low.department]} ${formatMean(low.mean)} vs ${DEPARTMENT_LABELS[high.department]} ${formatMean(high.mean)}`;
  return wrapText(note, { ...META, width: page.columnWidth - 8, maxLines: 2 });
}

interface Card {
  lines: string[];
  meta: string[];
  height: number;
}

function itemRow(page: Page, row: (typeof ITEM_ROWS)[number], top: number): Band {
  const wrapWidth = page.columnWidth - 2 * CARD_PADDING - ACCENT_WIDTH;
  const cells = page.view.stages.map((stageView) => {
    const items = stageView.items[row.kind];
    const cards = items.slice(0, page.itemsPerCell).map((item): Card => {
      const lines = wrapText(item.text, { ...ITEM, width: wrapWidth, maxLines: page.linesPerItem });
      const meta = wrapText(itemMeta(item), { ...META, width: wrapWidth, maxLines: 1 });
      const height = 2 * CARD_PADDING + lines.length * lineHeight(ITEM) + lineHeight(META);
      return { lines, meta, height };
    });
    return { cards, hidden: items.length - cards.length };
  });
  const cellHeights = cells.map(
    ({ cards, hidden }) =>
      cards.reduce((sum, card) => sum + card.height + CARD_GAP, 0) + (hidden > 0 || cards.length === 0 ? 20 : 0),
  );
  const height = Math.max(48, ...cellHeights);
  const ruleY = top - SECTION_GAP / 2;
  const parts = [
    `<line x1="${PAGE_PADDING}" y1="${px(ruleY)}" x2="${page.width - PAGE_PADDING}" y2="${px(ruleY)}" stroke="${COLOR.rule}"/>`,
    text([KIND_TITLES[row.kind]], PAGE_PADDING, top, LABEL, { fill: row.accent }),
  ];
  cells.forEach(({ cards, hidden }, index) => {
    const left = columnLeft(page, index);
    let y = top;
    for (const card of cards) {
      parts.push(
        `<rect x="${px(left)}" y="${px(y)}" width="${page.columnWidth}" height="${card.height}" rx="6" fill="${row.fill}"/>`,
        `<rect x="${px(left)}" y="${px(y)}" width="${ACCENT_WIDTH}" height="${card.height}" rx="2" fill="${row.accent}"/>`,
        text(card.lines, left + ACCENT_WIDTH + CARD_PADDING, y + CARD_PADDING, ITEM),
        text(
          card.meta,
          left + ACCENT_WIDTH + CARD_PADDING,
          y + CARD_PADDING + card.lines.length * lineHeight(ITEM),
          META,
          {
            fill: COLOR.muted,
          },
        ),
      );
      y += card.height + CARD_GAP;
    }
    if (cards.length === 0) parts.push(text(['none yet'], left + 4, y, SMALL, { fill: COLOR.muted }));
    else if (hidden > 0) parts.push(text([`+ ${hidden} more`], left + 4, y, SMALL, { fill: COLOR.muted }));
  });
  return { svg: parts.join(''), height };
}

function itemMeta(item: MergedItem): string {
  const departments = departmentNames(item.departments).join(', ');
  return departments ? `${item.count}× · ${departments}` : `${item.count}×`;
}
