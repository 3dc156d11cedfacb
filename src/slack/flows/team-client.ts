import { type App, webApi } from '@slack/bolt';
import type { Deps, SlackClient } from '../deps.ts';

/**
 * A Web API client authorised for one workspace, for work no request started (the digest scheduler, nudges).
 * Listeners use the `client` Bolt hands them instead. Single workspace: the app's own client, which holds the
 * bot token. OAuth install: a client with that workspace's bot token from its installation, and the app's
 * client options (Slack URL, timeouts, retries, logger). Org-wide installs are found by `enterpriseId`.
 */
export async function clientForTeam(
  bolt: App,
  deps: Deps,
  teamId: string,
  enterpriseId?: string,
): Promise<SlackClient> {
  const installations = deps.store.installations;
  if (!installations) return bolt.client;
  const installation =
    (await installations.find({ teamId, isEnterpriseInstall: false })) ??
    (enterpriseId ? await installations.find({ enterpriseId, isEnterpriseInstall: true }) : undefined);
  const token = installation?.bot?.token;
  if (!token) throw new Error(`Journey Bot is not installed in team ${teamId}`);
  return new webApi.WebClient(token, bolt.webClientOptions);
}
