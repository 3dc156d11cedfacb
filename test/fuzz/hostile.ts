// Arbitraries for hostile and broken input: what people paste into Slack, and what a broken client could send.
import fc from 'fast-check';

/** Pieces that have broken chat apps: controls, bidi and zero-width marks, emoji, mentions, markup, templates. */
const HOSTILE_FRAGMENTS = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\r\n',
  '\n\n\n',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ufffd',
  'مرحبا بالعالم',
  'שלום',
  '中文旅程',
  'Ελληνικά',
  'e\u0301',
  '😀',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  ':smile:',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0TEAM>',
  '<@U123>',
  '<@W0SMUGGLE|boss>',
  '<#C0SECRET>',
  '@channel',
  '@here',
  '<http://x|y>',
  '<https://evil.example/login|click here>',
  '<mailto:a@b.c|mail>',
  '*bold*',
  '_italic_',
  '~strike~',
  '`code`',
  '```block```',
  '> quote',
  '&amp;',
  '&lt;',
  '&',
  '<',
  '>',
  '<<>>',
  '[link](http://x)',
  '<script>alert(1)</script>',
  '{{goal}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text, as someone might paste it
  '${process.env}',
  '%s%n',
  '\\',
  '"',
  "'",
  '|',
  ':',
  ',',
  '#',
  'touchpoint: pricing webinar @consideration',
  'obstacle: checkout asks for an account',
  '@decision',
  '1.',
  '- ',
  'skip',
] as const;

const fragmentText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 24 })
  .map((parts) => parts.join(''));

/** Between 4,000 and 6,000 characters: over Slack's command limit and over a contribution's 2,000. */
const longText = fc
  .tuple(fragmentText, fc.integer({ min: 4_000, max: 6_000 }))
  .map(([seed, length]) => (seed || 'x').repeat(Math.ceil(length / Math.max(1, seed.length))).slice(0, length));

/** Text a person could type or paste, from empty to far too long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fragmentText, weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '\u0000', '\n', '\u200f'), weight: 1 },
  { arbitrary: longText, weight: 1 },
);

/** A value where a structure was expected: wrong type, null, absent, nested junk or a huge array. */
export const brokenValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(null, undefined, 0, -1, 1e308, Number.NaN, true, '', [], {}), weight: 3 },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  {
    arbitrary: fc.integer({ min: 1_000, max: 10_000 }).map((length) => Array.from({ length }, (_, i) => `U0${i}`)),
    weight: 1,
  },
);
