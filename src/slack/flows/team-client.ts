import { type App, webApi } from '@slack/bolt';
import type { Deps, SlackClient } from '../deps.ts';

/** Where a workspace's client comes from: the one workspace's own, or Bolt's client options for an installation. */
export interface ClientSource {
  bolt: App;
  /** Set for a bot-token install (one workspace): the client holding its token. */
  workspace?: webApi.WebClient;
}

/**
 * A Web API client authorised for one workspace, for work no request started (the digest scheduler, nudges).
 * Listeners use the `client` Bolt hands them instead. Single workspace: its own client, which holds the bot
 * token. OAuth install: a client with that workspace's bot token from its installation, and the app's client
 * options (Slack URL, timeouts, retries, logger). Org-wide installs are found by `enterpriseId`.
 */
export async function clientForTeam(
  { bolt, workspace }: ClientSource,
  deps: Deps,
  teamId: string,
  enterpriseId?: string,
): Promise<SlackClient> {
  if (workspace) return workspace;
  const installations = deps.store.installations;
  if (!installations) throw new Error('Journey Bot has neither a bot token nor installations');
  const installation =
    (await installations.find({ teamId, isEnterpriseInstall: false })) ??
    (enterpriseId ? await installations.find({ enterpriseId, isEnterpriseInstall: true }) : undefined);
  const token = installation?.bot?.token;
  if (!token) throw new Error(`Journey Bot is not installed in team ${teamId}`);
  return new webApi.WebClient(token, bolt.webClientOptions);
}
