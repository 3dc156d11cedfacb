import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';
import type { Translator } from '../../../../i18n/index.ts';
import type { Deps, SlackClient } from '../../../deps.ts';
import type { CommandInput } from '../journey.ts';

export interface SubcommandContext {
  deps: Deps;
  client: SlackClient;
  command: CommandInput;
  /** The text after the subcommand word, as typed. */
  rest: string;
  ack: AckFn<string | RespondArguments>;
  respond: RespondFn;
  /** The caller's language from their Slack locale, asked of Slack only when a reply needs it (and once). */
  personLanguage: () => Promise<Translator>;
}

/** One `/journey <word>` handler: acks first (within Slack's 3 s), then does the slow part. */
export type Subcommand = (context: SubcommandContext) => Promise<void>;
