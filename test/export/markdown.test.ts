import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../src/export/markdown.ts';
import { fold } from '../../src/journey/fold.ts';
import { sampleJourneys } from '../fixtures/journeys.ts';
import { itReturns } from '../support/tables.ts';
import { exportJourney } from './fixtures.ts';

describe('escapeMarkdown', () => {
  itReturns(escapeMarkdown, '%j becomes %j', [
    ['plain words', 'plain words'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['`code`', '\\`code\\`'],
    ['# heading', '\\# heading'],
    ['a | b ~~c~~', 'a \\| b \\~\\~c\\~\\~'],
    ['Tom &amp; Jerry', 'Tom \\&amp; Jerry'],
    ['back\\slash', 'back\\\\slash'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['- dash', '\\- dash'],
    ['+ plus', '\\+ plus'],
    ['costs 1.5 - 2', 'costs 1.5 - 2'],
    ['two\nlines\r\n  here ', 'two lines here'],
    ['Σύγκριση τιμών 比较价格', 'Σύγκριση τιμών 比较价格'],
  ]);
});

describe('toMarkdown', () => {
  const { map, view } = exportJourney();
  const markdown = toMarkdown(map, view);

  it('opens with the title, goal, persona, type and how much input there is', () => {
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '# Checkout \\& returns',
      '',
      '- **Goal:** Find where buyers give up',
      '- **Persona:** Ana, first-time buyer: Shops on her phone',
      '- **Map type:** Current state',
      '- **Input so far:** 13 contributions from 3 people in Marketing, Sales, Support',
      '',
    ]);
  });

  it('gives each stage a section with its feeling and items with counts and departments', () => {
    expect(markdown).toContain('## 1. Awareness\n\n**Feeling:** 🙂 4.0 of 5 (2 scores; Marketing 4.0, Sales 4.0)');
    expect(markdown).toContain('**Touchpoints**\n\n- Instagram ads (2×, Marketing, Sales)');
    expect(markdown).toContain('**Obstacles**\n\n- Prices unclear (1×, Sales)');
    expect(markdown).toContain('**Ideas**\n\n- Show prices in the ads (1×, Marketing)');
  });

  it('calls out disagreements and gaps', () => {
    expect(markdown).toContain('**Departments disagree:** Sales feels 1.0, Support feels 5.0.');
    expect(markdown).toContain(
      '## 3. Returns\n\n**Feeling:** no scores yet\n\n_Nobody has said anything about this stage yet._',
    );
    expect(markdown).toContain('- Departments not heard from: Product, Finance, Operations, HR');
    expect(markdown).toContain('- Stakeholders who have not answered: `U9`');
  });

  it('keeps user text from adding headings, lists or markup', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Checkout \\& returns',
      '## 1. Awareness',
      '## 2. Checkout',
      '## 3. Returns',
      '## Still missing',
    ]);
    expect(markdown).toContain('- first line second line - not a list (1×, Sales)');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> \\& \\<b\\>more\\</b\\>');
    expect(markdown).not.toMatch(/(?<!\\)<script>/);
  });

  it('says so when nothing has been said yet', () => {
    const { map: emptyMap } = exportJourney({ goal: '', stakeholderIds: [] });
    const empty = toMarkdown(emptyMap, fold(emptyMap, []));
    expect(empty).toContain('- **Goal:** _not set_');
    expect(empty).toContain('- **Input so far:** 0 contributions');
    expect(empty).toContain(
      '- Departments not heard from: Marketing, Sales, Support, Product, Finance, Operations, HR',
    );
  });

  it.each(sampleJourneys.map((journey) => [journey.slug, journey] as const))(
    'has a section per stage for the %s sample',
    (_slug, { map: sampleMap, contributions }) => {
      const report = toMarkdown(sampleMap, fold(sampleMap, contributions));
      const stageHeadings = report.split('\n').filter((line) => /^## \d+\. /.test(line));
      expect(stageHeadings).toHaveLength(sampleMap.stages.length);
    },
  );
});
