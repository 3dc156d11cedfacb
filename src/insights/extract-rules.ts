import type { Kind, Stage } from '../journey/model.ts';
import { normaliseText } from '../journey/normalise.ts';
import { findStage } from '../journey/stages.ts';
import { type ExtractedItem, MAX_ITEMS_PER_REPLY } from '../threads/parse.ts';
import type { Extraction } from './extraction.ts';

/**
 * Word lists per language. A term is a whole word or phrase; a trailing `*` makes it a stem that
 * also matches longer words ("frustrat*": frustrated, frustrating). Chinese terms match anywhere,
 * since Chinese puts no spaces between words. Terms are compared after `normaliseText`, so case,
 * accents, apostrophes and English plurals do not matter.
 */
interface TermsByLanguage {
  en: readonly string[];
  /** Simplified Chinese. */
  zh: readonly string[];
  /** Traditional Chinese, in Taiwan's words where they differ. */
  zhHant: readonly string[];
  el: readonly string[];
}

/**
 * Tried in this order: a suggestion usually names the complaint it answers ("we should stop asking
 * for an account"), and a complaint usually names the channel it is about.
 */
const KIND_TERMS: ReadonlyArray<{ kind: Kind; terms: TermsByLanguage }> = [
  {
    kind: 'idea',
    terms: {
      en: [
        'should*',
        'we need',
        'we could',
        'could we',
        'suggest*',
        'what if',
        'why not',
        'would be better',
        'ideally',
      ],
      zh: ['应该', '建议', '最好', '不如', '可以考虑'],
      zhHant: ['應該', '建議', '最好', '不如', '可以考慮'],
      el: ['θα έπρεπε', 'πρέπει να', 'προτείν*', 'θα μπορούσαμε', 'χρειαζόμαστε', 'καλύτερα να'],
    },
  },
  {
    kind: 'obstacle',
    terms: {
      en: [
        'complain*',
        'slow*',
        'confus*',
        "can't",
        'cannot',
        "couldn't",
        'could not',
        "doesn't",
        'does not',
        "won't",
        'unable',
        'hard to',
        'too long',
        'too many',
        'expensive',
        'frustrat*',
        'annoy*',
        'abandon*',
        'leav*',
        'stuck',
        'error*',
        'broken',
        'fail*',
        'difficult*',
        'asks for an account',
        'problem',
        'issue',
        'pain point',
        'friction',
        'blocker',
      ],
      zh: [
        '抱怨',
        '投诉',
        '慢',
        '太贵',
        '找不到',
        '无法',
        '不能',
        '麻烦',
        '放弃',
        '困难',
        '复杂',
        '出错',
        '卡住',
        '看不懂',
        '痛点',
        '障碍',
      ],
      zhHant: [
        '抱怨',
        '投訴',
        '客訴',
        '慢',
        '太貴',
        '找不到',
        '無法',
        '不能',
        '麻煩',
        '放棄',
        '困難',
        '複雜',
        '出錯',
        '卡住',
        '看不懂',
        '痛點',
        '障礙',
      ],
      el: [
        'παραπον*',
        'αργ*',
        'δεν μπορ*',
        'δεν βρίσκ*',
        'δεν λειτουργ*',
        'ακριβ*',
        'δύσκολ*',
        'εγκαταλείπ*',
        'μπερδ*',
        'κολλ*',
        'λάθ*',
        'σφάλμ*',
        'εμπόδι*',
      ],
    },
  },
  {
    kind: 'touchpoint',
    terms: {
      en: [
        'webinar',
        'website',
        'homepage',
        'landing page',
        'pricing page',
        'email',
        'newsletter',
        'ad',
        'ads',
        'advert*',
        'store',
        'shop',
        'live chat',
        'chat',
        'chatbot',
        'support',
        'help desk',
        'helpdesk',
        'call center',
        'app',
        'review',
        'social media',
        'linkedin',
        'instagram',
        'facebook',
        'youtube',
        'tiktok',
        'event',
        'trade show',
        'conference',
        'demo',
        'sales call',
        'call',
        'phone',
        'blog',
        'forum',
        'podcast',
        'sms',
      ],
      zh: [
        '网站',
        '官网',
        '网页',
        '邮件',
        '广告',
        '门店',
        '客服',
        '应用',
        '评价',
        '直播',
        '公众号',
        '小程序',
        '电话',
        '展会',
        '短信',
        '演示',
      ],
      zhHant: [
        '網站',
        '官網',
        '網頁',
        '郵件',
        '廣告',
        '門市',
        '客服',
        '應用程式',
        '評價',
        '評論',
        '直播',
        '粉專',
        '電話',
        '展覽',
        '簡訊',
        '示範',
      ],
      el: [
        'ιστοσελίδ*',
        'ιστότοπ*',
        'email',
        'newsletter',
        'webinar',
        'διαφημ*',
        'κατάστημ*',
        'εξυπηρέτησ*',
        'εφαρμογ*',
        'κριτικ*',
        'τηλέφων*',
        'εκδήλωσ*',
        'σεμινάρι*',
        'live chat',
        'chat',
        'social media',
        'μέσα κοινωνικής δικτύωσης',
      ],
    },
  },
];

/**
 * Words that place a sentence in a stage the map may have under one of these names (in any of
 * the languages); when the map has no such stage, the hint says nothing.
 */
const STAGE_HINTS: ReadonlyArray<{ stageNames: readonly string[]; terms: TermsByLanguage }> = [
  {
    stageNames: [
      ...['awareness', 'discovery', 'discover', '认知', '了解', '意识', '意識', '認知', '瞭解'],
      ...['ενημέρωση', 'επίγνωση', 'συνείδηση', 'ανακάλυψη'],
    ],
    terms: {
      en: ['heard about', 'hear about', 'found us', 'find us', 'first saw'],
      zh: ['听说', '第一次看到'],
      zhHant: ['聽說', '第一次看到'],
      el: ['έμαθαν για', 'μας βρήκαν'],
    },
  },
  {
    stageNames: [
      'consideration',
      'evaluation',
      'research',
      'comparison',
      '考虑',
      '评估',
      '比较',
      '考慮',
      '評估',
      '比較',
      'εξέταση',
      'αξιολόγηση',
      'θεώρηση',
    ],
    terms: {
      en: ['compar*', 'trial', 'evaluat*', 'alternative*'],
      zh: ['比较', '对比', '试用', '评估'],
      zhHant: ['比較', '對比', '試用', '評估'],
      el: ['σύγκρι*', 'δοκιμαστικ*', 'αξιολογ*'],
    },
  },
  {
    stageNames: [
      'decision',
      'purchase',
      'buy',
      'buying',
      'conversion',
      '决策',
      '购买',
      '下单',
      '转化',
      '決定或購買',
      '決定',
      '決策',
      '購買',
      '下單',
      '轉換',
      'απόφαση',
      'αγορά',
    ],
    terms: {
      en: ['checkout', 'buy*', 'purchas*', 'payment', 'pay', 'cart', 'basket'],
      zh: ['结账', '购买', '付款', '支付', '下单', '购物车'],
      zhHant: ['結帳', '購買', '付款', '支付', '下單', '購物車'],
      el: ['ταμεί*', 'αγορ*', 'πληρωμ*', 'καλάθι'],
    },
  },
  {
    stageNames: [
      ...['retention', 'loyalty', 'renewal', '留存', '忠诚', '续约', '保留', '保留或忠誠度', '忠誠度', '續約'],
      ...['διατήρηση', 'αφοσίωση', 'κράτηση'],
    ],
    terms: {
      en: ['renew*', 'cancel*', 'churn*', 'unsubscrib*'],
      zh: ['续费', '续约', '退订', '取消订阅'],
      zhHant: ['續費', '續約', '退訂', '取消訂閱'],
      el: ['ανανέω*', 'ακύρω*'],
    },
  },
  {
    stageNames: [
      ...['advocacy', 'referral', 'recommendation', '推荐', '口碑', '宣傳', '推薦'],
      ...['σύσταση', 'πρεσβεία', 'συνηγορία'],
    ],
    terms: {
      en: ['refer*', 'word of mouth', 'recommend us', 'testimonial*'],
      zh: ['推荐给', '口碑', '转介绍'],
      zhHant: ['推薦給', '口碑', '轉介紹'],
      el: ['συστήνουν', 'μας προτείνουν'],
    },
  },
];

/** A word at least this long that starts a stage name (or that a stage name starts) is taken to mean that stage. */
const MIN_STAGE_WORD_LENGTH = 5;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Ends of sentences: Latin and Greek ones need a space after them ("2.5", "example.com" are not ends). */
const SENTENCE_BREAK = /(?<=[.!?;\u037e…])\s+|(?<=[。！？；])(?![。！？；])\s*|\s*\n\s*/u;
const CJK_SENTENCE_END = /[。！？；]$/u;

interface Term {
  key: string;
  stem: boolean;
  cjk: boolean;
}

const compileTerms = (terms: TermsByLanguage): Term[] =>
  [...terms.en, ...terms.zh, ...terms.zhHant, ...terms.el].map((term) => {
    const key = normaliseText(term.replace(/\*$/, ''));
    return { key, stem: term.endsWith('*'), cjk: CJK_CHARACTER.test(key) };
  });

const KIND_MATCHERS = KIND_TERMS.map(({ kind, terms }) => ({ kind, terms: compileTerms(terms) }));
const HINT_MATCHERS = STAGE_HINTS.map(({ stageNames, terms }) => ({
  stageKeys: new Set(stageNames.map(normaliseText)),
  terms: compileTerms(terms),
}));

/**
 * Reads a plain reply (no explicit form) with word lists. One reply is usually one item; it is split
 * only where several sentences each say what kind of thing they are. A kind or stage the words do
 * not tell stays null, for the bot to ask about. Callers check the length first (parseExplicitReply).
 */
export function extractWithRules(text: string, stages: readonly Stage[]): Extraction {
  const groups = sentenceGroups(text).slice(0, MAX_ITEMS_PER_REPLY);
  const items = groups.map((sentences): ExtractedItem => {
    const groupText = joinSentences(sentences.map((sentence) => sentence.text));
    return {
      kind: sentences.find((sentence) => sentence.kind)?.kind ?? null,
      stageId: stageIn(groupText, stages),
      text: groupText,
    };
  });
  return { items, source: 'rules' };
}

interface Sentence {
  text: string;
  kind: Kind | null;
}

/** Sentences that say nothing about their kind belong with their neighbour ("Nobody reads the terms."). */
function sentenceGroups(text: string): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const part of text.split(SENTENCE_BREAK)) {
    const sentenceText = part.replace(/\s+/g, ' ').trim();
    if (sentenceText === '') continue;
    const sentence = { text: sentenceText, kind: kindIn(searchable(sentenceText)) };
    const current = groups.at(-1);
    const startsNewItem = !current || (sentence.kind !== null && current.some((earlier) => earlier.kind !== null));
    if (startsNewItem) groups.push([sentence]);
    else current.push(sentence);
  }
  return groups;
}

function joinSentences(texts: readonly string[]): string {
  return texts.reduce(
    (joined, next) => (joined === '' || CJK_SENTENCE_END.test(joined) ? joined + next : `${joined} ${next}`),
    '',
  );
}

/** Normalised text padded with spaces, so a whole word is always found as " word ". */
function searchable(text: string): string {
  return ` ${normaliseText(text)} `;
}

function mentions(padded: string, terms: readonly Term[]): boolean {
  return terms.some(({ key, stem, cjk }) => padded.includes(cjk ? key : stem ? ` ${key}` : ` ${key} `));
}

function kindIn(padded: string): Kind | null {
  return KIND_MATCHERS.find(({ terms }) => mentions(padded, terms))?.kind ?? null;
}

/** The one stage the text names (or, failing that, hints at); none when it names several. */
function stageIn(text: string, stages: readonly Stage[]): string | null {
  const padded = searchable(text);
  const named = new Set<Stage>();
  for (const stage of stages) {
    if (namesStage(padded, normaliseText(stage.name))) named.add(stage);
  }
  for (const word of padded.trim().split(' ')) {
    if ([...word].length < MIN_STAGE_WORD_LENGTH) continue;
    const match = findStage(stages, word);
    if (match && 'stage' in match) named.add(match.stage);
  }
  if (named.size > 0) return onlyStageId(named);
  const hinted = new Set<Stage>();
  for (const hint of HINT_MATCHERS) {
    if (!mentions(padded, hint.terms)) continue;
    for (const stage of stages) {
      if (hint.stageKeys.has(normaliseText(stage.name))) hinted.add(stage);
    }
  }
  return onlyStageId(hinted);
}

/** The stage's name as a phrase, or (for longer names) a word that starts with it, as inflected Greek does. */
function namesStage(padded: string, key: string): boolean {
  if (key === '') return false;
  if (CJK_CHARACTER.test(key)) return padded.includes(key);
  return padded.includes([...key].length >= MIN_STAGE_WORD_LENGTH ? ` ${key}` : ` ${key} `);
}

function onlyStageId(stages: ReadonlySet<Stage>): string | null {
  const [only] = stages;
  return stages.size === 1 && only ? only.id : null;
}
