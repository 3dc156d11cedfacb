import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.ts';
import { publishHome } from '../../flows/home.ts';

type Args = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

export function appHomeOpened(deps: Deps) {
  return async ({ event, context, client }: Args): Promise<void> => {
    if (event.tab !== 'home' || !context.teamId) return;
    try {
      await publishHome(deps, client, context.teamId, event.user);
    } catch (err) {
      deps.log.error({ err }, 'home publish failed');
    }
  };
}
