import { type Authorize, webApi } from '@slack/bolt';

/**
 * The one workspace of a bot-token install: the client that holds its token, and Bolt's authorisation of each
 * request. Bolt's own (its `token` option) asks Slack who the bot is (auth.test) while the app is built and keeps
 * the answer, a failure included: an app started while Slack did not answer then rejected every request until it
 * was restarted. Here a failed answer is asked for again by the next request, and the first success is kept.
 */
export interface SingleWorkspace {
  readonly client: webApi.WebClient;
  readonly authorize: Authorize<boolean>;
  /** Asks Slack now, so the first person does not wait for it: resolves with what failed, or null (never throws). */
  check(): Promise<unknown>;
}

interface BotIdentity {
  botId?: string;
  botUserId?: string;
}

export function singleWorkspace(botToken: string, clientOptions: webApi.WebClientOptions): SingleWorkspace {
  const client = new webApi.WebClient(botToken, clientOptions);
  let identity: Promise<BotIdentity> | undefined;
  const botIdentity = async (): Promise<BotIdentity> => {
    const asked = identity ?? client.auth.test().then(({ bot_id, user_id }) => ({ botId: bot_id, botUserId: user_id }));
    identity = asked;
    try {
      return await asked;
    } catch (error) {
      // Forgotten, so the next request asks again; unless another request already did.
      if (identity === asked) identity = undefined;
      throw error;
    }
  };
  return {
    client,
    authorize: async ({ isEnterpriseInstall }) => ({ botToken, isEnterpriseInstall, ...(await botIdentity()) }),
    check: () =>
      botIdentity().then(
        () => null,
        (error: unknown) => error,
      ),
  };
}
