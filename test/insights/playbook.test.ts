import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type PlaybookData, parsePlaybook, playbookSchema } from '../../src/insights/playbook.ts';
import { DEFAULT_FAMILIES_URL, DEFAULT_PLAYBOOK_URL, loadPlaybook } from '../../src/insights/playbook-file.ts';
import { GAP_KINDS } from '../../src/insights/types.ts';

/** What the families files hold: whole families, and extensions that add words to one of them. */
const entries: Array<Record<string, unknown>> = readdirSync(DEFAULT_FAMILIES_URL)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, DEFAULT_FAMILIES_URL), 'utf8')));
const families = entries.filter((entry) => !('extends' in entry)) as PlaybookData['families'];
const shipped: PlaybookData = { ...JSON.parse(readFileSync(DEFAULT_PLAYBOOK_URL, 'utf8')), families };

/** The shipped playbook with one change, to see the schema refuse it. */
function broken(change: (data: PlaybookData) => unknown): unknown {
  const copy = structuredClone(shipped);
  change(copy);
  return copy;
}

describe('the shipped playbook', () => {
  it('loads', () => {
    const playbook = loadPlaybook();
    expect(playbook.families.length).toBe(shipped.families.length);
    expect(playbook.gapRules.map((rule) => rule.when).sort()).toEqual([...GAP_KINDS].sort());
  });

  // The families a consultant meets in real B2C and B2B, physical and digital journeys (issue 14 asks for 60+).
  it('has at least 60 families, each owned by a department', () => {
    expect(shipped.families.length).toBeGreaterThanOrEqual(60);
    for (const family of shipped.families) expect(family.departments.length).toBeGreaterThan(0);
  });
});

describe('parsePlaybook refuses a broken playbook', () => {
  const cases: Array<[string, (data: PlaybookData) => unknown, string]> = [
    ['a missing language', (data) => Reflect.deleteProperty(data.families[0]!.subject, 'el'), 'el'],
    [
      'an empty keyword list',
      (data) => {
        data.families[0]!.problem.zh = [];
      },
      'zh',
    ],
    ['a keyword that matches nothing', (data) => data.families[0]!.subject.en.push('?!'), 'matches nothing'],
    [
      'a duplicate id',
      (data) => {
        data.families[1]!.id = data.families[0]!.id;
      },
      'duplicate id',
    ],
    [
      'an unknown variable',
      (data) => {
        data.families[0]!.action.el = 'Διορθώστε το {{budget}}';
      },
      '{{budget}}',
    ],
    [
      'a variable of another gap',
      (data) => {
        data.gaps.find((rule) => rule.when === 'no_kpi')!.gap.en = 'Low {{mean}}';
      },
      '{{mean}}',
    ],
    ['a gap kind without a rule', (data) => data.gaps.pop(), 'needs exactly one rule'],
    ['a family without an owner', (data) => Reflect.set(data.families[0]!, 'departments', []), 'departments'],
    [
      'an owner that is no department',
      (data) => Reflect.set(data.families[0]!, 'departments', ['legal']),
      'departments',
    ],
    [
      'an action without its Traditional Chinese text',
      (data) => Reflect.deleteProperty(data.families[0]!.action, 'zh-Hant'),
      'zh-Hant',
    ],
    ['a KPI without its Greek text', (data) => Reflect.deleteProperty(data.families[2]!.kpi, 'el'), 'el'],
    [
      'a touchpoint without its Simplified Chinese text',
      (data) => Reflect.deleteProperty(data.families[1]!.touchpoint.label, 'zh-Hans'),
      'zh-Hans',
    ],
    ['a gap text without its Greek text', (data) => Reflect.deleteProperty(data.gaps[0]!.gap, 'el'), 'el'],
    ['a fallback KPI as one English string', (data) => Reflect.set(data.fallback, 'kpi', 'Drop-off'), 'kpi'],
    [
      'a translation that drops a variable',
      (data) => {
        data.fallback.action['zh-Hans'] = '请访谈 5 位客户';
      },
      'uses other variables than en',
    ],
    ['a text in a language no map has', (data) => Reflect.set(data.families[0]!.kpi, 'fr', 'Taux'), 'fr'],
    ['an unknown field', (data) => Reflect.set(data.fallback, 'tone', 'friendly'), 'tone'],
    [
      'an empty action',
      (data) => {
        data.fallback.action.en = ' ';
      },
      'action',
    ],
  ];

  it.each(cases)('%s', (_, change, message) => {
    const result = playbookSchema.safeParse(broken(change));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
    const { families: brokenFamilies, ...rest } = broken(change) as PlaybookData;
    expect(() => parsePlaybook(rest, brokenFamilies)).toThrow();
  });

  it('a file that is not there', () => {
    expect(() => loadPlaybook(new URL('./no-such-playbook.json', DEFAULT_PLAYBOOK_URL))).toThrow(/ENOENT/);
  });
});

describe('extending a family from another file', () => {
  const { families: _, ...rest } = shipped;
  const [first] = families;

  it('adds the words of an extension to the family it names', () => {
    const extension = { extends: first!.id, subject: { el: ['νεα λεξη'] }, problem: { el: ['αλλη λεξη'] } };
    const playbook = parsePlaybook(rest, [...families, extension]);
    const extended = playbook.families.find((family) => family.id === first!.id)!;
    const sources = (phrases: readonly { source: string }[]) => phrases.map((phrase) => phrase.source);
    expect(sources(extended.evidence.subject)).toContain('νεα λεξη');
    expect(sources(extended.evidence.problem)).toContain('αλλη λεξη');
    expect(playbook.families).toHaveLength(families.length);
  });

  it('refuses an extension of a family nobody defined', () => {
    expect(() => parsePlaybook(rest, [...families, { extends: 'no_such_family', subject: { en: ['x'] } }])).toThrow(
      /no_such_family/,
    );
  });
});
