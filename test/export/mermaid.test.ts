import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMermaid, toMermaid } from '../../src/export/mermaid.ts';
import { departmentNames } from '../../src/journey/department-names.ts';
import { fold } from '../../src/journey/fold.ts';
import type { Contribution } from '../../src/journey/model.ts';
import { sampleJourneys } from '../fixtures/journeys.ts';
import { itReturns } from '../support/tables.ts';
import { exportJourney, exportMap, HOSTILE_TEXTS } from './fixtures.ts';
import { parseJourney } from './mermaid-parser.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('escapeMermaid', () => {
  itReturns(escapeMermaid, '%j becomes %j', [
    ['Pricing page', 'Pricing page'],
    ['Price: high', 'Price#58; high'],
    ['a, b', 'a#44; b'],
    ['#1 choice', '#35;1 choice'],
    ['wait; then', 'wait#59; then'],
    ['50% off', '50#37; off'],
    ['%%{init: {}}%%', '#37;#37;#123;init#58; #123;#125;#125;#37;#37;'],
    ['<b>', '#60;b#62;'],
    ['two\nlines', 'two lines'],
    ['title page', '#116;itle page'],
    ['Section lead', '#83;ection lead'],
    ['journey start', '#106;ourney start'],
    ['accDescr { x }', 'accDescr #123; x #125;'],
    ['Account page', 'Account page'],
    ['a subtitle', 'a subtitle'],
    ['Σύγκριση: 比较', 'Σύγκριση#58; 比较'],
  ]);
});

describe('toMermaid', () => {
  it('writes a journey with a title, a section per stage and scored tasks with departments as actors', async () => {
    const { map, view } = exportJourney();
    const diagram = toMermaid(map, view);
    expect(diagram.split('\n').slice(0, 4)).toEqual([
      'journey',
      '  title Checkout & returns',
      '  section Awareness',
      '    Instagram ads: 4: Marketing, Sales',
    ]);
    const parsed = await parseJourney(diagram);
    expect(parsed.title).toBe('Checkout & returns');
    expect(parsed.sections).toEqual(['Awareness', 'Checkout', 'Returns']);
    expect(parsed.tasks).toContainEqual({
      section: 'Checkout',
      task: `Obstacle - ${HOSTILE_TEXTS.mermaid}`,
      score: 3,
      people: ['Support'],
    });
    expect(parsed.tasks).toContainEqual({
      section: 'Checkout',
      task: oneLine(HOSTILE_TEXTS.multiline),
      score: 3,
      people: ['Sales'],
    });
    expect(parsed.tasks).toContainEqual({ section: 'Returns', task: 'No input yet', score: 3, people: [] });
  });

  it.each(sampleJourneys.map((journey) => [journey.slug, journey] as const))(
    'parses with the Mermaid parser for the %s sample',
    async (_slug, { map, contributions }) => {
      const view = fold(map, contributions);
      const parsed = await parseJourney(toMermaid(map, view));
      expect(parsed.title).toBe(oneLine(map.name));
      expect(parsed.sections).toEqual(map.stages.map((stage) => oneLine(stage.name)));
      for (const stageView of view.stages) {
        const tasks = parsed.tasks.filter((task) => task.section === oneLine(stageView.stage.name));
        const mean = stageView.feeling.mean;
        const score = mean === null ? 3 : Math.round(mean);
        expect(tasks.length).toBeGreaterThan(0);
        expect(tasks.every((task) => task.score === score && task.score >= 1 && task.score <= 5)).toBe(true);
        const firstTouchpoint = stageView.items.touchpoint[0];
        if (firstTouchpoint) {
          expect(tasks).toContainEqual({
            section: oneLine(stageView.stage.name),
            task: oneLine(firstTouchpoint.text),
            score,
            people: departmentNames(firstTouchpoint.departments),
          });
        }
      }
    },
  );

  it('reads back any text exactly as written, on one line', async () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary-ascii' }),
      fc.constantFrom(
        'title ',
        'section ',
        'journey',
        'accTitle: ',
        'accDescr {',
        '%%',
        '---',
        ': 5: Sales',
        '#59;',
        '\n',
      ),
    );
    const text = fc
      .array(fragment, { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''))
      // Mermaid's own placeholder markers are the one thing it cannot carry through.
      .filter((candidate) => oneLine(candidate) !== '' && !/[ﬂ¶]/.test(candidate));
    await fc.assert(
      fc.asyncProperty(text, text, text, async (mapName, stageName, itemText) => {
        const map = exportMap({
          name: mapName,
          stages: [
            { id: 's1', name: stageName },
            { id: 's2', name: 'Next' },
          ],
        });
        const touchpoint: Contribution = {
          id: 'c1',
          mapId: map.id,
          authorId: 'U1',
          department: 'support',
          source: 'thread',
          stageId: 's1',
          kind: 'touchpoint',
          text: itemText,
          createdAt: '2026-01-02T10:00:00.000Z',
        };
        const view = fold(map, [touchpoint]);
        const parsed = await parseJourney(toMermaid(map, view));
        expect(parsed.title).toBe(oneLine(mapName));
        expect(parsed.sections).toEqual([oneLine(stageName), 'Next']);
        const expectedTask = view.stages[0]?.items.touchpoint.length ? oneLine(itemText) : 'No input yet';
        expect(parsed.tasks[0]?.task).toBe(expectedTask);
      }),
      { numRuns: 300 },
    );
  });
});
