import { FORMAT_NAMES } from '../../export/formats.ts';
import type { Translator } from '../../i18n/index.ts';
import { escapeMrkdwn } from '../text.ts';
import { context, divider, header, type MessageContent, message, section } from './blocks.ts';

/** The subcommands help lists, in this order; each has its usage, example and line in the `help` catalog. */
export const SUBCOMMANDS = [
  'help',
  'new',
  'list',
  'show',
  'interview',
  'summary',
  'digest',
  'export',
  'language',
  'archive',
  'reopen',
] as const;

/** The help answer in the person's language; `unknown` is the word the user typed when it was not a subcommand. */
export function helpMessage(t: Translator, unknown?: string): MessageContent {
  const lines = SUBCOMMANDS.map((name) =>
    t.t('help.line', {
      // Only export's usage has {formats}; the registry fills it, so a new format is listed without a catalog edit.
      usage: t.t(`help.subcommands.${name}.usage`, { formats: FORMAT_NAMES }),
      example: t.t(`help.subcommands.${name}.example`),
      what: t.t(`help.subcommands.${name}.what`),
    }),
  );
  const word = unknown === undefined ? undefined : escapeMrkdwn(unknown);
  return message(word ? t.t('help.unknownFallback', { word }) : t.t('help.fallback'), [
    header(t.t('help.product')),
    section(t.t('help.intro')),
    section(word ? t.t('help.unknownOpening', { word }) : t.t('help.opening')),
    section(lines.join('\n')),
    divider(),
    context(t.t('help.footer')),
  ]);
}
