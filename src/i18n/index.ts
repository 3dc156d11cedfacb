export type { Messages } from './catalog-types.ts';
export { defaultMapLanguage, languageOfSlackLocale, languageOfText } from './detect.ts';
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './languages.ts';
export {
  type MessageKey,
  type MessageValues,
  mapTranslator,
  PRODUCT,
  type Translator,
  translator,
} from './translator.ts';
