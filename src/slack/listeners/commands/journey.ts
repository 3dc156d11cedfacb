import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { helpMessage } from '../../views/help.ts';

const commandSchema = z.object({
  text: z.string().default(''),
  user_id: z.string().min(1),
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  trigger_id: z.string().default(''),
  enterprise_id: z.string().optional(),
});

export type CommandInput = z.infer<typeof commandSchema>;

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Splits "/journey export Online shoppers csv" into the subcommand word and the rest, as typed. */
export function splitSubcommand(text: string): { name: string; rest: string } {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const name = (space === -1 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  return { name, rest: space === -1 ? '' : trimmed.slice(space).trim() };
}

export function journeyCommand(deps: Deps) {
  return async ({ command, ack, logger }: Args): Promise<void> => {
    const parsed = commandSchema.safeParse(command);
    if (!parsed.success) {
      logger.warn('journey command payload rejected');
      await ack({ response_type: 'ephemeral', text: "Sorry, I couldn't read that command. Please try again." });
      return;
    }
    const { name } = splitSubcommand(parsed.data.text);
    if (name === '' || name === 'help') {
      await ack({ response_type: 'ephemeral', ...helpMessage() });
      return;
    }
    deps.log.info({ subcommand: name, teamId: parsed.data.team_id }, 'unknown subcommand');
    await ack({ response_type: 'ephemeral', ...helpMessage(name) });
  };
}
