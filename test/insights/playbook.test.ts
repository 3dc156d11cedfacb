import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAYBOOK_LANGUAGES, type PlaybookData, parsePlaybook, playbookSchema } from '../../src/insights/playbook.ts';
import { DEFAULT_PLAYBOOK_URL, loadPlaybook } from '../../src/insights/playbook-file.ts';
import { GAP_KINDS } from '../../src/insights/types.ts';
import { normaliseText } from '../../src/journey/normalise.ts';

const shipped: PlaybookData = JSON.parse(readFileSync(DEFAULT_PLAYBOOK_URL, 'utf8'));

/** The shipped playbook with one change, to see the schema refuse it. */
function broken(change: (data: PlaybookData) => unknown): unknown {
  const copy = structuredClone(shipped);
  change(copy);
  return copy;
}

describe('the shipped playbook', () => {
  it('loads', () => {
    const playbook = loadPlaybook();
    expect(playbook.patterns.length).toBe(shipped.patterns.length);
    expect(playbook.gapRules.map((rule) => rule.when).sort()).toEqual([...GAP_KINDS].sort());
  });

  it.each([
    'account_required',
    'slow_checkout',
    'complex_signup',
    'store_queue',
    'phone_hold',
    'slow_support',
    'hard_to_find',
    'pricing_unclear',
    'no_social_proof',
    'weak_follow_up',
    'marketing_sales_handoff',
    'poor_onboarding',
    'no_loyalty',
    'limited_options',
    'delays_changes',
    'unfriendly_staff',
    'slow_pages',
    'trust_security',
  ])('covers %s', (id) => {
    expect(shipped.patterns.map((pattern) => pattern.id)).toContain(id);
  });

  // Keywords are matched on merge keys: written the way normaliseText writes them, what you read is what matches.
  it('writes every keyword as normaliseText would', () => {
    const notNormalised = shipped.patterns.flatMap((pattern) =>
      [pattern.keywords, pattern.touchpoint.keywords].flatMap((keywords) =>
        PLAYBOOK_LANGUAGES.flatMap((language) =>
          keywords[language].filter((keyword) => {
            const words = keyword
              .split(' ')
              .map((word) => word.replace(/\*$/, ''))
              .filter((word) => word !== '')
              .join(' ');
            return normaliseText(words) !== words;
          }),
        ),
      ),
    );
    expect(notNormalised).toEqual([]);
  });
});

describe('parsePlaybook refuses a broken playbook', () => {
  const cases: Array<[string, (data: PlaybookData) => unknown, string]> = [
    ['a missing language', (data) => Reflect.deleteProperty(data.patterns[0]!.keywords, 'el'), 'el'],
    [
      'an empty keyword list',
      (data) => {
        data.patterns[0]!.keywords.zh = [];
      },
      'zh',
    ],
    ['a keyword that matches nothing', (data) => data.patterns[0]!.keywords.en.push('?!'), 'matches nothing'],
    [
      'a duplicate id',
      (data) => {
        data.patterns[1]!.id = data.patterns[0]!.id;
      },
      'duplicate id',
    ],
    [
      'an unknown variable',
      (data) => {
        data.patterns[0]!.action.el = 'Διορθώστε το {{budget}}';
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
    [
      'an action without its Traditional Chinese text',
      (data) => Reflect.deleteProperty(data.patterns[0]!.action, 'zh-Hant'),
      'zh-Hant',
    ],
    ['a KPI without its Greek text', (data) => Reflect.deleteProperty(data.patterns[2]!.kpi, 'el'), 'el'],
    [
      'a touchpoint without its Simplified Chinese text',
      (data) => Reflect.deleteProperty(data.patterns[1]!.touchpoint.label, 'zh-Hans'),
      'zh-Hans',
    ],
    ['a gap text without its Greek text', (data) => Reflect.deleteProperty(data.gaps[0]!.gap, 'el'), 'el'],
    ['a fallback KPI as one English string', (data) => Reflect.set(data.fallback, 'kpi', 'Drop-off'), 'kpi'],
    [
      'a translation that drops a variable',
      (data) => {
        data.fallback.action['zh-Hans'] = '访谈 5 位客户';
      },
      'uses other variables than en',
    ],
    ['a text in a language no map has', (data) => Reflect.set(data.patterns[0]!.kpi, 'fr', 'Taux'), 'fr'],
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
    expect(() => parsePlaybook(broken(change))).toThrow();
  });

  it('a file that is not there', () => {
    expect(() => loadPlaybook(new URL('./no-such-playbook.json', DEFAULT_PLAYBOOK_URL))).toThrow(/ENOENT/);
  });
});
