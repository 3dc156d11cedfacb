import { describe, expect, it } from 'vitest';
import { type Language, type Translator, translator } from '../../src/i18n/index.ts';
import {
  answerStep,
  createSession,
  currentPrompt,
  departmentReplyHelp,
  FEELING_SCALE,
  type InterviewContext,
  type InterviewSession,
  isSkipReply,
  itemsFromAnswers,
  itemsFromReply,
  type Prompt,
  parseDepartment,
  parseFeeling,
  progress,
  STEP_IDS,
  type StepId,
  start,
  submitStage,
  TOUCHPOINTS,
  touchpointLabel,
  touchpointTexts,
} from '../../src/interview/index.ts';
import { type JourneyMap, MAX_TEXT_LENGTH } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { LIMITS, type MessageContent } from '../../src/slack/views/blocks.ts';
import { promptMessage, reminderMessage } from '../../src/slack/views/interview.ts';
import { invitationMessage } from '../../src/slack/views/invitation.ts';
import { stageModal } from '../../src/slack/views/stage-modal.ts';
import { itReadsFeelings, itReadsNoFeeling } from '../interview/fixtures.ts';
import { validateBlocks, validateView } from '../slack-fake/block-kit.ts';
import { makeMap } from '../support/factories.ts';
import { readable } from '../support/journey-steps.ts';
import { itReturns } from '../support/tables.ts';
import { foreignFragments, type PhraseRule } from './foreign-fragments.ts';

type Foreign = Exclude<Language, 'en'>;

interface Sample {
  language: Foreign;
  map: JourneyMap;
  /** Words each surface must show in this language. */
  expected: { ask: string[]; modal: string[]; invitation: string[]; reminder: string[]; review: string[] };
}

const SAMPLES: Sample[] = [
  {
    language: 'el',
    map: makeMap({
      language: 'el',
      name: 'Νέοι αγοραστές',
      goal: 'Γιατί φεύγουν πριν πληρώσουν;',
      persona: { name: 'Μαρία', description: 'Μητέρα που ψωνίζει online' },
      stages: createStages(['Συνείδηση', 'Θεώρηση', 'Αγορά', 'Κράτηση', 'Συνηγορία']),
    }),
    expected: {
      ask: ['Στάδιο 2 από 5: Θεώρηση', 'σημεία επαφής', 'Παράλειψη σταδίου', 'Απάντηση σε φόρμα', 'Παύση'],
      modal: ['Στάδιο 2 από 5', 'Αποθήκευση', 'Πολύ αρνητικά', 'Ιστότοπος', 'Άλλα σημεία επαφής'],
      invitation: ['σας ζήτησε βοήθεια', 'χάρτη ταξιδιού πελάτη', 'Έναρξη'],
      reminder: ['σας περιμένει', 'Συνέχεια'],
      review: ['Αλλαγή', 'Ολοκλήρωση', 'παραλείφθηκε'],
    },
  },
  {
    language: 'zh-Hans',
    map: makeMap({
      language: 'zh-Hans',
      name: '新买家',
      goal: '为什么客户付款前就离开了？',
      persona: { name: '小美', description: '忙碌的家长' },
      stages: createStages(['认知', '考虑', '决策', '保留', '推荐']),
    }),
    expected: {
      ask: ['第 2 阶段（共 5 个）：考虑', '接触点', '跳过此阶段', '用表单回答', '暂停'],
      modal: ['第 2 阶段（共 5 个）', '保存本阶段', '非常负面', '官网', '其他接触点'],
      invitation: ['客户旅程地图', '开始'],
      reminder: ['还在等你', '继续'],
      review: ['修改', '完成', '已跳过'],
    },
  },
  {
    language: 'zh-Hant',
    map: makeMap({
      language: 'zh-Hant',
      name: '新買家',
      goal: '為什麼客戶付款前就離開了？',
      persona: { name: '小美', description: '忙碌的家長' },
      stages: createStages(['意識', '考慮', '決定或購買', '保留或忠誠度', '宣傳']),
    }),
    expected: {
      ask: ['第 2 階段（共 5 個）：考慮', '接觸點', '跳過此階段', '用表單回答', '暫停'],
      modal: ['第 2 階段（共 5 個）', '儲存本階段', '非常負面', '官網', '其他接觸點'],
      invitation: ['客戶旅程地圖', '開始'],
      reminder: ['還在等你', '繼續'],
      review: ['修改', '完成', '已跳過'],
    },
  },
];

// ---- What "speaks another language" means: phrases of this namespace's other catalogs showing up.

/** The interview catalog's phrases, placeholders and markup left out: 12+ letters, or 4+ Han. */
const INTERVIEW_PHRASES: PhraseRule = { split: /[*_`\n|()（）:：«»“”「」"]+/, minLetters: 12 };

/** Phrases of other languages' interview catalogs in `text`; one its own interview catalog has is not foreign. */
function foreignPhrases(text: string, language: Language): string[] {
  return foreignFragments(text, language, 'interview', INTERVIEW_PHRASES);
}

// ---- Rendering every surface of the interview for a map.

const NOW = '2026-11-24T10:00:00.000Z';

function ctxFor(map: JourneyMap): InterviewContext {
  let id = 0;
  return { now: NOW, newId: () => `c${++id}`, map };
}

function sessionAt(map: JourneyMap, stageIndex: number, step: StepId): InterviewSession {
  const session = createSession(map, 'U1', NOW);
  return { ...session, department: 'sales', status: 'answering', stageIndex, step };
}

/** Every prompt kind the interview shows, with the invalid replies a person can make. */
function everyPrompt(map: JourneyMap): Record<string, Prompt> {
  const ctx = ctxFor(map);
  const prompts: Record<string, Prompt> = {};
  prompts.askDepartment = start(createSession(map, 'U1', NOW), ctx).prompt;
  for (const step of STEP_IDS) prompts[`ask-${step}`] = currentPrompt(sessionAt(map, 1, step), map);
  prompts['ask-idea-last'] = currentPrompt(sessionAt(map, 4, 'idea'), map);
  prompts.stageDoneAnswered = answerStep(sessionAt(map, 0, 'idea'), 'Λύση', ctx).prompt;
  prompts.stageDoneSkipped = { ...prompts.stageDoneAnswered, status: 'skipped' } as Prompt;
  prompts.paused = currentPrompt({ ...sessionAt(map, 2, 'touchpoint'), status: 'paused' }, map);
  const review = { ...sessionAt(map, 0, 'goal'), status: 'review' as const };
  review.stages = review.stages.map((stage, index) => ({
    ...stage,
    status: index === 1 ? 'skipped' : index === 2 ? 'pending' : 'answered',
    answers: index === 0 ? [{ id: 'a1', kind: 'action', text: '…' }] : [],
  }));
  prompts.review = currentPrompt(review, map);
  prompts.done = currentPrompt({ ...review, status: 'done' }, map);
  prompts.invalidDepartment = answerStep({ ...sessionAt(map, 0, 'goal'), status: 'department' }, 'xyz', ctx).prompt;
  prompts.invalidCannotSkip = answerStep(sessionAt(map, 0, 'action'), 'skip', ctx).prompt;
  prompts.invalidFeeling = answerStep(sessionAt(map, 0, 'feeling'), 'hmm', ctx).prompt;
  prompts.invalidNoAnswer = answerStep(sessionAt(map, 0, 'goal'), '*', ctx).prompt;
  prompts.invalidNoAnswerRequired = answerStep(sessionAt(map, 0, 'action'), '*', ctx).prompt;
  prompts.invalidTooLong = answerStep(sessionAt(map, 0, 'idea'), 'z'.repeat(MAX_TEXT_LENGTH + 1), ctx).prompt;
  prompts.invalidStage = submitStage(sessionAt(map, 0, 'goal'), 9, {}, ctx).prompt;
  return prompts;
}

function everyMessage(map: JourneyMap): Record<string, MessageContent> {
  const messages: Record<string, MessageContent> = {};
  for (const [name, prompt] of Object.entries(everyPrompt(map))) {
    const again = prompt.kind === 'invalid' ? currentPrompt(sessionAt(map, 0, 'goal'), map) : undefined;
    messages[name] = promptMessage(map, prompt, undefined, again);
  }
  messages.doneWithLink = promptMessage(map, everyPrompt(map).done!, 'https://example.slack.com/archives/C1/p1');
  messages.invitation = invitationMessage(map);
  messages.reminder = reminderMessage(map, progress(createSession(map, 'U1', NOW), map));
  return messages;
}

/** What the stage form says when everything on it is wrong. */
function formErrors(t: Translator): string[] {
  const wrong = itemsFromAnswers({ score: 7, touchpointIds: ['fax'], obstacles: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, t);
  const noScore = itemsFromAnswers({ action: 'x' }, t);
  return [wrong, noScore].flatMap((parsed) => (parsed.ok ? [] : Object.values(parsed.fieldErrors)));
}

function plainTexts(node: unknown, type: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child) => plainTexts(child, type));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.type === type && typeof record.text === 'object' ? [(record.text as { text: string }).text] : [];
  return [...own, ...Object.values(record).flatMap((child) => plainTexts(child, type))];
}

describe.each(SAMPLES)('the interview in $language', ({ language, map, expected }) => {
  const t = translator(language);
  const messages = everyMessage(map);
  const modal = stageModal(map, 1);
  const prefilled = stageModal(map, 4, { score: 2, touchpointIds: ['website', 'reviews'], action: 'x' });
  const texts: Record<string, string> = {
    ...Object.fromEntries(Object.entries(messages).map(([name, content]) => [name, readable(content)])),
    fallbacks: Object.values(messages)
      .map((content) => content.text)
      .join('\n'),
    modal: readable({ text: '', blocks: [modal] }),
    prefilled: readable({ text: '', blocks: [prefilled] }),
    formErrors: formErrors(t).join('\n'),
    noInterview: t.t('interview.noInterview', { answerButton: t.t('card.card.answerForTeam') }),
  };

  it('speaks only the map language on every surface', () => {
    for (const [name, text] of Object.entries(texts)) {
      expect({ name, foreign: foreignPhrases(text, language) }).toEqual({ name, foreign: [] });
      expect({ name, unfilled: /\{\w+\}/.test(text) }).toEqual({ name, unfilled: false });
    }
  });

  it('says what each surface is about in that language', () => {
    for (const word of expected.ask) expect(texts['ask-touchpoint']).toContain(word);
    for (const word of expected.modal) expect(texts.modal).toContain(word);
    for (const word of expected.invitation) expect(texts.invitation).toContain(word);
    for (const word of expected.reminder) expect(texts.reminder).toContain(word);
    for (const word of expected.review) expect(texts.review).toContain(word);
    expect(texts['ask-idea']).toContain(map.stages[1]!.name);
    expect(texts['ask-idea-last']).not.toBe(texts['ask-idea']);
    expect(texts.askDepartment).toContain(t.t('common.departments.marketing'));
    expect(texts.doneWithLink).toContain('<https://example.slack.com/archives/C1/p1|');
    expect(texts.prefilled).toContain(t.t('common.feelings.score2'));
    expect(texts.prefilled).toContain(touchpointLabel(TOUCHPOINTS[0]!, t));
  });

  it("keeps within Slack's limits, never clipping a translation", () => {
    for (const [name, content] of Object.entries(messages)) {
      expect({ name, issues: validateBlocks(content.blocks, 'message') }).toEqual({ name, issues: [] });
    }
    for (const view of [modal, prefilled]) expect(validateView(view)).toEqual([]);
    for (const text of Object.values(messages).flatMap((content) => plainTexts(content.blocks, 'button'))) {
      expect(text.length).toBeLessThanOrEqual(LIMITS.buttonText);
      expect(text).not.toMatch(/…$/);
    }
    const titles = [
      t.t('interview.modal.title', { stageNumber: 10, stageCount: 10 }),
      t.t('interview.modal.submit'),
      t.t('interview.modal.close'),
    ];
    for (const title of titles) expect([...title].length).toBeLessThanOrEqual(LIMITS.modalTitle);
    expect(modal.title.text).toBe(t.t('interview.modal.title', { stageNumber: 2, stageCount: 5 }));
    const options = [
      ...TOUCHPOINTS.map((touchpoint) => touchpointLabel(touchpoint, t)),
      ...FEELING_SCALE.map(({ score }) => `😫 ${score} · ${t.t(`common.feelings.score${score}`)}`),
    ];
    for (const option of options) expect(option.length).toBeLessThanOrEqual(LIMITS.optionText);
  });

  it('tells people to type their own words, which the interview then understands', () => {
    const tip = t.t('interview.ask.replyTip');
    expect(tip).not.toContain('`skip`');
    const skipWord = /`([^`]+)`/.exec(tip)?.[1];
    expect(skipWord && isSkipReply(skipWord)).toBe(true);
    const noAnswer = t.t('interview.invalid.noAnswerSkippable');
    expect(noAnswer).not.toContain('skip');
    const quoted = [...noAnswer.matchAll(/[«“「]([^»”」]+)[»”」]/g)].map((match) => match[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const word of quoted) expect(isSkipReply(word)).toBe(true);
    const feelingWords = [...t.t('interview.invalid.feelingReply').matchAll(/[«“「]([^»”」]+)[»”」]/g)];
    for (const [, example] of feelingWords) expect(parseFeeling(example!)).toBeDefined();
    const departments = departmentReplyHelp(t).split(/[:：]/)[1]!.split(/[,、]/);
    for (const department of departments) expect(parseDepartment(department.replace(/[.。]/, ''))).toBeDefined();
  });

  it('gives the reasons of a refused answer in that language', () => {
    const refused = itemsFromReply('feeling', 'hmm', t);
    expect(!refused.ok && refused.reason).toBe(t.t('interview.invalid.feelingReply'));
    for (const error of formErrors(t)) expect(foreignPhrases(error, language)).toEqual([]);
    expect(formErrors(t)).toHaveLength(5);
  });
});

describe('the check for other languages', () => {
  it('catches an English or Simplified message on a map of another language', () => {
    const english = makeMap({ stages: SAMPLES[0]!.map.stages });
    const asked = readable(promptMessage(english, currentPrompt(sessionAt(english, 1, 'touchpoint'), english)));
    expect(foreignPhrases(asked, 'el').length).toBeGreaterThan(0);
    const simplified = readable(invitationMessage(SAMPLES[1]!.map));
    expect(foreignPhrases(simplified, 'zh-Hant').length).toBeGreaterThan(0);
  });
});

describe('replies in any language', () => {
  itReadsFeelings('%j is a feeling of %i with thought %j', [
    // Greek, with and without accents, in capitals, with a thought after it.
    ['πολύ αρνητικά', 1, ''],
    ['ΠΟΛΥ ΑΡΝΗΤΙΚΑ', 1, ''],
    ['Πολύ άσχημα - δεν βρίσκουν το κουμπί', 1, 'δεν βρίσκουν το κουμπί'],
    ['άσχημα', 2, ''],
    ['ασχημα, ανησυχεί για την τιμή', 2, 'ανησυχεί για την τιμή'],
    ['απογοητευμένος', 2, ''],
    ['ΑΠΟΓΟΗΤΕΥΜΕΝΟΣ', 2, ''],
    ['ουδέτερα', 3, ''],
    ['ουδετερα', 3, ''],
    ['χαρούμενος', 4, ''],
    ['Χαρουμενη!', 4, ''],
    ['πολύ θετικά', 5, ''],
    ['τέλεια: όλα δουλεύουν', 5, 'όλα δουλεύουν'],
    // Simplified Chinese.
    ['非常负面', 1, ''],
    ['很差，担心价格', 2, '担心价格'],
    ['失望', 2, ''],
    ['烦', 2, ''],
    ['一般', 3, ''],
    ['中性', 3, ''],
    ['满意', 4, ''],
    ['开心！终于找到了', 4, '终于找到了'],
    ['很好', 4, ''],
    ['非常满意', 5, ''],
    ['很差 他们担心价格', 2, '他们担心价格'],
    // Traditional Chinese.
    ['非常負面', 1, ''],
    ['滿意', 4, ''],
    ['開心', 4, ''],
    ['還可以', 3, ''],
    ['擔心', 2, ''],
    // Full-width digits, Chinese punctuation and points.
    ['２', 2, ''],
    ['５', 5, ''],
    ['３／５', 3, ''],
    ['４分，还不错', 4, '还不错'],
    ['2，担心价格', 2, '担心价格'],
    ['1。太贵了', 1, '太贵了'],
    // The scale's faces whatever the language.
    ['😟 ανησυχεί', 2, 'ανησυχεί'],
    ['😍 很喜欢', 5, '很喜欢'],
  ]);

  itReadsNoFeeling(['０', '６', '２５', '2.5', '２．５', '5分钟太久了', '一般来说他们很满意', 'δεν ξέρω τι νιώθουν']);

  it.each([
    ...['skip', 'Skip', 'παράλειψη', 'ΠΑΡΑΛΕΙΨΗ', 'παραλειψη', 'παράβλεψη', 'επόμενο', 'δεν ξέρω'],
    ...['跳过', '跳過', '略过', '略過', '跳过！', '不知道', '没有', '沒有'],
  ])('%j skips a question', (text) => {
    expect(isSkipReply(text)).toBe(true);
  });

  it.each(['παράλειψη του βήματος πληρωμής', '跳过了付款步骤', 'επόμενο βήμα είναι η πληρωμή'])(
    '%j is an answer, not a skip',
    (text) => {
      expect(isSkipReply(text)).toBe(false);
    },
  );

  itReturns(parseDepartment, '%j is the department %s', [
    ['Μάρκετινγκ', 'marketing'],
    ['μαρκετινγκ', 'marketing'],
    ['Πωλήσεις', 'sales'],
    ['ΠΩΛΗΣΕΙΣ', 'sales'],
    ['Τμήμα πωλήσεων', 'sales'],
    ['Εξυπηρέτηση πελατών', 'support'],
    ['Ανθρώπινο δυναμικό', 'hr'],
    ['市场', 'marketing'],
    ['市场部', 'marketing'],
    ['销售', 'sales'],
    ['客服', 'support'],
    ['人力资源', 'hr'],
    ['行銷', 'marketing'],
    ['業務', 'sales'],
    ['業務部', 'sales'],
    ['財務部', 'finance'],
    ['其他', 'other'],
    ['Sales team', 'sales'],
    ['法务', undefined],
  ]);

  it.each<[Language, string, string[]]>([
    ['zh-Hans', '官网、小红书，朋友推荐', ['官网', '社交媒体', '朋友推荐']],
    ['zh-Hans', '官网和门店', ['官网', '门店']],
    ['zh-Hans', '网站；邮件\n微信', ['官网', '电子邮件', '社交媒体']],
    ['zh-Hans', '参与活动', ['参与活动']],
    ['zh-Hant', '官網、門市及電子郵件', ['官網', '門市', '電子郵件']],
    ['zh-Hant', '網站與社群', ['官網', '社群媒體']],
    ['el', 'ιστοσελίδα, κριτικές και email', ['Ιστότοπος', 'Κριτικές', 'Email']],
    ['el', 'ΙΣΤΟΤΟΠΟΣ και podcast', ['Ιστότοπος', 'podcast']],
    ['el', 'όροι και προϋποθέσεις', ['όροι και προϋποθέσεις']],
    ['en', 'website, 小红书 and Κριτικές', ['Website', 'Social media', 'Reviews']],
  ])('%s: touchpoints %j are %j', (language, text, expected) => {
    expect(touchpointTexts(text, translator(language))).toEqual(expected);
  });

  it('keeps sentences whole: obstacles are split on lines, never on "and" or commas', () => {
    const t = translator('zh-Hans');
    const parsed = itemsFromReply('obstacle', '价格太高，客户就走了和运费不透明\n没有试用', t);
    expect(parsed.ok && parsed.items.map((item) => item.text)).toEqual([
      '价格太高，客户就走了和运费不透明',
      '没有试用',
    ]);
    const greek = itemsFromReply('action', 'Συγκρίνει τιμές και διαβάζει κριτικές', translator('el'));
    expect(greek.ok && greek.items.map((item) => item.text)).toEqual(['Συγκρίνει τιμές και διαβάζει κριτικές']);
  });

  it('stores a touchpoint in the map language and finds it again when the stage is changed', () => {
    const t = translator('el');
    const parsed = itemsFromAnswers({ action: 'Διαβάζει', score: 3, touchpointIds: ['website'] }, t);
    expect(parsed.ok && parsed.items.find((item) => item.kind === 'touchpoint')?.text).toBe('Ιστότοπος');
    const map = SAMPLES[0]!.map;
    const ctx = ctxFor(map);
    const submitted = submitStage(sessionAt(map, 0, 'goal'), 0, { action: 'x', score: 3, touchpointIds: ['app'] }, ctx);
    expect(submitted.append.find((c) => c.kind === 'touchpoint')?.text).toBe('Εφαρμογή');
  });

  it('finishes the review with a word in any language', () => {
    for (const sample of SAMPLES) {
      const review = { ...sessionAt(sample.map, 0, 'goal'), status: 'review' as const };
      for (const word of ['τέλος', 'Εντάξει', '完成', '好了', 'done']) {
        expect(answerStep(review, word, ctxFor(sample.map)).session.status).toBe('done');
      }
    }
  });
});
