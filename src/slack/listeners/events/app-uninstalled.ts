import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.ts';

type Args = SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'> & AllMiddlewareArgs;

/**
 * A workspace removed the app or revoked its bot token: forget the installation so nothing keeps a dead token,
 * then purge everything stored for the workspace (maps, contributions, interviews, claims): data of a workspace
 * that no longer uses the app is not kept. Both steps are idempotent, so the two events Slack sends on an
 * uninstall, or a retry, do no harm. Single-workspace mode has no installation to forget, only data.
 */
export function appUninstalled(deps: Deps) {
  return async ({ event, context }: Args): Promise<void> => {
    if (event.type === 'tokens_revoked' && !event.tokens.bot?.length) return;
    const { teamId, enterpriseId } = context;
    try {
      const isEnterpriseInstall = context.isEnterpriseInstall === true;
      await deps.store.installations?.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall });
      if (teamId) await deps.store.purgeTeam(teamId);
      deps.log.info({ teamId, event: event.type }, 'installation removed and workspace data purged');
    } catch (err) {
      deps.log.error({ err, teamId }, 'installation removal or purge failed');
    }
  };
}
