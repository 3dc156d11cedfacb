import { type Translator, translator } from '../i18n/index.ts';

/** The wording of a map that says nothing about its language; also the default of every function in this room. */
export const ENGLISH: Translator = translator('en');
