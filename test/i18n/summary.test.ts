import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Language, languageOfText, mapTranslator } from '../../src/i18n/index.ts';
import { createMemoryCache } from '../../src/insights/cache.ts';
import type { LocalizedText, PlaybookData } from '../../src/insights/playbook.ts';
import { DEFAULT_PLAYBOOK_URL, loadPlaybook } from '../../src/insights/playbook-file.ts';
import { createInsights, type InsightSummary } from '../../src/insights/policy.ts';
import { summariseStage } from '../../src/insights/summary.ts';
import type { ModelInsight } from '../../src/insights/types.ts';
import { fold } from '../../src/journey/fold.ts';
import type { JourneyMap, JourneyView } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { type AnyBlock, LIMITS, type MessageContent } from '../../src/slack/views/blocks.ts';
import { scoreText } from '../../src/slack/views/emotion.ts';
import {
  SUMMARY_REPLIES,
  sourceNote,
  stageSummariesOverview,
  stageSummaryMessage,
  summaryPostedNotice,
  summaryWorkingNotice,
} from '../../src/slack/views/summary.ts';
import { reply } from '../openai-fake/server.ts';
import { conversation, makeMap, type Said } from '../support/factories.ts';
import { testModelOptions, useFakeOpenAI } from '../support/fake-openai.ts';
import { catalogPhrases, type PhraseRule, phrasesIn } from './foreign-fragments.ts';

const playbook = loadPlaybook();
const shipped: PlaybookData = JSON.parse(readFileSync(DEFAULT_PLAYBOOK_URL, 'utf8'));

type MapLanguage = Exclude<Language, 'en'>;

interface Fixture {
  map: Partial<JourneyMap>;
  stages: [string, string, string];
  /** Said at the first stage: two people raise the same obstacle, feelings 1, 1 and 5 (mean 2.3). */
  said: Said[];
  /** Words of the summary namespace that must show, in the map's language (the playbook's are checked apart). */
  expected: string[];
}

/** The same online shop in each language: what three colleagues said, in their own words. */
const FIXTURES: Record<MapLanguage, Fixture> = {
  el: {
    map: {
      name: 'Ηλεκτρονικό κατάστημα',
      goal: 'Να βρούμε γιατί φεύγουν οι νέοι πελάτες',
      persona: { name: 'Μαρία, πολυάσχολη μητέρα', description: 'Ψωνίζει από το κινητό' },
    },
    stages: ['Συνείδηση', 'Αγορά', 'Κράτηση'],
    said: [
      ['U1', 'marketing', 's1', 'touchpoint', 'Διαφημίσεις στο Instagram'],
      ['U2', 'sales', 's1', 'touchpoint', 'Σελίδα πληρωμής'],
      ['U1', 'marketing', 's1', 'obstacle', 'Υποχρεωτικός λογαριασμός για να αγοράσει'],
      ['U2', 'sales', 's1', 'obstacle', 'Υποχρεωτικός λογαριασμός για να αγοράσει'],
      ['U3', 'support', 's1', 'obstacle', 'Ο καιρός είναι κακός'],
      ['U1', 'marketing', 's1', 'action', 'Συγκρίνει τιμές'],
      ['U2', 'sales', 's1', 'thought', 'Γιατί χρειάζομαι λογαριασμό;'],
      ['U1', 'marketing', 's1', 'goal', 'Να πληρώσει γρήγορα'],
    ],
    expected: [
      'σύνοψη σταδίου',
      'Προτεινόμενες βελτιώσεις',
      'Κύρια σημεία επαφής',
      '2,3 / 5',
      'Απαντά στο εμπόδιο',
      'Σημείο επαφής:',
      'Μάρκετινγκ: 😫 1,0, Υποστήριξη: 😍 5,0',
    ],
  },
  'zh-Hans': {
    map: {
      name: '网店顾客',
      goal: '找出新客户为什么流失',
      persona: { name: '小李，忙碌的上班族', description: '用手机购物' },
    },
    stages: ['认知', '购买', '忠诚'],
    said: [
      ['U1', 'marketing', 's1', 'touchpoint', '抖音广告'],
      ['U2', 'sales', 's1', 'touchpoint', '结账页面'],
      ['U1', 'marketing', 's1', 'obstacle', '结账时必须注册账号'],
      ['U2', 'sales', 's1', 'obstacle', '结账时必须注册账号'],
      ['U3', 'support', 's1', 'obstacle', '天气不好'],
      ['U1', 'marketing', 's1', 'action', '比较价格'],
      ['U2', 'sales', 's1', 'thought', '为什么非要注册？'],
      ['U1', 'marketing', 's1', 'goal', '快点付款'],
    ],
    expected: [
      '阶段总结',
      '改进建议',
      '主要接触点',
      '2.3 / 5',
      '针对障碍“结账时必须注册账号”',
      '接触点：',
      '市场部的感受是 😫 1.0，客服部是 😍 5.0',
    ],
  },
  'zh-Hant': {
    map: {
      name: '網路商店顧客',
      goal: '找出新客戶為什麼流失',
      persona: { name: '小林，忙碌的上班族', description: '用手機購物' },
    },
    stages: ['認知', '購買', '忠誠'],
    said: [
      ['U1', 'marketing', 's1', 'touchpoint', 'Instagram 廣告'],
      ['U2', 'sales', 's1', 'touchpoint', '結帳頁面'],
      ['U1', 'marketing', 's1', 'obstacle', '網站上找不到退貨說明'],
      ['U2', 'sales', 's1', 'obstacle', '網站上找不到退貨說明'],
      ['U3', 'support', 's1', 'obstacle', '天氣不好'],
      ['U1', 'marketing', 's1', 'action', '比較價格'],
      ['U2', 'sales', 's1', 'thought', '為什麼一定要註冊？'],
      ['U1', 'marketing', 's1', 'goal', '快點付款'],
    ],
    expected: [
      '階段總結',
      '改進建議',
      '主要接觸點',
      '2.3 / 5',
      '針對障礙「網站上找不到退貨說明」',
      '接觸點：',
      '行銷部的感受是 😫 1.0，客服部是 😍 5.0',
    ],
  },
};

const LANGUAGES_UNDER_TEST = Object.keys(FIXTURES) as MapLanguage[];

function buildMap(language: MapLanguage): { map: JourneyMap; view: JourneyView } {
  const fixture = FIXTURES[language];
  const map = makeMap({ ...fixture.map, language, stages: createStages(fixture.stages), cardTs: '1700000000.000100' });
  const { contributions, say } = conversation(map, { startsAt: '2026-11-03T09:00:00.000Z' });
  for (const line of fixture.said) say(...line);
  say('U1', 'marketing', 's1', 'feeling', '😠', 1);
  say('U2', 'sales', 's1', 'feeling', '😟', 1);
  say('U3', 'support', 's1', 'feeling', '🙂', 5);
  // The second stage: one department and a KPI, so the others are silent there and the KPI needs a baseline.
  say('U2', 'sales', 's2', 'kpi', `KPI ${fixture.stages[1]}`);
  say('U2', 'sales', 's2', 'feeling', '🙂', 4);
  return { map, view: fold(map, contributions) };
}

function summariesOf(map: JourneyMap, view: JourneyView): InsightSummary[] {
  return map.stages.map((stage) => summariseStage(map, view, stage.id, playbook));
}

/** Every text a person reads in a message: its notification text and each block's. */
function textsOf(content: MessageContent): string[] {
  return [content.text, ...content.blocks.flatMap(blockTexts)];
}

function blockTexts(block: AnyBlock): string[] {
  const { text, elements } = block as { text?: { text: string }; elements?: Array<{ text?: string }> };
  return [...(text ? [text.text] : []), ...(elements ?? []).flatMap((element) => element.text ?? [])];
}

/** Every surface of the summary, rendered for the map. */
function renderAll(map: JourneyMap, view: JourneyView): string[] {
  const summaries = summariesOf(map, view);
  const [first, second, third] = summaries as [InsightSummary, InsightSummary, InsightSummary];
  const modelFailed = { ...second, fallbackReason: 'timeout' } as InsightSummary;
  const byModel = { ...first, source: 'model' } as InsightSummary;
  const messages = [
    stageSummaryMessage(map, first, { trigger: { kind: 'new_input', count: 11 } }),
    stageSummaryMessage(map, second, { trigger: { kind: 'everyone_answered' } }),
    stageSummaryMessage(map, third, { trigger: { kind: 'new_input', count: 1 } }),
    stageSummariesOverview(map, summaries),
  ];
  const stage = map.stages[0]!;
  return [
    ...messages.flatMap(textsOf),
    summaryWorkingNotice(map, [stage]),
    summaryWorkingNotice(map, map.stages),
    summaryPostedNotice(map, 'https://example.slack.com/archives/C1/p1'),
    summaryPostedNotice({ ...map, cardTs: undefined }, undefined),
    SUMMARY_REPLIES.archived(map),
    SUMMARY_REPLIES.unknownStage(map, 'xyz', false),
    SUMMARY_REPLIES.unknownStage(map, 'xyz', true),
    SUMMARY_REPLIES.ambiguousStage(map, 'x', map.stages.slice(0, 2)),
    SUMMARY_REPLIES.cannotPost(map),
    sourceNote([byModel], 'gpt-test', mapTranslator(map)),
    sourceNote([byModel], undefined, mapTranslator(map)),
    sourceNote([modelFailed], 'gpt-test', mapTranslator(map)),
    sourceNote([byModel, modelFailed], 'gpt-test', mapTranslator(map)),
    scoreText(null, mapTranslator(map)),
    scoreText(2.25, mapTranslator(map)),
  ];
}

/** Runs of English (Latin letters with spaces and punctuation) of 12 letters or more. */
const ENGLISH_RUNS: PhraseRule = { split: /[^A-Za-z' ,.;:()-]+/, trimPunctuation: true, minLetters: 12 };
const ENGLISH_CATALOG = catalogPhrases('en', 'summary', ENGLISH_RUNS);

function playbookTexts(language: Language): string[] {
  const pick = (text: LocalizedText) => text[language];
  return [
    ...playbook.families
      .flatMap((family) => [family, ...family.variants])
      .flatMap((fix) => [fix.action, fix.kpi, fix.touchpoint].map(pick)),
    ...shipped.gaps.flatMap((rule) => [rule.gap, rule.action, rule.touchpoint, rule.kpi].map(pick)),
    ...[shipped.fallback.action, shipped.fallback.touchpoint, shipped.fallback.kpi].map(pick),
  ];
}
const ENGLISH_PLAYBOOK = phrasesIn(
  playbookTexts('en').flatMap((text) => text.split(/\{\{\s*\w+\s*\}\}/)),
  ENGLISH_RUNS,
);

describe.each(LANGUAGES_UNDER_TEST)('the stage summary of a %s map', (language) => {
  const { map, view } = buildMap(language);
  const rendered = renderAll(map, view);
  const all = rendered.join('\n');

  it('speaks the map language, with its numbers and words', () => {
    expect(languageOfText(all)).toBe(language);
    for (const words of FIXTURES[language].expected) expect(all).toContain(words);
  });

  it('has no English left from the summary catalog or the playbook', () => {
    expect(ENGLISH_CATALOG.length).toBeGreaterThan(20);
    expect(ENGLISH_PLAYBOOK.length).toBeGreaterThan(80);
    expect(ENGLISH_CATALOG.filter((fragment) => all.includes(fragment))).toEqual([]);
    expect(ENGLISH_PLAYBOOK.filter((fragment) => all.includes(fragment))).toEqual([]);
  });

  it('writes gaps, improvements and every fallback in the map language', () => {
    const summaries = summariesOf(map, view);
    const texts = summaries.flatMap((summary) => [
      summary.personaLine,
      ...summary.gaps.map((gap) => gap.text),
      ...summary.improvements.flatMap(({ answers, action, touchpoint, kpi }) => [
        answers.text,
        action,
        touchpoint,
        kpi,
      ]),
    ]);
    for (const text of texts) expect(languageOfText(text, language), text).toBe(language);
    // The obstacle no pattern fits still gets the generic suggestion, in the map's language.
    expect(summaries[0]!.improvements.some((improvement) => improvement.patternId === null)).toBe(true);
    // Departments silent at the second stage are listed with the language's "and".
    expect(summaries[1]!.gaps.map((gap) => gap.kind)).toContain('silent_departments');
  });

  it('keeps every block within Slack limits, without clipping anything', () => {
    const summaries = summariesOf(map, view);
    const messages = [
      ...summaries.map((summary) => stageSummaryMessage(map, summary)),
      stageSummariesOverview(map, summaries),
    ];
    for (const content of messages) {
      expect(content.text.length).toBeLessThanOrEqual(LIMITS.messageText);
      expect(content.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
      for (const block of content.blocks) {
        const { type, text, elements } = block as { type: string; text?: { text: string }; elements?: unknown[] };
        if (type === 'header') expect(text!.text.length).toBeLessThanOrEqual(LIMITS.headerText);
        if (elements) expect(elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
        for (const piece of blockTexts(block)) {
          expect(piece.length).toBeLessThanOrEqual(LIMITS.sectionText);
          expect(piece, 'clipped').not.toMatch(/…$/);
        }
      }
    }
  });
});

describe('the playbook in every language', () => {
  it.each(LANGUAGES_UNDER_TEST)('has every text a person reads translated into %s', (language) => {
    const english = playbookTexts('en');
    const translated = playbookTexts(language);
    translated.forEach((text, index) => {
      const onlyVariables = /^(\{\{\s*\w+\s*\}\})+$/.test(english[index]!);
      if (!onlyVariables) {
        expect(text).not.toBe(english[index]);
        expect(languageOfText(text, language), text).toBe(language);
      }
    });
  });

  it('uses the glossary terms for KPIs and the method', () => {
    const kpis = (language: Language) => playbook.families.map((family) => family.kpi[language]).join('\n');
    expect(kpis('zh-Hans')).toContain('转化率');
    expect(kpis('zh-Hans')).toMatch(/CSAT/);
    expect(kpis('zh-Hant')).toContain('轉換率');
    expect(kpis('zh-Hant')).toMatch(/CSAT/);
    expect(kpis('el')).toContain('Ποσοστό μετατροπής');
    const gaps = (language: Language) => shipped.gaps.map((rule) => rule.gap[language]).join('\n');
    expect(gaps('el')).toContain('σημείο επαφής');
    expect(gaps('zh-Hans')).toContain('接触点');
    expect(gaps('zh-Hant')).toContain('接觸點');
  });
});

const ANSWER_LANGUAGE: Record<MapLanguage, string> = {
  el: 'Greek',
  'zh-Hans': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese',
};

/** A model's answer in the map's language, as the prompt asks for. */
function insightIn(language: MapLanguage, summary: InsightSummary): ModelInsight {
  const obstacle = summary.topObstacles[0]!.text;
  const words: Record<MapLanguage, [string, string, string]> = {
    el: ['Η Μαρία εγκαταλείπει στην πληρωμή.', 'Αγορά χωρίς λογαριασμό', 'Ποσοστό μετατροπής'],
    'zh-Hans': ['小李在结账时放弃了。', '提供免注册结账', '结账转化率'],
    'zh-Hant': ['小林在結帳時放棄了。', '提供免註冊結帳', '結帳轉換率'],
  };
  const [narrative, action, kpi] = words[language];
  const improvement = { answers: { kind: 'obstacle' as const, text: obstacle }, action, touchpoint: action, kpi };
  return { narrative, improvements: [improvement, improvement, improvement] };
}

describe('the model path', () => {
  const ai = useFakeOpenAI();

  function modelInsights() {
    const model = { ...testModelOptions(ai), maxRetries: 0 };
    return createInsights({ model, playbook, cache: createMemoryCache() });
  }

  it.each(LANGUAGES_UNDER_TEST)('asks for the answer in the language of a %s map, same schema', async (language) => {
    const { map, view } = buildMap(language);
    const rules = summariseStage(map, view, 's1', playbook);
    ai.script(reply.json(insightIn(language, rules)));
    const summary = await modelInsights().summariseStage(map, view, 's1');
    expect(summary.source).toBe('model');
    const [request] = ai.requests;
    const system = request!.body.messages[0]!.content;
    expect(system).toContain(`in ${ANSWER_LANGUAGE[language]}`);
    expect(system).not.toContain('{{');
    expect(languageOfText(system.slice(system.indexOf('such as')), language)).toBe(language);
    expect(request!.body.response_format?.json_schema?.name).toBe('stage_insight');
    const data = request!.body.messages[1]!.content;
    for (const gap of rules.gaps) expect(data).toContain(JSON.stringify(gap.text).slice(1, -1));
    const text = textsOf(stageSummaryMessage(map, summary, { modelName: 'journey-test-model' })).join('\n');
    expect(text).toContain('journey-test-model');
    expect(languageOfText(text)).toBe(language);
    expect(ENGLISH_CATALOG.filter((fragment) => text.includes(fragment))).toEqual([]);
  });

  it.each(LANGUAGES_UNDER_TEST)('falls back to the rules in the language of a %s map', async (language) => {
    const { map, view } = buildMap(language);
    ai.script(reply.serverError());
    const summary = await modelInsights().summariseStage(map, view, 's1');
    expect(summary.fallbackReason).toBe('server_error');
    expect(summary).toMatchObject({ ...summariseStage(map, view, 's1', playbook), source: 'rules' });
    const text = textsOf(stageSummaryMessage(map, summary, { modelName: 'journey-test-model' })).join('\n');
    expect(languageOfText(text)).toBe(language);
    expect(ENGLISH_CATALOG.filter((fragment) => text.includes(fragment))).toEqual([]);
    expect(ENGLISH_PLAYBOOK.filter((fragment) => text.includes(fragment))).toEqual([]);
  });
});
