// The map's thread in every language: the shorthand people type (any language, on any map) and every answer the
// bot gives there, in the map's language with no English left over and within Slack's limits.
import { describe, expect, it, vi } from 'vitest';
import { type Language, translator } from '../../src/i18n/index.ts';
import type { JourneyMap, JourneyView, Kind, StageView } from '../../src/journey/model.ts';
import { normaliseText } from '../../src/journey/normalise.ts';
import { createStages, findStage } from '../../src/journey/stages.ts';
import type { MessageContent } from '../../src/slack/views/blocks.ts';
import { departmentQuestion, departmentThanks } from '../../src/slack/views/thread-department.ts';
import { mapStatus, noMapInChannel } from '../../src/slack/views/thread-map-status.ts';
import {
  CLICK_REFUSALS,
  mapArchivedNotice,
  replyConfirmation,
  replyNotSaved,
  replyTooLong,
} from '../../src/slack/views/thread-reply.ts';
import { isStatusRequest } from '../../src/threads/mentions.ts';
import { parseExplicitReply } from '../../src/threads/parse.ts';
import type { ReplyRecord, ThreadItem } from '../../src/threads/record.ts';
import {
  BOT,
  buttonIn,
  buttonLabels,
  click,
  ephemeralsFor,
  expectQuestion,
  mapWithCard,
  reply,
  shownText,
  waitForAnswers,
  waitForItems,
} from '../slack/thread-harness.ts';
import { useHarness } from '../support/app-harness.ts';
import { makeMap } from '../support/factories.ts';
import { catalogPhrases } from './foreign-fragments.ts';

const STAGES: Record<Language, string[]> = {
  en: ['Awareness', 'Consideration', 'Decision', 'Retention', 'Advocacy'],
  el: ['Συνείδηση', 'Θεώρηση', 'Αγορά', 'Κράτηση', 'Συνηγορία'],
  'zh-Hans': ['认知', '考虑', '决策', '保留', '推荐'],
  'zh-Hant': ['意識', '考慮', '決定或購買', '保留或忠誠度', '宣傳'],
};

function mapIn(language: Language, overrides: Partial<JourneyMap> = {}): JourneyMap {
  const names: Record<Language, string> = {
    en: 'Online shoppers',
    el: 'Αγοραστές online',
    'zh-Hans': '网上购物者',
    'zh-Hant': '網路購物者',
  };
  return makeMap({ language, name: names[language], stages: createStages(STAGES[language]), ...overrides });
}

// ---------------------------------------------------------------------------------------------------------------
// The shorthand
// ---------------------------------------------------------------------------------------------------------------

/** How people write each kind, in every language, with the case and accents they may or may not type. */
const KIND_SPELLINGS: ReadonlyArray<readonly [Kind, readonly string[]]> = [
  [
    'touchpoint',
    [
      'touchpoint',
      'Touchpoints',
      'σημείο επαφής',
      'Σημεία επαφής',
      'ΣΗΜΕΊΟ ΕΠΑΦΉΣ',
      'σημειο επαφης',
      '接触点',
      '接觸點',
    ],
  ],
  [
    'obstacle',
    [
      ...['obstacle', 'Pain point', 'εμπόδιο', 'ΕΜΠΌΔΙΟ', 'εμποδιο', 'σημείο πόνου', 'Σημειο πονου'],
      ...['障碍', '障礙', '痛点', '痛點'],
    ],
  ],
  ['idea', ['idea', 'IDEA', 'ιδέα', 'Ιδεα', 'ΙΔΈΑ', '想法', '建议', '建議']],
  ['action', ['action', 'ενέργεια', 'ΕΝΕΡΓΕΙΑ', '行为', '行动', '行為', '行動']],
  ['thought', ['thought', 'σκέψη', 'Σκεψη', '心声', '心聲']],
  ['goal', ['goal', 'στόχος', 'ΣΤΌΧΟΣ', '目标', '目標']],
  ['kpi', ['KPI', 'kpi', 'δείκτης', '指标', '指標']],
  ['feeling', ['feeling', 'συναίσθημα', 'ΣΥΝΑΙΣΘΗΜΑ', '情绪', '情緒']],
];

const SEPARATORS = [': ', ':', ' : ', '： ', '：', ' - '];

/** Ways to name the second stage of each language's map. */
const STAGE_FORMS: Record<Language, readonly string[]> = {
  en: ['@consideration', '@CONSIDERATION', '@cons', '(Consideration)', '#2'],
  el: ['@θεωρηση', '@ΘΕΏΡΗΣΗ', '@Θεώρηση', '@ΘΕΩΡΗΣΗ', '@θεωρ', '＠θεώρηση', '(θεώρηση)', '(ΘΕΩΡΗΣΗ)', '#2'],
  'zh-Hans': ['@考虑', '＠考虑', '@考虑阶段', '(考虑)', '（考虑）', '【考虑】', '#2', '＃2'],
  'zh-Hant': ['@考慮', '＠考慮', '@考慮階段', '(考慮)', '（考慮）', '#2'],
};

const TEXT: Record<Language, string> = {
  en: 'checkout asks for an account',
  el: 'το ταμείο ζητά λογαριασμό',
  'zh-Hans': '结账时必须注册账号',
  'zh-Hant': '結帳時一定要註冊帳號',
};

const LANGUAGES: Language[] = ['en', 'el', 'zh-Hans', 'zh-Hant'];

describe('the thread shorthand in every language', () => {
  const rows = LANGUAGES.flatMap((language) =>
    KIND_SPELLINGS.flatMap(([kind, spellings]) => spellings.map((spelling) => ({ language, kind, spelling }))),
  );

  it.each(rows)('$spelling on a $language map', ({ language, kind, spelling }) => {
    const stages = createStages(STAGES[language]);
    // Any language's kind word works on any map; the text is kept exactly as written.
    for (const textLanguage of LANGUAGES) {
      const text = TEXT[textLanguage];
      for (const separator of SEPARATORS) {
        for (const stage of STAGE_FORMS[language]) {
          const line = `${spelling}${separator}${text} ${stage}`;
          const parsed = parseExplicitReply(line, stages);
          expect({ line, parsed }).toEqual({
            line,
            parsed: { items: [{ kind, stageId: 's2', text }], rest: [], tooLong: false },
          });
        }
      }
    }
  });

  it.each([
    ['feeling 2 @decision', 'en', 3],
    ['συναίσθημα 2 @αγορά', 'el', 3],
    ['ΣΥΝΑΙΣΘΗΜΑΤΑ: 4/5 @κρατηση', 'el', 4],
    ['情绪 1 @决策', 'zh-Hans', 3],
    ['情緒：5 @宣傳', 'zh-Hant', 5],
  ] as const)('a feeling score: %s', (line, language, stage) => {
    const [item] = parseExplicitReply(line, createStages(STAGES[language])).items;
    expect(item).toMatchObject({ kind: 'feeling', stageId: `s${stage}` });
    expect(item?.score).toBeGreaterThan(0);
  });

  it.each([
    ['θεωρηση', 'Θεώρηση'],
    ['ΘΕΏΡΗΣΗ', 'Θεώρηση'],
    ['ΘΕΩΡΗΣΗ', 'Θεώρηση'],
    ['πληρωμεσ', 'Πληρωμές'],
    ['ΠΛΗΡΩΜΈΣ', 'Πληρωμές'],
    ['προιον', 'Προϊόν'],
    ['考虑', '考虑'],
    ['考慮', '考虑'],
    ['決策', '决策'],
  ])('finds the stage "%s" means: %s', (query, name) => {
    const stages = createStages(['Θεώρηση', 'Πληρωμές', 'Προϊόν', '考虑', '决策']);
    expect(findStage(stages, query)).toEqual({ stage: stages.find((stage) => stage.name === name) });
  });

  it('merges Chinese items that differ only in script', () => {
    expect(normaliseText('收銀台排隊太久')).toBe(normaliseText('收银台排队太久'));
  });

  it('merges Greek items that differ only in accents, case and final sigma', () => {
    expect(normaliseText('Αργές πληρωμές')).toBe(normaliseText('ΑΡΓΕΣ ΠΛΗΡΩΜΕΣ'));
    expect(normaliseText('αργες πληρωμες')).toBe(normaliseText('Αργές Πληρωμές'));
  });

  it('reads only the start of a long line folded, without matching across where it stops', () => {
    const line = `feeling${' '.repeat(56)}23 people left`;
    expect(parseExplicitReply(line, createStages(STAGES.en)).items).toEqual([]);
    const long = `ΕΜΠΌΔΙΟ: ${'αργή πληρωμή '.repeat(100).trim()} @θεωρηση`;
    expect(parseExplicitReply(long, createStages(STAGES.el)).items).toEqual([
      { kind: 'obstacle', stageId: 's2', text: 'αργή πληρωμή '.repeat(100).trim() },
    ]);
  });

  it('reads a Chinese stage written straight after the @ with more words after it', () => {
    const parsed = parseExplicitReply('接触点：直播 @考虑结账前', createStages(STAGES['zh-Hans']));
    expect(parsed.items).toEqual([{ kind: 'touchpoint', stageId: 's2', text: '直播 结账前' }]);
  });

  it.each([
    ['a Greek sentence that starts like a kind', 'Εμπόδια υπάρχουν πολλά στο ταμείο'],
    ['a Greek kind word inside a sentence', 'Το βασικό εμπόδιο: η τιμή'],
    ['a Chinese kind word with more after it', '障碍很多：价格太贵'],
    ['a Chinese sentence', '客户抱怨结账太慢'],
  ])('leaves %s for the extractor', (_, line) => {
    expect(parseExplicitReply(line, createStages(STAGES.el)).items).toEqual([]);
  });

  it.each([
    ['<@UBOT>', true],
    ['<@UBOT> βοήθεια', true],
    ['<@UBOT> ΚΑΤΆΣΤΑΣΗ;', true],
    ['<@UBOT> 帮助', true],
    ['<@UBOT> 狀態？', true],
    ['<@UBOT> εμπόδιο: αργή πληρωμή', false],
  ])('"%s" asks for the status: %s', (text, expected) => {
    expect(isStatusRequest(text, 'UBOT')).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// What the bot says
// ---------------------------------------------------------------------------------------------------------------

/** Runs of the English catalog's own words (12+ letters): none may show in another language. */
const ENGLISH_FRAGMENTS = catalogPhrases('en', 'thread', {
  split: /[*`_<>|…]|\uFE0F|\p{Extended_Pictographic}/u,
  trimPunctuation: true,
  minLetters: 12,
});

interface AnyJson {
  [key: string]: unknown;
}

/** Every text a person reads in a message: the notification text and each text field of each block. */
function readable(content: MessageContent): string[] {
  const texts: string[] = [content.text];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as AnyJson;
      if (typeof object.text === 'string' && object.type !== undefined) texts.push(object.text);
      for (const [key, value] of Object.entries(object)) if (key !== 'value') walk(value);
    }
  };
  walk(content.blocks);
  return texts;
}

/** Button, option and placeholder texts, with the limit Slack puts on each. */
function limitedTexts(content: MessageContent): { text: string; limit: number }[] {
  const found: { text: string; limit: number }[] = [];
  const walk = (node: unknown, limit: number): void => {
    if (Array.isArray(node)) for (const each of node) walk(each, limit);
    else if (node && typeof node === 'object') {
      const object = node as AnyJson;
      if (object.type === 'plain_text' && typeof object.text === 'string') found.push({ text: object.text, limit });
      for (const [key, value] of Object.entries(object)) {
        walk(value, key === 'placeholder' || key === 'options' || object.type === 'button' ? 75 : limit);
      }
    }
  };
  walk(content.blocks, 3000);
  return found;
}

function expectNoEnglish(texts: readonly string[]): void {
  const all = texts.join('\n');
  for (const fragment of ENGLISH_FRAGMENTS) expect(all, `"${fragment}" is English`).not.toContain(fragment);
}

function expectWithinLimits(content: MessageContent): void {
  expect(content.text.length).toBeLessThanOrEqual(4000);
  // The builders clip a label at the limit with an ellipsis: one that reaches the limit was cut.
  for (const { text, limit } of limitedTexts(content)) expect(text.length, text).toBeLessThan(limit);
  for (const text of readable(content)) expect(text.length).toBeLessThanOrEqual(3000);
}

function item(overrides: Partial<ThreadItem>): ThreadItem {
  return { text: 'x', kind: null, stageId: null, ...overrides };
}

function record(map: JourneyMap, items: ThreadItem[], status: ReplyRecord['status'] = 'live'): ReplyRecord {
  return {
    teamId: map.teamId,
    channelId: map.channelId,
    ts: '1700000000.000100',
    mapId: map.id,
    authorId: 'U0ANNA',
    version: '1700000000.000100',
    items,
    status,
    reacted: false,
  };
}

function stageView(map: JourneyMap, index: number, count: number, mean: number | null): StageView {
  return { stage: map.stages[index]!, contributionCount: count, feeling: { mean } } as unknown as StageView;
}

function view(map: JourneyMap, contributionCount: number): JourneyView {
  return {
    mapId: map.id,
    stages: map.stages.map((_, index) => stageView(map, index, index === 2 ? contributionCount : 0, index ? null : 2)),
    contributionCount,
    contributorIds: contributionCount ? ['U0ANNA', 'U0BEN'] : [],
    departments: contributionCount ? ['marketing', 'sales'] : [],
    disagreements: [],
    gaps: {},
    lastContributionAt: null,
  } as unknown as JourneyView;
}

/** Every surface of the thread, for a map in `language`. */
function surfaces(language: Language): Record<string, MessageContent> {
  const map = mapIn(language);
  const archived = mapIn(language, { archivedAt: '2026-11-10T09:00:00.000Z' });
  const recorded = (index: number, kind: Kind, score?: number) =>
    item({ text: TEXT[language], kind, stageId: 's2', contributionId: `C${index}`, ...(score ? { score } : {}) });
  const many = Array.from({ length: 17 }, (_, index) => recorded(index, 'idea'));
  const t = translator(language);
  const text = (value: string): MessageContent => ({ text: value, blocks: [] });
  return {
    added: replyConfirmation(map, record(map, [recorded(0, 'touchpoint'), recorded(1, 'feeling', 2)])),
    addedMany: replyConfirmation(map, record(map, many)),
    askKindAndStage: replyConfirmation(map, record(map, [item({ text: TEXT[language] })])),
    askKind: replyConfirmation(map, record(map, [item({ stageId: 's1' })])),
    askStage: replyConfirmation(map, record(map, [recorded(0, 'obstacle'), item({ kind: 'thought' })])),
    askMany: replyConfirmation(
      map,
      record(
        map,
        Array.from({ length: 7 }, () => item({ kind: 'goal' })),
      ),
    ),
    nothing: replyConfirmation(map, record(map, [item({ kind: 'idea', skipped: true })])),
    undone: replyConfirmation(map, record(map, [recorded(0, 'kpi')], 'undone')),
    deleted: replyConfirmation(map, record(map, [recorded(0, 'action')], 'deleted')),
    deletedNothing: replyConfirmation(map, record(map, [item({})], 'deleted')),
    tooLong: replyTooLong(map, 'U0ANNA', false),
    tooLongKept: replyTooLong(map, 'U0ANNA', true),
    notSaved: replyNotSaved(map),
    archived: mapArchivedNotice(map, t.t('card.reopen.howTo', { owner: '<@U0OWNER>', mapName: map.name })),
    notYours: text(CLICK_REFUSALS.notYours(t, 'U0ANNA')),
    outdated: text(CLICK_REFUSALS.outdated(t)),
    gone: text(CLICK_REFUSALS.gone(t)),
    department: departmentQuestion(map),
    departmentThanks: departmentThanks(t, 'hr'),
    status: mapStatus(map, view(map, 3), 'https://example.slack.com/archives/C1/p1'),
    statusEmpty: mapStatus(map, view(map, 0)),
    statusArchived: mapStatus(archived, view(archived, 1)),
    noMap: noMapInChannel(t),
  };
}

/** Words each language's answers must use: the method's terms, not a word-for-word English. */
const EXPECTED: Record<Exclude<Language, 'en'>, Record<string, readonly string[]>> = {
  el: {
    added: ['Ευχαριστώ', 'Πρόσθεσα', '*Σημείο επαφής* · Θεώρηση', '*Συναίσθημα* · Θεώρηση 😟 2/5', 'Αναίρεση'],
    addedMany: ['…και 2 ακόμη.'],
    askKindAndStage: ['Τι είναι, και σε ποιο στάδιο;', 'Σημείο επαφής', 'Εμπόδιο', 'Ιδέα', 'Στόχος πελάτη', 'Σκέψη'],
    askKind: ['*Συνείδηση* · Τι είναι;', 'Όχι για τον χάρτη'],
    askStage: ['*Σκέψη* · Σε ποιο στάδιο;', 'Κάτι ακόμη', 'Μετακίνηση σε…'],
    askMany: ['Ακόμη 2 μετά από αυτά.'],
    nothing: ['δεν μπαίνει τίποτα στον χάρτη'],
    undone: ['Αναίρεση από', '1 στοιχείο βγήκε'],
    deleted: ['διαγράφηκε', '1 στοιχείο'],
    tooLong: ['2000 χαρακτήρες', 'Δεν προστέθηκε τίποτα ακόμη.'],
    tooLongKept: ['Κράτησα'],
    archived: ['αρχειοθετημένος'],
    department: ['Σε ποιο τμήμα είστε;', 'Μάρκετινγκ', 'Ανθρώπινο δυναμικό'],
    departmentThanks: ['Ανθρώπινο δυναμικό'],
    status: ['3 συμβολές από 2 άτομα (Μάρκετινγκ, Πωλήσεις)', '😟 2,0', 'κανένα συναίσθημα ακόμη', 'νήμα του χάρτη'],
    statusEmpty: ['καμία συμβολή ακόμη', 'νήμα της κάρτας του χάρτη', '`σημείο επαφής: webinar τιμών @θεώρηση`'],
    statusArchived: ['(αρχειοθετημένος)', 'ενεργούς χάρτες'],
    noMap: ['χάρτης ταξιδιού πελάτη'],
  },
  'zh-Hans': {
    added: ['谢谢', '*接触点* · 考虑', '*情绪* · 考虑 😟 2/5', '撤销'],
    addedMany: ['还有 2 条'],
    askKindAndStage: ['这是什么？属于哪个阶段？', '接触点', '障碍', '想法', '客户目标', '行为', '心声'],
    askKind: ['*认知* · 这是什么？', '不加到地图上'],
    askStage: ['*心声* · 属于哪个阶段？', '还有一件事', '移到…'],
    nothing: ['没有要加到地图上的内容'],
    undone: ['已撤销'],
    deleted: ['消息已删除'],
    tooLong: ['2000 个字'],
    archived: ['已归档'],
    department: ['你在哪个部门？', '市场部'],
    status: ['2 人提供了 3 条反馈（市场部、销售部）', '😟 2.0', '暂无情绪评分', '地图的讨论串'],
    statusEmpty: ['还没有输入', '`接触点：定价网络研讨会 @考虑`'],
    noMap: ['客户旅程地图'],
  },
  'zh-Hant': {
    added: ['謝謝', '*接觸點* · 考慮', '*情緒* · 考慮 😟 2/5', '復原'],
    askKindAndStage: ['這是什麼？屬於哪個階段？', '接觸點', '障礙', '想法', '客戶目標', '行為', '心聲'],
    askKind: ['*意識* · 這是什麼？'],
    askStage: ['*心聲* · 屬於哪個階段？'],
    nothing: ['這則訊息'],
    undone: ['已復原'],
    deleted: ['訊息已刪除'],
    archived: ['已封存'],
    department: ['你在哪個部門？', '行銷部'],
    status: ['2 人提供了 3 則回饋（行銷部、業務部）', '地圖的討論串'],
    statusArchived: ['（已封存）'],
    noMap: ['客戶旅程地圖'],
  },
};

describe.each(['el', 'zh-Hans', 'zh-Hant'] as const)('the thread in %s', (language) => {
  const rendered = surfaces(language);

  it.each(Object.keys(rendered))('%s speaks the map language, with no English', (name) => {
    const content = rendered[name]!;
    const texts = readable(content);
    for (const expected of EXPECTED[language][name] ?? []) expect(texts.join('\n')).toContain(expected);
    expectNoEnglish(texts);
    expectWithinLimits(content);
  });

  it('names every kind in its own words, short enough for a button', () => {
    const t = translator(language);
    for (const kind of ['touchpoint', 'obstacle', 'idea', 'goal', 'kpi', 'action', 'thought', 'feeling'] as const) {
      const label = t.t(`thread.kinds.${kind}`);
      expect(label.length).toBeLessThanOrEqual(24);
      if (kind !== 'kpi') expect(label).not.toBe(translator('en').t(`thread.kinds.${kind}`));
    }
  });
});

describe('the thread in English', () => {
  it('still says what it always said', () => {
    const rendered = surfaces('en');
    expect(readable(rendered.added!).join('\n')).toContain('*Touchpoint* · Consideration');
    expect(rendered.added!.text).toBe('Added 2 items to Online shoppers');
    expect(rendered.askStage!.text).toBe('Added 1 item to Online shoppers: which kind or stage?');
    expect(rendered.askKind!.text).toBe('A question: which kind or stage?');
    expect(readable(rendered.status!).join('\n')).toContain('3 inputs from 2 people (Marketing, Sales)');
    for (const content of Object.values(rendered)) expectWithinLimits(content);
  });

  it('finds English fragments to look for', () => {
    expect(ENGLISH_FRAGMENTS).toContain("Pick what fits and I'll add it");
    expect(ENGLISH_FRAGMENTS.length).toBeGreaterThan(30);
    // The check finds English where it is: most fragments show on the English surfaces.
    const english = Object.values(surfaces('en')).flatMap(readable).join('\n');
    const found = ENGLISH_FRAGMENTS.filter((fragment) => english.includes(fragment));
    expect(found.length).toBeGreaterThan(ENGLISH_FRAGMENTS.length * 0.8);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// In the app: a reply in a map's thread, answered in the map's language
// ---------------------------------------------------------------------------------------------------------------

describe('replies in the thread of a map in another language', () => {
  const h = useHarness({ resetSlackEachTest: true });

  async function mapWithCardIn(language: Language) {
    const map = await mapWithCard(h, { stages: STAGES[language] });
    map.language = language;
    await h.deps.store.maps.save(map);
    return map;
  }

  /** A reply in the thread of a new map in `language`, once the bot has answered and recorded `items`. */
  async function recordedReplyIn(language: Language, user: string, text: string, items: [string, string, string][]) {
    const map = await mapWithCardIn(language);
    await reply(h, map, user, text);
    const [answer] = await waitForAnswers(h, map);
    await waitForItems(h, map, items);
    return { map, answer: answer! };
  }

  /** Waits for the bot's message in the thread under `threadTs`. */
  function answerInThread(channel: string, threadTs: string) {
    return vi.waitFor(() => {
      const found = h.fake.messages(channel).find((message) => message.thread_ts === threadTs);
      expect(found).toBeDefined();
      return found!;
    });
  }

  it('records Greek shorthand in capitals without accents and answers in Greek', async () => {
    const { map, answer } = await recordedReplyIn(
      'el',
      'U0ELENI',
      'ΕΜΠΌΔΙΟ： το ταμείο ζητά λογαριασμό @ΘΕΩΡΗΣΗ\nιδεα: πληρωμή ως επισκέπτης @αγορα',
      [
        ['idea', 's3', 'πληρωμή ως επισκέπτης'],
        ['obstacle', 's2', 'το ταμείο ζητά λογαριασμό'],
      ],
    );
    const shown = shownText(answer);
    expect(shown).toContain('*Εμπόδιο* · Θεώρηση');
    expect(shown).toContain('*Ιδέα* · Αγορά');
    expect(buttonLabels(answer, 'thread_reply_actions')).toEqual(['Αναίρεση']);
    expectNoEnglish([answer.text, shown]);

    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0ELENI')).toHaveLength(1));
    const [question] = ephemeralsFor(h, map, 'U0ELENI');
    expect(shownText(question!)).toContain('Σε ποιο τμήμα είστε;');
    const sales = buttonIn(question!, 'Πωλήσεις');
    await h.slack.blockAction({ ...sales, userId: 'U0ELENI', channelId: map.channelId, threadTs: map.cardTs });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));
    expect(h.fake.responses[0]!.body).toMatchObject({
      text: 'Ευχαριστώ! Η συμβολή σας μετράει για το τμήμα «Πωλήσεις».',
    });
  });

  it('reads shorthand in any language, keeps the text as written and answers in Traditional Chinese', async () => {
    const { answer } = await recordedReplyIn(
      'zh-Hant',
      'U0MEI',
      'obstacle: checkout asks for an account @考慮\n障碍：结账太慢 （考慮）',
      [
        ['obstacle', 's2', 'checkout asks for an account'],
        ['obstacle', 's2', '结账太慢'],
      ],
    );
    expect(shownText(answer)).toContain('*障礙* · 考慮');
    expect(answer.text).toContain('已在');
    expectNoEnglish([answer.text, shownText(answer)]);
  });

  it('asks what an unclear reply is in Simplified Chinese, and refuses others in it too', async () => {
    const map = await mapWithCardIn('zh-Hans');
    await reply(h, map, 'U0LI', '大家都提到会员卡');
    const [question] = await waitForAnswers(h, map);
    expectQuestion(question!, '这是什么？属于哪个阶段？', 'thread_kind_0', [
      '接触点',
      '障碍',
      '想法',
      '客户目标',
      'KPI',
      '行为',
      '心声',
    ]);
    expect(buttonLabels(question!, 'thread_stage_0')).toEqual([...STAGES['zh-Hans'], '不加到地图上']);
    expectNoEnglish([question!.text, shownText(question!)]);

    await click(h, map, question!, 'U0OTHER', buttonIn(question!, '接触点', 'thread_kind_0'));
    await vi.waitFor(() => expect(ephemeralsFor(h, map, 'U0OTHER')).toHaveLength(1));
    expect(ephemeralsFor(h, map, 'U0OTHER')[0]!.text).toBe(
      '只有 <@U0LI> 能修改自己消息添加的内容。想补充你的看法，直接在讨论串里回复就行。',
    );
  });

  it('answers an @mention with the map status in the map language', async () => {
    const map = await mapWithCardIn('el');
    const mention = h.fake.addUserMessage({ channel: map.channelId, user: 'U0NIKOS', text: `<@${BOT}> κατάσταση` });
    await h.slack.event({
      type: 'app_mention',
      channel: map.channelId,
      user: 'U0NIKOS',
      text: mention.text,
      ts: mention.ts,
    });
    const status = await answerInThread(map.channelId, mention.ts);
    expect(shownText(status)).toContain('καμία συμβολή ακόμη');
    expect(shownText(status)).toContain('1. *Συνείδηση* · 0 συμβολές · κανένα συναίσθημα ακόμη');
    expectNoEnglish([status.text, shownText(status)]);
  });

  it('tells how to start a map in the language of a mention in a channel without one', async () => {
    const channel = 'C0NOMAPZH';
    const mention = h.fake.addUserMessage({ channel, user: 'U0LI', text: `<@${BOT}> 你好，这里有地图吗？` });
    await h.slack.event({ type: 'app_mention', channel, user: 'U0LI', text: mention.text, ts: mention.ts });
    const answer = await answerInThread(channel, mention.ts);
    expect(shownText(answer)).toContain('这个频道还没有客户旅程地图');
  });
});
