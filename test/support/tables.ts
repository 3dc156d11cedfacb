import { expect, it } from 'vitest';

/**
 * A table test of a function of one argument: one test per `[input, expected]` row, each checking
 * `fn(input)` is `expected` (toBe). `title` is it.each's, filled from the row.
 */
export function itReturns<I, O>(fn: (input: I) => O, title: string, rows: [I, O][]) {
  it.each(rows)(title, (input, expected) => {
    expect(fn(input)).toBe(expected);
  });
}

/** As `itReturns`, for rows `[name, input, expected]`: each test is called by its row's name. */
export function itReturnsNamed<I, O>(fn: (input: I) => O, rows: [string, I, O][]) {
  it.each(rows)('%s', (_name, input, expected) => {
    expect(fn(input)).toBe(expected);
  });
}
