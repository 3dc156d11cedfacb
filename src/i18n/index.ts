export type { Messages } from './catalog-types.ts';
export { defaultMapLanguage, languageOfSlackLocale, languageOfText } from './detect.ts';
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, languageNamed } from './languages.ts';
export {
  type MessageKey,
  type MessageValues,
  mapTranslator,
  type Phrase,
  PRODUCT,
  type Translator,
  translator,
} from './translator.ts';
