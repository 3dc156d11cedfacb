/**
 * What the interview asks, as data: the questions of a journey-mapping workshop, one stage at a time.
 * The Slack views render these; the parsers in answers.ts read the replies.
 */

import type { en as interviewEnglish } from '../i18n/catalogs/interview/en.ts';
import { type MessageKey, type Translator, translator } from '../i18n/index.ts';
import type { FeelingScore } from '../journey/feelings.ts';

/** The steps of one stage, in the order they are asked. Each step's id is also the kind of contribution it makes. */
export const STEP_IDS = ['goal', 'action', 'feeling', 'touchpoint', 'obstacle', 'idea'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A question ready to show, in the map's language: the stage name is already in it. */
export interface AskedStep {
  id: StepId;
  question: string;
  hint: string;
  /** Whether "skip" is accepted; a stage whose required steps nobody can answer is skipped as a whole. */
  skippable: boolean;
}

/** The wording of a map that says nothing about its language; also the default of every function here. */
export const ENGLISH: Translator = translator('en');

/** The steps that cannot be skipped, with what to say when their answer is missing. */
const REQUIRED: Partial<Record<StepId, MessageKey>> = {
  action: 'interview.steps.action.required',
  feeling: 'interview.steps.feeling.required',
};

/** The optional follow-up of the feeling step; its answer becomes 'thought' contributions. */
export function thoughtQuestion(t: Translator = ENGLISH): { question: string; hint: string } {
  return { question: t.t('interview.thought.question'), hint: t.t('interview.thought.hint') };
}

export function departmentQuestion(t: Translator = ENGLISH): { question: string; hint: string } {
  return { question: t.t('interview.department.question'), hint: t.t('interview.department.hint') };
}

/** The feeling scale lives in the journey model; the interview asks with it and reads its words back. */
export { FEELING_SCALE, type FeelingScore } from '../journey/feelings.ts';

export function feelingLabel(score: FeelingScore, t: Translator = ENGLISH): string {
  return t.t(`common.feelings.score${score}`);
}

export type TouchpointId = keyof typeof interviewEnglish.touchpoints;

export interface Touchpoint {
  id: TouchpointId;
  /**
   * Other words people type for it, in any language; compared after normaliseText, so case, accents and plurals
   * need no entry. The labels of every language are known without being listed here.
   */
  aliases: readonly string[];
}

export const TOUCHPOINTS: readonly Touchpoint[] = [
  {
    id: 'website',
    aliases: [
      'web',
      'homepage',
      'landing page',
      'pricing page',
      'ιστοσελίδα',
      'σάιτ',
      '网站',
      '官方网站',
      '網站',
      '官方網站',
    ],
  },
  {
    id: 'search',
    aliases: ['google', 'search engine', 'seo', 'bing', 'μηχανή αναζήτησης', 'γκουγκλ', '搜索', '百度', '搜尋'],
  },
  {
    id: 'social_media',
    aliases: [
      'social',
      'linkedin',
      'twitter',
      'facebook',
      'instagram',
      'tiktok',
      'youtube',
      'social media',
      'μέσα κοινωνικής δικτύωσης',
      'σόσιαλ',
      '社媒',
      '微信',
      '微博',
      '小红书',
      '抖音',
      '社群',
      '臉書',
      '脸书',
    ],
  },
  {
    id: 'ads',
    aliases: ['ad', 'advert', 'advertising', 'paid ads', 'banner ads', 'διαφήμιση', '广告投放', '廣告投放'],
  },
  {
    id: 'email',
    aliases: ['mail', 'newsletter', 'mailing', 'ηλεκτρονικό ταχυδρομείο', 'μέιλ', '邮件', '郵件', '邮箱', '電郵'],
  },
  {
    id: 'events',
    aliases: [
      'conference',
      'trade show',
      'trade fair',
      'meetup',
      'εκδήλωση',
      'έκθεση',
      'συνέδριο',
      '活动',
      '展会',
      '活動',
      '展覽',
    ],
  },
  {
    id: 'webinar',
    aliases: ['online seminar', 'σεμινάριο', '线上研讨会', '网络研讨会', '網路研討會', '线上讲座', '線上講座'],
  },
  {
    id: 'sales_call',
    aliases: ['sales meeting', 'call with sales', 'τηλεφώνημα πωλήσεων', '电话销售', '電話銷售', '业务电话'],
  },
  { id: 'demo', aliases: ['product demo', 'demonstration', 'επίδειξη', '演示', '展示', '產品演示'] },
  {
    id: 'live_chat',
    aliases: [
      'chat',
      'chatbot',
      'chat bot',
      'website chat',
      'συνομιλία',
      'τσατ',
      '在线聊天',
      '线上客服',
      '線上聊天',
      '在線客服',
    ],
  },
  {
    id: 'reviews',
    aliases: [
      'review site',
      'ratings',
      'g2',
      'capterra',
      'trustpilot',
      'αξιολογήσεις',
      '评价',
      '评论',
      '評價',
      '評論',
      '用戶評價',
    ],
  },
  {
    id: 'store',
    aliases: [
      'shop',
      'retail store',
      'physical store',
      'branch',
      'μαγαζί',
      '实体店',
      '店铺',
      '商店',
      '實體店',
      '店面',
      '門店',
    ],
  },
  {
    id: 'support',
    aliases: [
      'customer support',
      'customer service',
      'helpdesk',
      'help desk',
      'υποστήριξη',
      'εξυπηρέτηση',
      '客户服务',
      '售后',
      '客戶服務',
      '售後',
    ],
  },
  {
    id: 'app',
    aliases: ['mobile app', 'application', 'εφαρμογή κινητού', '应用', '手机应用', '應用程式', '手機應用程式'],
  },
  {
    id: 'partner',
    aliases: ['reseller', 'agency', 'referral partner', 'συνεργάτης', 'μεταπωλητής', '代理商', '经销商', '經銷商'],
  },
];

export function touchpointLabel(touchpoint: Touchpoint, t: Translator = ENGLISH): string {
  return t.t(`interview.touchpoints.${touchpoint.id}`);
}

export function askedStep(step: StepId, stageName: string, isLastStage: boolean, t: Translator = ENGLISH): AskedStep {
  const question: MessageKey =
    isLastStage && step === 'idea' ? 'interview.steps.idea.lastStageQuestion' : `interview.steps.${step}.question`;
  return {
    id: step,
    question: t.t(question, { stageName }),
    hint: t.t(`interview.steps.${step}.hint`),
    skippable: isSkippable(step),
  };
}

/** Every question of a stage, for the one-form-per-stage path. */
export function stageQuestions(stageName: string, isLastStage: boolean, t: Translator = ENGLISH): AskedStep[] {
  return STEP_IDS.map((step) => askedStep(step, stageName, isLastStage, t));
}

export function isSkippable(step: StepId): boolean {
  return REQUIRED[step] === undefined;
}

/** What to say when a step that cannot be skipped has no answer; undefined for the others. */
export function missingAnswerMessage(step: StepId, t: Translator = ENGLISH): string | undefined {
  const key = REQUIRED[step];
  return key && t.t(key);
}

/** "Stage 2 of 5: Consideration" */
export function stageHeading(stageIndex: number, stageCount: number, stageName: string, t: Translator = ENGLISH) {
  return t.t('interview.heading', { stageNumber: stageIndex + 1, stageCount, stageName });
}
