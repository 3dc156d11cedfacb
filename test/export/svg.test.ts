import { describe, expect, it } from 'vitest';
import { toSvg } from '../../src/export/svg.ts';
import { fold } from '../../src/journey/fold.ts';
import type { Contribution, JourneyMap } from '../../src/journey/model.ts';
import { sampleJourney, sampleJourneys } from '../fixtures/journeys.ts';
import { exportJourney, exportMap, shownTexts } from './fixtures.ts';

const DRAWN_ELEMENTS = new Set(['svg', 'rect', 'text', 'tspan', 'circle', 'path', 'line', 'g']);

function svgWidth(svg: string): number {
  return Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
}

function count(svg: string, fragment: string): number {
  return svg.split(fragment).length - 1;
}

/** A map of `stageCount` stages where stage i was scored `scores[i]` (null: not scored). */
function scoredJourney(scores: Array<number | null>, extra: Contribution[] = []) {
  const map: JourneyMap = exportMap({
    stages: scores.map((_score, index) => ({ id: `s${index + 1}`, name: `Stage ${index + 1}` })),
  });
  const feelings = scores.flatMap((score, index): Contribution[] =>
    score === null
      ? []
      : [
          {
            id: `f${index}`,
            mapId: map.id,
            authorId: 'U1',
            department: 'sales',
            source: 'interview',
            stageId: `s${index + 1}`,
            kind: 'feeling',
            text: '',
            score,
            createdAt: '2026-01-02T10:00:00.000Z',
          },
        ],
  );
  return { map, view: fold(map, [...feelings, ...extra]) };
}

describe('toSvg', () => {
  it('keeps markup, ampersands and control characters in user text as plain text', () => {
    const { map, view } = exportJourney({ name: 'Q&A <script>alert("x")</script>\u0007' });
    const svg = toSvg(map, view);
    const tags = [...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map(([, tag]) => tag);
    expect(tags.every((tag) => DRAWN_ELEMENTS.has(tag ?? ''))).toBe(true);
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(svg).not.toContain('\u0007');
    expect(shownTexts(svg)).toContain('Q&A <script>alert("x")</script>');
    expect(shownTexts(svg).join(' ')).toContain('<script>alert(1)</script> & <b>more</b>');
  });

  it('shows the header: name, persona and goal', () => {
    const { map, view } = exportJourney();
    const texts = shownTexts(toSvg(map, view));
    expect(texts).toEqual(
      expect.arrayContaining(['Checkout & returns', 'Persona', 'Ana, first-time buyer: Shops on her phone']),
    );
    expect(texts).toEqual(expect.arrayContaining(['Goal', 'Find where buyers give up']));
    expect(texts).toContain('Current state journey map · 13 contributions · 3 people · Marketing, Sales, Support');
  });

  it('gives every stage a column, wider pictures for more stages and a minimum width for few', () => {
    const five = toSvg(
      sampleJourney('banking').map,
      fold(sampleJourney('banking').map, sampleJourney('banking').contributions),
    );
    const ten = sampleJourneys.find((journey) => journey.map.stages.length === 10);
    if (!ten) throw new Error('a 10-stage sample is expected');
    const tenSvg = toSvg(ten.map, fold(ten.map, ten.contributions));
    expect(svgWidth(tenSvg)).toBeGreaterThan(svgWidth(five));
    const { map, view } = scoredJourney([3, 4]);
    expect(svgWidth(toSvg(map, view))).toBeGreaterThanOrEqual(1000);
    for (const [index, stage] of ten.map.stages.entries()) {
      expect(shownTexts(tenSvg).some((text) => text.startsWith(`${index + 1}. ${stage.name.slice(0, 3)}`))).toBe(true);
    }
  });

  it.each([
    ['one low stage', [4, 2, 5], 1],
    ['two stages tied lowest', [2, 4, 2], 2],
    ['a flat curve', [3, 3, 3], 0],
    ['a single scored stage', [null, 2, null], 0],
  ] as const)('draws a face per scored stage and marks the lowest: %s', (_name, scores, lowestMarks) => {
    const { map, view } = scoredJourney([...scores]);
    const svg = toSvg(map, view);
    expect(count(svg, 'class="face"')).toBe(scores.filter((score) => score !== null).length);
    expect(count(svg, 'class="lowest"')).toBe(lowestMarks);
    expect(count(shownTexts(svg).join('\n'), 'no scores yet')).toBe(scores.filter((score) => score === null).length);
  });

  it('bends the mouth down for a bad stage and up for a good one', () => {
    const { map, view } = scoredJourney([1, 5]);
    const mouths = [...toSvg(map, view).matchAll(/<path d="M[\d.]+ ([\d.]+) Q[\d.]+ ([\d.]+) /g)].map(
      ([, corner, middle]) => Number(middle) - Number(corner),
    );
    expect(mouths).toHaveLength(2);
    expect(mouths[0]).toBeLessThan(0);
    expect(mouths[1]).toBeGreaterThan(0);
  });

  it('shows the most raised items with counts, and counts the rest', () => {
    const obstacles = Array.from(
      { length: 6 },
      (_, index): Contribution => ({
        id: `o${index}`,
        mapId: 'm1',
        authorId: `U${index}`,
        department: 'support',
        source: 'thread',
        stageId: 's1',
        kind: 'obstacle',
        text: index === 0 ? 'Queue at the tills' : `Obstacle ${index}`,
        createdAt: '2026-01-02T10:00:00.000Z',
      }),
    );
    obstacles.push({ ...obstacles[0]!, id: 'o9', authorId: 'U9', text: 'queue at the tills' });
    const { map, view } = scoredJourney([3, 4], obstacles);
    const texts = shownTexts(toSvg(map, view, { itemsPerCell: 3 }));
    expect(texts.indexOf('Queue at the tills')).toBeGreaterThan(-1);
    expect(texts[texts.indexOf('Queue at the tills') + 1]).toBe('2× · Support');
    expect(texts).toContain('+ 3 more');
  });

  it('cuts long text after the allowed lines with an ellipsis', () => {
    const long: Contribution = {
      id: 'l1',
      mapId: 'm1',
      authorId: 'U1',
      source: 'thread',
      stageId: 's1',
      kind: 'touchpoint',
      text: 'Η ιστοσελίδα της εταιρείας με τις τιμές '.repeat(20),
      createdAt: '2026-01-02T10:00:00.000Z',
    };
    const { map, view } = scoredJourney([3, 4], [long]);
    const texts = shownTexts(toSvg(map, view, { linesPerItem: 2 }));
    const start = texts.findIndex((text) => text.startsWith('Η ιστοσελίδα'));
    expect(texts[start + 1]?.endsWith('…')).toBe(true);
    expect(texts[start + 2]).toBe('1×');
  });

  it('sets lines with Chinese in the Chinese font', () => {
    const zh = sampleJourney('zh-shop');
    const svg = toSvg(zh.map, fold(zh.map, zh.contributions));
    expect(svg).toContain(`font-family="'Noto Sans SC', 'Noto Sans', sans-serif">1. `);
    expect(svg).toMatch(/<svg [^>]*font-family="'Noto Sans', 'Noto Sans SC', sans-serif"/);
  });
});
