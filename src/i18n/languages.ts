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
