import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv.ts';
import { toJson } from '../../src/export/json.ts';
import { toMarkdown } from '../../src/export/markdown.ts';
import { toMermaid } from '../../src/export/mermaid.ts';
import { LABEL_WIDTH, toSvg } from '../../src/export/svg.ts';
import { textWidth } from '../../src/export/text-layout.ts';
import { CATALOGS } from '../../src/i18n/catalogs/index.ts';
import { languageOfText, translator } from '../../src/i18n/index.ts';
import { fold } from '../../src/journey/fold.ts';
import type { JourneyMap, JourneyView } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { renderPng } from '../../src/render/png.ts';
import { pictureProblem } from '../../src/slack/flows/upload.ts';
import { shownTexts } from '../export/fixtures.ts';
import { parseJourney } from '../export/mermaid-parser.ts';
import { inkPixels, readPng } from '../render/png-reader.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';
import { conversation, makeMap, type Said } from '../support/factories.ts';
import { CHANNEL, completedUpload, createMapThroughModal, OWNER } from '../support/journey-steps.ts';
import { catalogMessages, catalogPhrases, foreignFragments } from './foreign-fragments.ts';

type MapLanguage = 'el' | 'zh-Hans' | 'zh-Hant';
const LANGUAGES: readonly MapLanguage[] = ['el', 'zh-Hans', 'zh-Hant'];
const FORMULA = '=HYPERLINK("http://evil.example","x")';

/** A map written in its language, with the words each export must show for it. */
const SPECS = {
  el: {
    name: 'Σύνδεση οικιακού ίντερνετ',
    goal: 'Γιατί εγκαταλείπουν πριν την εγκατάσταση;',
    persona: { name: 'Ελένη, φοιτήτρια', description: 'Μετακομίζει στην Αθήνα' },
    stages: ['Επίγνωση', 'Αγορά', 'Εγκατάσταση'],
    items: ['Διαφήμιση στο Instagram', 'Ασαφείς τιμές', 'Τιμή: υψηλή, #1; 50% {τώρα}', 'Εμφανείς τιμές'],
    expect: {
      csvHeader: 'Στάδιο',
      touchpoint: 'σημείο επαφής',
      departments: 'Μάρκετινγκ, Πωλήσεις',
      mean: '4,0',
      markdown: [
        '**Στόχος:**',
        '**Περσόνα:** Ελένη, φοιτήτρια: Μετακομίζει στην Αθήνα',
        '## Τι λείπει ακόμη',
        '4,0 στα 5',
      ],
      obstacle: 'Εμπόδιο - ',
      noInput: 'Καμία συμβολή ακόμη',
      svg: ['Περσόνα', 'Στόχος', 'Συναίσθημα', 'Σημεία επαφής', 'Εμπόδια'],
      subtitle: 'Χάρτης ταξιδιού πελάτη · Τρέχουσα κατάσταση · 10 συμβολές · 3 άτομα',
      invite: 'Προσκαλέστε με',
      sending: 'προσωπικό μήνυμα',
      comment: 'Ορίστε ο χάρτης',
      whichFormat: 'Σε ποια μορφή',
      cannotExport: 'Δεν μπορώ να κάνω εξαγωγή σε `pdf`',
    },
  },
  'zh-Hans': {
    name: '青木商城 线上购物',
    goal: '为什么顾客在付款前离开？',
    persona: { name: '小林，上班族', description: '下班后在手机上购物' },
    stages: ['认知', '购买', '售后'],
    items: ['小红书广告', '价格不清楚', '价格: 高, #1; 50% {现在}', '广告里写明价格'],
    expect: {
      csvHeader: '阶段',
      touchpoint: '接触点',
      departments: '市场部、销售部',
      mean: '4.0',
      markdown: ['**目标**：', '**客户角色**：小林，上班族：下班后在手机上购物', '## 还缺什么', '🙂 4.0/5（2 个评分'],
      obstacle: '障碍：',
      noInput: '暂无意见',
      svg: ['客户角色', '目标', '情绪', '接触点', '障碍'],
      subtitle: '客户旅程地图（当前状态）｜10 条反馈｜3 人',
      invite: '邀请我加入',
      sending: '私信',
      comment: '这是',
      whichFormat: '想要哪种格式？',
      cannotExport: '我没法导出为 `pdf` 格式',
    },
  },
  'zh-Hant': {
    name: '青木商城 線上購物',
    goal: '為什麼顧客在付款前離開？',
    persona: { name: '小林，上班族', description: '下班後在手機上購物' },
    stages: ['認知', '購買', '售後'],
    items: ['臉書廣告', '價格說明不清楚', '價格: 高, #1; 50% {現在}', '直接在廣告裡寫明價格'],
    expect: {
      csvHeader: '階段',
      touchpoint: '接觸點',
      departments: '行銷部、業務部',
      mean: '4.0',
      markdown: ['**目標**：', '**客戶角色**：小林，上班族：下班後在手機上購物', '## 還缺什麼', '🙂 4.0/5（2 個評分'],
      obstacle: '障礙：',
      noInput: '尚無意見',
      svg: ['客戶角色', '目標', '情緒', '接觸點', '障礙'],
      subtitle: '客戶旅程地圖（目前狀態）｜10 則回饋｜3 人',
      invite: '邀請我加入',
      sending: '私訊',
      comment: '這是',
      whichFormat: '想要哪種格式？',
      cannotExport: '我無法匯出成 `pdf` 格式',
    },
  },
} as const;

type Spec = (typeof SPECS)[MapLanguage];

function localMap(language: MapLanguage, overrides: Partial<JourneyMap> = {}): JourneyMap {
  const spec = SPECS[language];
  return makeMap({
    id: `m-${language}`,
    language,
    name: spec.name,
    goal: spec.goal,
    persona: { ...spec.persona },
    stages: createStages(spec.stages),
    stakeholderIds: ['U1', 'U2', 'U3', 'U9'],
    ...overrides,
  });
}

/** The first stage well covered and scored, the second disputed with a formula and Mermaid syntax, the third empty. */
function localJourney(language: MapLanguage): { map: JourneyMap; view: JourneyView } {
  const map = localMap(language);
  const [touchpoint, obstacle, hostile, idea] = SPECS[language].items;
  const said: Said[] = [
    ['U1', 'marketing', 's1', 'touchpoint', touchpoint],
    ['U2', 'sales', 's1', 'touchpoint', touchpoint],
    ['U2', 'sales', 's1', 'obstacle', obstacle],
    ['U1', 'marketing', 's1', 'feeling', '', 4],
    ['U2', 'sales', 's1', 'feeling', '', 4],
    ['U1', 'marketing', 's1', 'idea', idea],
    ['U2', 'sales', 's2', 'feeling', '', 1],
    ['U3', 'support', 's2', 'feeling', '', 5],
    ['U2', 'sales', 's2', 'touchpoint', FORMULA],
    ['U3', 'support', 's2', 'obstacle', hostile],
  ];
  const { contributions, say } = conversation(map, { startsAt: '2026-01-02T10:00:00.000Z' });
  for (const line of said) say(...line);
  return { map, view: fold(map, contributions) };
}

/** Stretches of English words from the export catalog long enough (12+ letters) that no other language has them. */
const ENGLISH_FRAGMENTS = catalogPhrases('en', 'export', {
  split: /[^A-Za-z' ]+/,
  trimPunctuation: true,
  minLetters: 12,
});

/** No English of the export catalog, nor a phrase of any other language's catalogs. */
function expectOnly(language: MapLanguage, text: string): void {
  expect(ENGLISH_FRAGMENTS.length).toBeGreaterThan(20);
  expect(ENGLISH_FRAGMENTS.filter((fragment) => text.includes(fragment))).toEqual([]);
  expect(foreignFragments(text, language)).toEqual([]);
}

function csvRows(csv: string): string[][] {
  return csv
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((row) => [...row.matchAll(/"((?:[^"]|"")*)"/g)].map(([, cell]) => (cell ?? '').replaceAll('""', '"')));
}

describe.each(LANGUAGES)('exports of a %s map', (language) => {
  const spec: Spec = SPECS[language];
  const { map, view } = localJourney(language);

  it('CSV: headers, kinds, departments and numbers in the language, formulas still neutralised', () => {
    const csv = toCsv(map, view);
    const rows = csvRows(csv);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]?.[0]).toBe(spec.expect.csvHeader);
    expect(rows.every((row) => row.length === 7)).toBe(true);
    expect(rows).toContainEqual([
      spec.stages[0],
      spec.expect.touchpoint,
      spec.items[0],
      '2',
      spec.expect.departments,
      'U1, U2',
      spec.expect.mean,
    ]);
    const texts = rows.map((row) => row[2]);
    expect(texts).toContain(`'${FORMULA}`);
    expect(texts).toContain(spec.items[2]);
    expect(rows.every((row) => row.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
    expect(csvCell(FORMULA)).toBe(`"'${FORMULA.replaceAll('"', '""')}"`);
    expectOnly(language, csv);
  });

  it('Markdown: labels, counts, sections and means in the language', () => {
    const markdown = toMarkdown(map, view);
    for (const expected of spec.expect.markdown) expect(markdown).toContain(expected);
    expect(markdown.split('\n')[0]).toBe(`# ${spec.name}`);
    expect(markdown.split('\n').filter((line) => /^## \d+\. /.test(line))).toHaveLength(3);
    expectOnly(language, markdown);
  });

  it('Mermaid: its own words in the language, still parsed back exactly', async () => {
    const diagram = toMermaid(map, view);
    const parsed = await parseJourney(diagram);
    expect(parsed.title).toBe(spec.name);
    expect(parsed.sections).toEqual([...spec.stages]);
    expect(parsed.tasks).toContainEqual({
      section: spec.stages[1],
      task: `${spec.expect.obstacle}${spec.items[2]}`,
      score: 3,
      people: [translator(language).t('common.departments.support')],
    });
    expect(parsed.tasks).toContainEqual({ section: spec.stages[2], task: spec.expect.noInput, score: 3, people: [] });
    expect(diagram).toContain('#58;');
    expectOnly(language, diagram);
  });

  it('JSON: stable English keys and the values as stored', () => {
    const parsed = JSON.parse(toJson(map, view));
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'map', 'view']);
    expect(parsed.map.language).toBe(language);
    expect(parsed.view.stages[0].items.touchpoint[0].text).toBe(spec.items[0]);
  });

  it('SVG: labels, legend and counts in the language, labels within their column', () => {
    const svg = toSvg(map, view);
    const texts = shownTexts(svg);
    expect(texts).toEqual(expect.arrayContaining([spec.name, ...spec.expect.svg]));
    expect(texts.some((text) => text.startsWith(spec.expect.subtitle))).toBe(true);
    expectOnly(language, texts.join('\n'));
    const t = translator(language);
    const labels = ['persona', 'goal', 'feeling'].map((key) => t.t(`export.picture.${key}` as 'export.picture.goal'));
    for (const kind of ['touchpoint', 'obstacle', 'idea'] as const) labels.push(t.t(`common.kindTitles.${kind}`));
    for (const label of labels) expect(textWidth(label, { fontSize: 15, bold: true })).toBeLessThan(LABEL_WIDTH - 4);
  });

  it('the picture problems speak the language', () => {
    const cannot = pictureProblem(map, 'cannot_post_in_channel');
    expect(cannot).toContain(spec.expect.invite);
    expect(cannot).toContain('`/invite @Journey Bot`');
    const failed = pictureProblem({ ...map, name: 'A <b> & c' }, 'failed');
    expect(failed).toContain('*A &lt;b&gt; &amp; c*');
    expectOnly(language, cannot + failed);
  });
});

describe('the picture fonts', () => {
  const TRADITIONAL_CJK = "font-family=\"'Noto Sans TC', 'Noto Sans SC', 'Noto Sans', sans-serif\"";

  it('asks for Traditional glyphs first on a zh-Hant map, keeping the Latin and Greek font first', () => {
    const { map, view } = localJourney('zh-Hant');
    const svg = toSvg(map, view);
    expect(svg).toMatch(/<svg [^>]*font-family="'Noto Sans', 'Noto Sans TC', 'Noto Sans SC', sans-serif"/);
    expect(svg).toContain(`${TRADITIONAL_CJK}>青木商城 線上購物`);
    const simplified = toSvg(localJourney('zh-Hans').map, localJourney('zh-Hans').view);
    expect(simplified).not.toContain('Noto Sans TC');
  });

  it('draws Han characters with the TC font in their Traditional forms', async () => {
    const draw = (family: string) =>
      renderPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/>' +
          `<text x="10" y="44" font-size="40" font-family="${family}">骨直角</text></svg>`,
      );
    const traditional = readPng(await draw("'Noto Sans TC', 'Noto Sans SC', 'Noto Sans', sans-serif"));
    const simplified = readPng(await draw("'Noto Sans SC', 'Noto Sans', sans-serif"));
    expect(inkPixels(traditional)).toBeGreaterThan(500);
    expect(traditional.pixels.equals(simplified.pixels)).toBe(false);
  });

  it.each(['el', 'zh-Hant'] as const)('renders a %s map to test/output for a person to look at', async (language) => {
    const { map, view } = localJourney(language);
    const png = await renderPng(toSvg(map, view));
    const output = fileURLToPath(new URL('../output/', import.meta.url));
    mkdirSync(output, { recursive: true });
    writeFileSync(`${output}i18n-export-${language}.png`, png);
    expect(inkPixels(readPng(png))).toBeGreaterThan(10_000);
  });
});

describe('catalog scripts', () => {
  it('writes Simplified in Simplified, Traditional in Traditional and Greek in Greek', () => {
    for (const language of LANGUAGES) {
      expect(languageOfText(catalogMessages(CATALOGS[language].export).join(''))).toBe(language);
    }
  });
});

describe.each(LANGUAGES)('/journey export and show for a %s map', (language) => {
  const spec: Spec = SPECS[language];
  const channel = `C0${language.replace('-', '').toUpperCase()}`;
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    h.fake.channels.set(channel, { name: `cx-${language.toLowerCase()}`, is_private: false, is_member: true });
    const created = await createMapThroughModal(h, { name: spec.name, channel, stakeholders: [] });
    await h.deps.store.maps.save({ ...created, language });
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => {
    h.fake.reset();
  });

  async function command(text: string): Promise<string> {
    const reply = await h.slack.command(text, { userId: OWNER, channelId: CHANNEL });
    return (reply.body as { text: string }).text;
  }

  it('sends the file with an ack, title and comment in the language, and the CSV in it', async () => {
    const ack = await command(`export ${spec.name} csv`);
    expect(ack).toContain(spec.expect.sending);
    const file = await completedUpload(h);
    expect(file.title).toContain(spec.name);
    expect(file.initial_comment).toContain(spec.expect.comment);
    expect(file.bytes!.toString('utf8')).toContain(`"${spec.expect.csvHeader}"`);
    expectOnly(language, `${ack}\n${file.title}\n${file.initial_comment}`);
  });

  it('asks for the format in the language, within a section', async () => {
    const which = await command(`export ${spec.name}`);
    expect(which).toContain(spec.expect.whichFormat);
    expect(which).toContain('csv|md|mermaid|json|png');
    const unknown = await command(`export ${spec.name} pdf`);
    expect(unknown).toContain(spec.expect.cannotExport);
    for (const text of [which, unknown]) {
      expect(text.length).toBeLessThan(3000);
      expectOnly(language, text);
    }
  });

  it("titles the map's picture in the language", async () => {
    await command(`show ${spec.name}`);
    const file = await completedUpload(h);
    expect(file.title).toBe(translator(language).t('export.upload.pictureTitle', { mapName: spec.name }));
    expect(file.title).not.toContain('journey map');
  });
});
