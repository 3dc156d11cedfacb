import type { ServerResponse } from 'node:http';
import type { AppOptions, Installation } from '@slack/bolt';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { InstallationRepository } from '../store/index.ts';
import { BOT_SCOPES } from './scopes.ts';

const SLACK_AUTHORIZE_URL = 'https://slack.com/oauth/v2/authorize';

/**
 * Bolt's options for the multi-workspace install. Bolt's HTTP receiver then serves GET /slack/install (a
 * redirect to Slack's consent page with a signed state, also set as a cookie) and GET /slack/oauth_redirect
 * (checks the state against the cookie, exchanges the code with oauth.v2.access, stores the installation),
 * and authorises every request with the installation of the workspace it came from. The state is a signed
 * token, not a server-side session, so any instance can finish an install another one started.
 */
export function oauthAppOptions(
  slack: Config['slack'],
  installations: InstallationRepository | undefined,
  log: Logger,
): Partial<AppOptions> {
  if (!slack.oauth) return {};
  if (!installations) throw new Error('The OAuth install needs the store opened with INSTALLATION_ENCRYPTION_KEY');
  return {
    clientId: slack.oauth.clientId,
    clientSecret: slack.oauth.clientSecret,
    stateSecret: slack.oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore: installations,
    installerOptions: {
      directInstall: true,
      authorizationUrl: authorizeUrl(slack.apiUrl),
      callbackOptions: {
        success: (installation, _options, _req, res) => {
          log.info(
            { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id },
            'workspace installed the app',
          );
          installedPage(installation, res);
        },
      },
    },
  };
}

/** Slack's consent page lives on the same host as its Web API (slack.com, or the one SLACK_API_URL names). */
function authorizeUrl(apiUrl: string | undefined): string {
  return apiUrl ? new URL('../oauth/v2/authorize', apiUrl).toString() : SLACK_AUTHORIZE_URL;
}

/** What the installer sees: where the app now is and what to do next. */
function installedPage(installation: Installation, res: ServerResponse): void {
  const where = installation.team?.name ?? installation.enterprise?.name ?? 'your workspace';
  const openSlack =
    installation.team && installation.appId
      ? `slack://app?team=${encodeURIComponent(installation.team.id)}&id=${encodeURIComponent(installation.appId)}`
      : 'slack://open';
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Journey Bot is installed</title></head>
<body style="font-family: sans-serif; max-width: 36rem; margin: 3rem auto; line-height: 1.5">
<h1>Journey Bot is installed in ${escapeHtml(where)}</h1>
<p>In Slack, type <code>/journey new</code> in any channel to start your first customer journey map.</p>
<p><a href="${escapeHtml(openSlack)}">Open Slack</a></p>
</body></html>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
