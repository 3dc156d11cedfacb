import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toSvg } from '../../src/export/svg.ts';
import { fold } from '../../src/journey/fold.ts';
import { renderPng } from '../../src/render/png.ts';
import { exportJourney } from '../export/fixtures.ts';
import { sampleJourneys } from '../fixtures/journeys.ts';
import { inkPixels, readPng } from './png-reader.ts';

/** The PNG is drawn at twice the SVG's size. */
const SCALE = 2;
const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));

function textSvg(text: string, attributes = ''): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">' +
    `<rect width="240" height="60" fill="#fff"/><text x="10" y="40" font-size="28" ${attributes}>${text}</text></svg>`
  );
}

function svgSize(svg: string): { width: number; height: number } {
  const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  return { width: Number(width), height: Number(height) };
}

describe('renderPng', () => {
  it('writes a PNG that decodes to the SVG size at twice the scale', async () => {
    const png = await renderPng(textSvg('Journey'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const decoded = readPng(png);
    expect(decoded).toMatchObject({ width: 240 * SCALE, height: 60 * SCALE });
    expect(decoded.chunkTypes).toContain('IDAT');
    expect(decoded.inflatedLength).toBe(decoded.height * (1 + decoded.width * 4));
  });

  it.each([
    ['Latin', 'Journey map', ''],
    ['Greek', 'Σύγκριση τιμών', ''],
    ['Chinese', '客户旅程', ''],
    ['a family it was not given', 'Journey map', 'font-family="Comic Sans MS"'],
  ])('draws %s text with the fonts it ships', async (_script, text, attributes) => {
    expect(inkPixels(readPng(await renderPng(textSvg(text, attributes))))).toBeGreaterThan(500);
  });

  it('has no ink without text: the ink above is the fonts', async () => {
    expect(inkPixels(readPng(await renderPng(textSvg(''))))).toBe(0);
  });

  it.each([
    ['Latin', 'Journey', 'font-family="\'Noto Sans\'"'],
    ['Chinese', '客户旅程', 'font-family="\'Noto Sans SC\'"'],
  ])('draws bold %s heavier than regular', async (_script, text, family) => {
    const regular = inkPixels(readPng(await renderPng(textSvg(text, family))));
    const bold = inkPixels(readPng(await renderPng(textSvg(text, `${family} font-weight="bold"`))));
    expect(bold).toBeGreaterThan(regular * 1.2);
  });

  it.each([
    ...sampleJourneys.map(({ slug, map, contributions }) => [slug, map, fold(map, contributions)] as const),
    ['hostile-texts', exportJourney().map, exportJourney().view] as const,
  ])('renders the %s journey to test/output for a person to look at', async (slug, map, view) => {
    const svg = toSvg(map, view);
    const started = performance.now();
    const png = await renderPng(svg);
    const milliseconds = performance.now() - started;
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(`${OUTPUT}${slug}.png`, png);
    const decoded = readPng(png);
    const { width, height } = svgSize(svg);
    expect(decoded).toMatchObject({ width: width * SCALE, height: height * SCALE });
    expect(inkPixels(decoded)).toBeGreaterThan(10_000);
    expect(milliseconds).toBeLessThan(5_000);
  });
});
