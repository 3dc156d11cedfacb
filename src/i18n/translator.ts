import { IntlMessageFormat } from 'intl-messageformat';
import type { MessagePath } from './catalog-types.ts';
import { CATALOGS, type EnglishCatalog } from './catalogs/index.ts';
import { DEFAULT_LANGUAGE, INTL_LOCALES, isLanguage, type Language } from './languages.ts';

export type MessageKey = MessagePath<EnglishCatalog>;
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** A message chosen by pure domain code, worded later in the reader's language by a view. */
export interface Phrase {
  key: MessageKey;
  values?: MessageValues;
}

/** Names every message may use without being handed them: the slash command and the product. */
export const PRODUCT = { command: '/journey', product: 'Journey Bot' } as const;

/** Everything a view needs to speak one language: messages, numbers and lists in that language's conventions. */
export interface Translator {
  readonly language: Language;
  /** BCP 47, for Intl. */
  readonly locale: string;
  /** The message in this language, with `values` filled in (user text must already be escaped for mrkdwn). */
  t(key: MessageKey, values?: MessageValues): string;
  /** A number with exactly `fractionDigits` decimals, in the language's own notation (2.1, 2,1). */
  number(value: number, fractionDigits?: number): string;
  /** Items joined the way the language lists things ("a, b" / "甲、乙"). */
  join(items: readonly string[]): string;
  date(value: Date, options: Intl.DateTimeFormatOptions): string;
}

const translators = new Map<Language, Translator>();

/** The one translator of a language, built once; an unknown or missing language speaks English. */
export function translator(language: string | undefined): Translator {
  const chosen = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  let found = translators.get(chosen);
  if (!found) {
    found = createTranslator(chosen);
    translators.set(chosen, found);
  }
  return found;
}

/** A map speaks its language; maps stored before maps had one speak English. */
export function mapTranslator(map: { language?: Language | undefined }): Translator {
  return translator(map.language);
}

function createTranslator(language: Language): Translator {
  const locale = INTL_LOCALES[language];
  const compiled = new Map<string, IntlMessageFormat>();
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const format = (key: MessageKey): IntlMessageFormat => {
    let message = compiled.get(key);
    if (!message) {
      message = new IntlMessageFormat(lookup(language, key), locale, undefined, { ignoreTag: true });
      compiled.set(key, message);
    }
    return message;
  };
  const self: Translator = {
    language,
    locale,
    t: (key, values) => String(format(key).format({ ...PRODUCT, ...values })),
    number(value, fractionDigits = 1) {
      let numberFormat = numberFormats.get(fractionDigits);
      if (!numberFormat) {
        const digits = { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
        numberFormat = new Intl.NumberFormat(locale, digits);
        numberFormats.set(fractionDigits, numberFormat);
      }
      return numberFormat.format(value);
    },
    join: (items) => items.join(self.t('common.listSeparator')),
    date: (value, options) => new Intl.DateTimeFormat(locale, options).format(value),
  };
  return self;
}

function lookup(language: Language, key: string): string {
  let node: unknown = CATALOGS[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`missing message ${key} in ${language}`);
  return node;
}
