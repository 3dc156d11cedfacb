import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/digest/compose.ts';
import { type Language, translator } from '../../src/i18n/index.ts';
import { fold } from '../../src/journey/fold.ts';
import type { Contribution, JourneyMap, Kind } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { LIMITS } from '../../src/slack/views/blocks.ts';
import { digestMessage, nudgeMessage, STAKEHOLDER_ROWS } from '../../src/slack/views/digest.ts';
import { validateBlocks } from '../slack-fake/block-kit.ts';
import { makeMap, newId } from '../support/factories.ts';
import { readable } from '../support/journey-steps.ts';
import { catalogPhrases } from './foreign-fragments.ts';

const NOW = new Date('2026-11-23T07:00:00.000Z');
/** 23:30 UTC on the 15th is already the 16th in Athens and Taipei: the date must be the map's local one. */
const LAST_DIGEST = '2026-11-15T23:30:00.000Z';
const LAST_WEEK = '2026-11-10T10:00:00.000Z';
const THIS_WEEK = '2026-11-20T10:00:00.000Z';
const STAKEHOLDERS = Array.from({ length: STAKEHOLDER_ROWS + 2 }, (_, index) => `U0PERSON${index}`);

interface Sample {
  language: Exclude<Language, 'en'>;
  timeZone: string;
  mapName: string;
  stages: string[];
  /** Five touchpoints, the first raised last week and again this week; then an obstacle and an improvement. */
  touchpoints: string[];
  obstacle: string;
  improvement: { action: string; answers: string; touchpoint: string; kpi: string };
  /** What the rendered digest must say in this language. */
  expected: string[];
  date: string;
  decimal: string;
}

const SAMPLES: Sample[] = [
  {
    language: 'el',
    timeZone: 'Europe/Athens',
    mapName: 'Νέοι αγοραστές',
    stages: ['Συνείδηση', 'Θεώρηση', 'Αγορά', 'Διατήρηση', 'Συνηγορία'],
    touchpoints: ['Ιστοσελίδα τιμών', 'Διαφήμιση', 'Newsletter', 'Κατάστημα', 'Τηλεφωνικό κέντρο'],
    obstacle: 'Ακριβά μεταφορικά',
    improvement: {
      action: 'Δείξτε τα μεταφορικά νωρίς',
      answers: 'Ακριβά μεταφορικά',
      touchpoint: 'Καλάθι',
      kpi: 'Εγκατάλειψη καλαθιού',
    },
    expected: [
      'Εβδομαδιαία σύνοψη',
      'Χαμηλότερο σημείο',
      'Σημεία επαφής',
      'Μάρκετινγκ',
      'Τι λείπει ακόμη',
      '«Διαφήμιση»',
    ],
    date: '16 Νοεμβρίου 2026',
    decimal: '2,5',
  },
  {
    language: 'zh-Hans',
    timeZone: 'Asia/Shanghai',
    mapName: '网购新客',
    stages: ['认知', '考虑', '购买', '保留', '推荐'],
    touchpoints: ['价格页面', '广告', '邮件简报', '门店', '客服电话'],
    obstacle: '运费太贵',
    improvement: { action: '尽早显示运费', answers: '运费太贵', touchpoint: '购物车', kpi: '购物车放弃率' },
    expected: ['周报', '最低点', '接触点', '市场部', '立即回答', '“广告”'],
    date: '2026年11月16日',
    decimal: '2.5',
  },
  {
    language: 'zh-Hant',
    timeZone: 'Asia/Taipei',
    mapName: '網購新客',
    stages: ['認知', '考慮', '購買', '保留', '推薦'],
    touchpoints: ['價格頁面', '廣告', '電子報', '門市', '客服電話'],
    obstacle: '運費太貴',
    improvement: { action: '提早顯示運費', answers: '運費太貴', touchpoint: '購物車', kpi: '購物車放棄率' },
    expected: ['週報', '最低點', '接觸點', '行銷部', '立即回答', '「廣告」'],
    date: '2026年11月16日',
    decimal: '2.5',
  },
];

function sampleMap(sample: Sample): JourneyMap {
  return makeMap({
    language: sample.language,
    name: sample.mapName,
    stages: createStages(sample.stages),
    stakeholderIds: STAKEHOLDERS,
    digest: { weekday: 1, hour: 9, timeZone: sample.timeZone },
  });
}

function input(map: JourneyMap, stageIndex: number, kind: Kind, text: string, more: Partial<Contribution> = {}) {
  return {
    id: newId(),
    mapId: map.id,
    authorId: 'U0ANNA',
    department: 'marketing',
    source: 'thread',
    stageId: map.stages[stageIndex]!.id,
    kind,
    text,
    createdAt: THIS_WEEK,
    ...more,
  } satisfies Contribution;
}

/**
 * A week with every part of the digest: new and raised-again items (more than it lists), a retraction, new
 * voices, a curve with a dip at 2.5, empty stages, silent teams and more silent stakeholders than get a button.
 */
function busyWeek(sample: Sample, map: JourneyMap): Contribution[] {
  const retracted = input(map, 0, 'obstacle', sample.obstacle, { createdAt: LAST_WEEK });
  const [again, ...fresh] = sample.touchpoints;
  return [
    input(map, 0, 'touchpoint', again!, { createdAt: LAST_WEEK }),
    retracted,
    input(map, 0, 'touchpoint', again!, { authorId: 'U0BEN', department: 'sales' }),
    ...fresh.map((text) => input(map, 0, 'touchpoint', text)),
    input(map, 0, 'feeling', '', { score: 2 }),
    input(map, 0, 'feeling', '', { score: 3, authorId: 'U0BEN', department: 'sales' }),
    input(map, 1, 'feeling', '', { score: 5 }),
    input(map, 1, 'obstacle', sample.obstacle),
    input(map, 0, 'obstacle', sample.obstacle, { retracts: retracted.id }),
  ];
}

function digestOf(sample: Sample, map: JourneyMap, contributions: Contribution[], lastDigestAt: string | null) {
  return composeDigest({
    map,
    view: fold(map, contributions),
    contributions,
    lastDigestAt,
    improvements: [
      { ...sample.improvement, answers: { kind: 'obstacle' as const, text: sample.improvement.answers } },
    ].map((improvement) => ({ ...improvement, owners: [], patternId: null, stageId: map.stages[0]!.id })),
    now: NOW,
    unfinishedStakeholderIds: STAKEHOLDERS,
  });
}

/** Every literal run of the English digest messages with 12 or more letters: none may show in a translation. */
const FRAGMENTS = catalogPhrases('en', 'digest', { split: null, minLetters: 12 });

/** Every surface of the area for a map: the busy digest, its preview, quiet weeks, and both nudges. */
function surfaces(sample: Sample) {
  const map = sampleMap(sample);
  const busy = digestOf(sample, map, busyWeek(sample, map), LAST_DIGEST);
  const quiet = digestOf(sample, map, [], LAST_DIGEST);
  const first = digestOf(sample, map, [], null);
  const threadLink = 'https://x.slack.com/archives/CMAP/p1';
  return {
    busy: digestMessage({ map, digest: busy, threadLink }),
    busyNoThread: digestMessage({ map, digest: busy }),
    preview: digestMessage({ map, digest: busy, threadLink, preview: true }),
    firstFull: digestMessage({ map, digest: digestOf(sample, map, busyWeek(sample, map), null) }),
    quiet: digestMessage({ map, digest: quiet, threadLink }),
    quietFirst: digestMessage({ map, digest: first, preview: true }),
    nudgeNew: nudgeMessage({ map, threadLink }),
    nudgeStarted: nudgeMessage({ map, progress: { stages: [], answered: 2, skipped: 1, pending: 2 } }),
  };
}

/** Button, header and plain texts of a message, to hold against Slack's limits. */
function plainTexts(blocks: unknown[]): { buttons: string[]; headers: string[] } {
  const json = JSON.stringify(blocks);
  const buttons = [...json.matchAll(/"type":"button","text":\{"type":"plain_text","text":"([^"]*)"/g)].map(
    (m) => m[1]!,
  );
  const headers = [...json.matchAll(/"type":"header","text":\{"type":"plain_text","text":"([^"]*)"/g)].map(
    (m) => m[1]!,
  );
  return { buttons, headers };
}

describe.each(SAMPLES)('the digest of a $language map', (sample) => {
  const rendered = surfaces(sample);
  const everything = Object.values(rendered)
    .map((content) => `${content.text}\n${readable(content)}`)
    .join('\n');
  const t = translator(sample.language);

  it('speaks the language on every surface', () => {
    for (const word of sample.expected) expect(everything).toContain(word);
    expect(readable(rendered.busy)).toContain(t.t('digest.full.header', { mapName: sample.mapName }));
    expect(readable(rendered.preview).split('\n')[0]).toBe(t.t('digest.previewNote'));
    expect(readable(rendered.quiet)).toContain(t.t('digest.quiet.fallback', { mapName: sample.mapName }).slice(0, 4));
    expect(readable(rendered.nudgeNew)).toContain(t.t('digest.nudge.frequency'));
    expect(readable(rendered.nudgeStarted)).toContain(
      t.t('digest.nudge.progress', { answered: 2, stages: 5, pending: 2 }),
    );
  });

  it('leaves no English of the digest behind', () => {
    expect(FRAGMENTS.length).toBeGreaterThan(20);
    for (const fragment of FRAGMENTS)
      expect({ fragment, found: everything.includes(fragment) }).toEqual({ fragment, found: false });
    expect(everything).not.toMatch(/\bstakeholders?\b|\bnew inputs?\b|\bLowest point\b|\bAnswer now\b/);
  });

  it("writes dates in the map's language and time zone, and numbers in its notation", () => {
    expect(readable(rendered.busy)).toContain(sample.date);
    expect(readable(rendered.quiet)).toContain(sample.date);
    expect(everything).not.toContain('<!date^');
    expect(readable(rendered.busy)).toContain(`😐 ${sample.decimal}`);
  });

  it('names teams, lists and the missing parts in the language', () => {
    const text = readable(rendered.busy);
    expect(text).toContain(t.t('common.departments.sales'));
    expect(text).toContain(t.t('digest.missing.title'));
    expect(text).toContain(t.join(sample.stages.slice(2).map((stage) => `*${stage}*`)));
    expect(text).toContain(sample.improvement.action);
    expect(text).toContain(t.t('common.kindTitles.obstacle'));
  });

  it("keeps within Slack's limits without clipping a translation", () => {
    for (const [name, content] of Object.entries(rendered)) {
      expect({ name, issues: validateBlocks(content.blocks, 'message') }).toEqual({ name, issues: [] });
      const { buttons, headers } = plainTexts(content.blocks);
      for (const text of buttons) expect(text).toBe(t.t('digest.answerNow'));
      for (const text of headers) expect(text.length).toBeLessThanOrEqual(LIMITS.headerText);
      expect({ name, clipped: readable(content).includes('…') }).toEqual({ name, clipped: false });
    }
    const answerButtons = JSON.stringify(rendered.busy.blocks).split(t.t('digest.answerNow')).length - 1;
    expect(answerButtons).toBe(STAKEHOLDER_ROWS);
    expect(t.t('digest.answerNow').length).toBeLessThanOrEqual(LIMITS.buttonText);
    expect(t.t('digest.full.header', { mapName: 'x'.repeat(100) }).length).toBeLessThanOrEqual(LIMITS.headerText);
  });
});

describe('an English map', () => {
  it("keeps Slack's date token, which each reader sees in their own time zone", () => {
    const map = makeMap();
    const digest = composeDigest({
      map,
      view: fold(map, []),
      contributions: [],
      lastDigestAt: LAST_DIGEST,
      improvements: [],
      now: NOW,
    });
    expect(readable(digestMessage({ map, digest }))).toContain('<!date^1794785400^{date_short}|2026-11-15>');
  });
});
