/**
 * The shape every language's catalog must have: the English catalog's keys with ICU MessageFormat strings as
 * values. A missing or extra key in another language is a compile error.
 */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** "interview.askStep.question" for every leaf of a catalog. */
export type MessagePath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePath<T[K]>}`;
}[keyof T & string];
