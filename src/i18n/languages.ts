/** The languages Journey Bot speaks. A map has one; a person's Slack locale picks one for what is not about a map. */
export const LANGUAGES = ['en', 'el', 'zh-Hans', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language in its own words: a language picker shows these untranslated. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  el: 'Ελληνικά',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** The BCP 47 locale Intl formats a language's numbers, dates and lists with. */
export const INTL_LOCALES: Record<Language, string> = {
  en: 'en',
  el: 'el',
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hant',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** What people type to name a language, compared in lower case without accents. */
const LANGUAGE_WORDS: Record<string, Language> = {
  en: 'en',
  english: 'en',
  αγγλικα: 'en',
  英文: 'en',
  英语: 'en',
  英語: 'en',
  el: 'el',
  gr: 'el',
  greek: 'el',
  ελληνικα: 'el',
  希腊语: 'el',
  希臘語: 'el',
  zh: 'zh-Hans',
  'zh-hans': 'zh-Hans',
  'zh-cn': 'zh-Hans',
  chinese: 'zh-Hans',
  中文: 'zh-Hans',
  简体: 'zh-Hans',
  简体中文: 'zh-Hans',
  'zh-hant': 'zh-Hant',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  繁體: 'zh-Hant',
  繁体: 'zh-Hant',
  繁體中文: 'zh-Hant',
  繁体中文: 'zh-Hant',
};

/** The language a typed word names ("el", "Ελληνικά", "繁體中文"), or undefined. */
export function languageNamed(word: string): Language | undefined {
  const folded = word
    .trim()
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase();
  return LANGUAGE_WORDS[folded];
}
