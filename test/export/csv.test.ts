import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv.ts';
import { fold } from '../../src/journey/fold.ts';
import { sampleJourneys } from '../fixtures/journeys.ts';
import { itReturns } from '../support/tables.ts';
import { exportJourney, HOSTILE_TEXTS } from './fixtures.ts';

/** RFC 4180 as a spreadsheet reads it: quoted cells, doubled quotes, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else throw new Error(`unquoted character ${JSON.stringify(character)} at ${i}`);
  }
  if (cell || row.length > 0) throw new Error('last row not ended by CRLF');
  return rows;
}

function csvRows(csv: string): string[][] {
  return parseCsv(csv.slice(1));
}

describe('csvCell', () => {
  itReturns(csvCell, '%j becomes %j', [
    ['plain', '"plain"'],
    ['', '""'],
    ['say "hi"', '"say ""hi"""'],
    ['a, b', '"a, b"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+33 1 23', `"'+33 1 23"`],
    ['-1', `"'-1"`],
    ['@cmd', `"'@cmd"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a=b', '"a=b"'],
    [' =1', `"' =1"`],
    ['   +SUM(A1)', `"'   +SUM(A1)"`],
    ['\u3000-2', `"'\u3000-2"`],
    [' \t@x', `"' \t@x"`],
    ['  plain', '"  plain"'],
  ]);
});

describe('toCsv', () => {
  const { map, view } = exportJourney();
  const csv = toCsv(map, view);

  it('starts with a UTF-8 byte order mark and ends every row with CRLF', () => {
    expect(csv.startsWith('\uFEFF"Stage"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvRows(csv).every((row) => row.length === 7)).toBe(true);
  });

  it('writes one row per merged item with its stage, count, departments, contributors and stage mean', () => {
    const rows = csvRows(csv);
    expect(rows[0]).toEqual(['Stage', 'Kind', 'Text', 'Count', 'Departments', 'Contributors', 'Mean feeling']);
    expect(rows).toContainEqual(['Awareness', 'touchpoint', 'Instagram ads', '2', 'Marketing, Sales', 'U1, U2', '4.0']);
    expect(rows).toContainEqual(['Awareness', 'feeling', 'Curious', '1', 'Marketing', 'U1', '4.0']);
    const itemCount = view.stages.flatMap((stage) => Object.values(stage.items).flat()).length;
    const scoredStages = view.stages.filter((stage) => stage.feeling.count > 0).length;
    expect(rows).toHaveLength(1 + itemCount + scoredStages);
  });

  it('adds a feeling score row per scored stage with each department’s mean', () => {
    expect(csvRows(csv)).toContainEqual([
      'Checkout',
      'feeling score',
      'Sales 1.0; Support 5.0',
      '2',
      'Sales, Support',
      '',
      '3.0',
    ]);
    expect(csvRows(csv).some((row) => row[0] === 'Returns')).toBe(false);
  });

  it('keeps hostile text intact but neutralises a formula', () => {
    const texts = csvRows(csv).map((row) => row[2]);
    expect(texts).toContain(`'${HOSTILE_TEXTS.formula}`);
    expect(texts).toContain(HOSTILE_TEXTS.mermaid);
    expect(texts).toContain(HOSTILE_TEXTS.multiline);
    expect(texts).not.toContain(HOSTILE_TEXTS.formula);
  });

  it.each(sampleJourneys.map((journey) => [journey.slug, journey] as const))(
    'reads back cell for cell for the %s sample',
    (_slug, { map: sampleMap, contributions }) => {
      const sampleView = fold(sampleMap, contributions);
      const rows = csvRows(toCsv(sampleMap, sampleView));
      const items = sampleView.stages.flatMap((stage) => Object.values(stage.items).flat());
      expect(rows.filter((row) => row[1] !== 'feeling score')).toHaveLength(1 + items.length);
      expect(rows.every((row) => row.length === 7 && row.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
    },
  );
});
