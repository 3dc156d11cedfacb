import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { translator } from '../../../i18n/index.ts';
import type { Deps } from '../../deps.ts';
import { friendlyError } from '../../flows/friendly-error.ts';
import { personTranslator } from '../../flows/users.ts';
import { helpMessage } from '../../views/help.ts';
import { archive } from './journey/archive.ts';
import { digest } from './journey/digest.ts';
import { exportMap } from './journey/export.ts';
import { interview } from './journey/interview.ts';
import { language } from './journey/language.ts';
import { listMaps } from './journey/list.ts';
import { newMap } from './journey/new.ts';
import { reopen } from './journey/reopen.ts';
import { show } from './journey/show.ts';
import { commandSchema, type Subcommand } from './journey/subcommand.ts';
import { summary } from './journey/summary.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const SUBCOMMANDS: Record<string, Subcommand> = {
  new: newMap,
  list: listMaps,
  interview,
  archive,
  summary,
  show,
  digest,
  export: exportMap,
  language,
  reopen,
};

/** Slack escapes &, < and > in slash-command text; names are matched as people typed them. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Splits "/journey export Online shoppers csv" into the subcommand word and the rest, as typed. */
export function splitSubcommand(text: string): { name: string; rest: string } {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const name = (space === -1 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  return { name, rest: space === -1 ? '' : trimmed.slice(space).trim() };
}

/** Calls `compute` the first time only; later calls share its promise. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= compute();
    return result;
  };
}

export function journeyCommand(deps: Deps) {
  return async ({ command, ack, respond, client }: Args): Promise<void> => {
    const parsed = commandSchema.safeParse(command);
    if (!parsed.success) {
      deps.log.warn({ issues: parsed.error.issues.length }, 'journey command payload rejected');
      await ack({ response_type: 'ephemeral', text: translator('en').t('help.unreadable') });
      return;
    }
    const { name, rest } = splitSubcommand(unescapeSlackText(parsed.data.text));
    const subcommand = SUBCOMMANDS[name];
    const person = { teamId: parsed.data.team_id, userId: parsed.data.user_id };
    const personLanguage = once(() => personTranslator(deps, client, person, parsed.data.text));
    if (!subcommand) {
      if (name !== '' && name !== 'help') deps.log.info({ subcommand: name.slice(0, 40) }, 'unknown subcommand');
      const t = await personLanguage();
      await ack({ response_type: 'ephemeral', ...helpMessage(t, name === '' || name === 'help' ? undefined : name) });
      return;
    }
    let acked = false;
    const ackOnce: typeof ack = async (response) => {
      acked = true;
      await ack(response);
    };
    try {
      await subcommand({ deps, client, command: parsed.data, rest, ack: ackOnce, respond, personLanguage });
    } catch (err) {
      deps.log.error({ err, subcommand: name, teamId: parsed.data.team_id }, 'subcommand failed');
      const t = await personLanguage();
      const reply = { response_type: 'ephemeral' as const, text: await friendlyError(deps, t, err) };
      if (!acked) await ack(reply);
      // Bolt gives no respond() to a command without a response_url; then the log line is all there is.
      else if (typeof respond === 'function') await respond(reply).catch(() => undefined);
    }
  };
}
