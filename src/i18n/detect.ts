import { DEFAULT_LANGUAGE, type Language } from './languages.ts';

/**
 * Characters written differently in Simplified and Traditional Chinese, among the most frequent in what teams
 * type about customers. Counting them tells the two scripts apart; characters shared by both say nothing.
 */
const SIMPLIFIED_ONLY = new Set(
  '这个们来说时会对发过后还进样经点没问题现实体动长开关门间车东买卖钱价单订货务员产业户账号码网页电话视频线级质' +
    '让给从办应该认识计划设备费资极决确选择环节条标签证银邮递运输软试验评论满际购络导处复杂难简获维护续约书报么吗' +
    '为与并几区饮馆医药疗险汇转团队页预约审脑冲优积宝币适诉这样该讲',
);
const TRADITIONAL_ONLY = new Set(
  '這個們來說時會對發過後還進樣經點沒問題現實體動長開關門間車東買賣錢價單訂貨務員產業戶賬號碼網頁電話視頻線級質' +
    '讓給從辦應該認識計劃設備費資極決確選擇環節條標簽證銀郵遞運輸軟試驗評論滿際購絡導處複雜難簡獲維護續約書報麼嗎' +
    '為與並幾區飲館醫藥療險匯轉團隊預審腦衝優積寶幣適訴講帳',
);

/** A Han character is a syllable, often a word: it weighs as much as a few letters when two scripts are mixed. */
const LETTERS_PER_HAN_CHARACTER = 2;

const GREEK_LETTER = /\p{Script=Greek}/gu;
const HAN_CHARACTER = /\p{Script=Han}/gu;

/** Slack's locales that name a language we speak (Slack has no Greek locale today; el-GR is there for when it does). */
const SLACK_LOCALES: Record<string, Language> = {
  'zh-CN': 'zh-Hans',
  'zh-SG': 'zh-Hans',
  'zh-TW': 'zh-Hant',
  'zh-HK': 'zh-Hant',
  'zh-MO': 'zh-Hant',
  'el-GR': 'el',
  el: 'el',
};

/** The language a Slack locale ("en-US", "zh-TW") stands for, or undefined for one we do not speak. */
export function languageOfSlackLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  if (SLACK_LOCALES[locale]) return SLACK_LOCALES[locale];
  if (locale.startsWith('en')) return 'en';
  if (locale.startsWith('el')) return 'el';
  return undefined;
}

/**
 * The language of what someone typed, by script: Greek letters make it Greek, Han characters Chinese (Traditional
 * or Simplified by the characters that differ). Latin text, emoji or nothing say nothing: undefined.
 * `chineseHint` breaks the tie when the characters are shared by both Chinese scripts.
 */
export function languageOfText(text: string, chineseHint?: Language): Language | undefined {
  const greek = text.match(GREEK_LETTER)?.length ?? 0;
  const han = text.match(HAN_CHARACTER) ?? [];
  if (greek === 0 && han.length === 0) return undefined;
  if (greek > han.length * LETTERS_PER_HAN_CHARACTER) return 'el';
  let simplified = 0;
  let traditional = 0;
  for (const character of han) {
    if (SIMPLIFIED_ONLY.has(character)) simplified += 1;
    else if (TRADITIONAL_ONLY.has(character)) traditional += 1;
  }
  if (traditional > simplified) return 'zh-Hant';
  if (simplified > traditional) return 'zh-Hans';
  return chineseHint === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

/**
 * A new map's language: what the creator typed wins (Slack has no Greek locale, and people type in the language
 * they work in); then their Slack locale; then English.
 */
export function defaultMapLanguage(typed: readonly string[], slackLocale: string | undefined): Language {
  const fromLocale = languageOfSlackLocale(slackLocale);
  return languageOfText(typed.join('\n'), fromLocale) ?? fromLocale ?? DEFAULT_LANGUAGE;
}
