/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {};
