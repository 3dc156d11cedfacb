import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.ts';

type Args = SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'> & AllMiddlewareArgs;

/**
 * A workspace removed the app or revoked its bot token: forget the installation so nothing keeps a dead token.
 * Its maps stay, scoped to the team, for a reinstall. Single-workspace mode has no installations to forget.
 */
export function appUninstalled(deps: Deps) {
  return async ({ event, context }: Args): Promise<void> => {
    const installations = deps.store.installations;
    if (!installations) return;
    if (event.type === 'tokens_revoked' && !event.tokens.bot?.length) return;
    const isEnterpriseInstall = context.isEnterpriseInstall === true;
    try {
      await installations.deleteInstallation({
        teamId: context.teamId,
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall,
      });
      deps.log.info({ teamId: context.teamId, event: event.type }, 'installation removed');
    } catch (err) {
      deps.log.error({ err, teamId: context.teamId }, 'installation removal failed');
    }
  };
}
