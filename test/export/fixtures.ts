import { fold } from '../../src/journey/fold.ts';
import type { Contribution, JourneyMap, JourneyView } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { conversation, makeMap, type Said } from '../support/factories.ts';

/** Text that breaks naive exports: spreadsheet formulas, Mermaid and Markdown syntax, markup, line breaks. */
export const HOSTILE_TEXTS = {
  formula: '=HYPERLINK("http://evil.example","click")',
  mermaid: 'Price: high, #1 choice; 50%% off {now}',
  markup: '<script>alert(1)</script> & <b>more</b>',
  markdown: '*bold* _it_ [link](http://x) `code` # not a heading',
  multiline: 'first line\nsecond line\r\n- not a list',
} as const;

export function exportMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  return makeMap({
    id: 'm1',
    name: 'Checkout & returns',
    goal: 'Find where buyers give up',
    persona: { name: 'Ana, first-time buyer', description: 'Shops on her phone' },
    stages: createStages(['Awareness', 'Checkout', 'Returns']),
    stakeholderIds: ['U1', 'U2', 'U3', 'U9'],
    ...overrides,
  });
}

/**
 * Three stages: Awareness well covered, Checkout where sales and support disagree (1 vs 5) and
 * every hostile text sits, Returns with nothing at all.
 */
const SAID: Said[] = [
  ['U1', 'marketing', 's1', 'touchpoint', 'Instagram ads'],
  ['U2', 'sales', 's1', 'touchpoint', 'instagram ads'],
  ['U2', 'sales', 's1', 'obstacle', 'Prices unclear'],
  ['U1', 'marketing', 's1', 'feeling', 'Curious', 4],
  ['U2', 'sales', 's1', 'feeling', 'Interested', 4],
  ['U1', 'marketing', 's1', 'idea', 'Show prices in the ads'],
  ['U2', 'sales', 's2', 'feeling', 'Furious', 1],
  ['U3', 'support', 's2', 'feeling', 'Fine', 5],
  ['U2', 'sales', 's2', 'touchpoint', HOSTILE_TEXTS.formula],
  ['U3', 'support', 's2', 'obstacle', HOSTILE_TEXTS.mermaid],
  ['U3', 'support', 's2', 'obstacle', HOSTILE_TEXTS.markup],
  ['U2', 'sales', 's2', 'idea', HOSTILE_TEXTS.markdown],
  ['U2', 'sales', 's2', 'action', HOSTILE_TEXTS.multiline],
];

export function exportContributions(): Contribution[] {
  const { contributions, say } = conversation(exportMap(), { startsAt: '2026-01-02T10:00:00.000Z' });
  for (const said of SAID) say(...said);
  return contributions;
}

export function exportJourney(overrides: Partial<JourneyMap> = {}): { map: JourneyMap; view: JourneyView } {
  const map = exportMap(overrides);
  return { map, view: fold(map, exportContributions()) };
}

/** Every text the picture shows, entities decoded. */
export function shownTexts(svg: string): string[] {
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(([, text]) =>
    (text ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}
