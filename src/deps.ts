import { monotonicFactory } from 'ulid';
import type { Config } from './config.ts';
import { loadPlaybook } from './insights/playbook-file.ts';
import { createInsights } from './insights/policy.ts';
import { interviewSessionSchema } from './interview/index.ts';
import type { Logger } from './log.ts';
import type { Deps } from './slack/deps.ts';
import { createExpiringCache } from './slack/expiring-cache.ts';
import { createFollowUps } from './slack/follow-ups.ts';
import { createRenderQuota } from './slack/render-quota.ts';
import { openStore, type StoreOptions } from './store/index.ts';

/** Long enough that a burst of commands asks Slack once, short enough that a changed language shows soon. */
const PROFILE_TTL_MS = 10 * 60_000;
/** Membership events refresh it sooner; the minute bounds what a missed event can leave stale. */
const AUDIENCE_TTL_MS = 60_000;

/**
 * Opens the store and builds what every listener shares. The model cache lives in the store, so no instance
 * asks the model what another one already asked.
 */
export async function openDeps(
  config: Config,
  log: Logger,
  now: () => Date = () => new Date(),
  { observe }: Pick<StoreOptions, 'observe'> = {},
): Promise<Deps> {
  const store = await openStore(config.storeUrl, interviewSessionSchema, {
    installationKey: config.slack.oauth?.installationKey,
    cacheBytes: config.cacheBytes,
    observe,
  });
  const playbook = loadPlaybook();
  const insights = createInsights({
    model: config.openai && {
      apiKey: config.openai.apiKey,
      baseUrl: config.openai.baseUrl,
      model: config.openai.model,
    },
    playbook,
    cache: store.insightCache,
    log,
  });
  const followUps = createFollowUps(log);
  return {
    store,
    log,
    now,
    newId: monotonicFactory(),
    insights,
    playbook,
    followUps,
    profiles: createExpiringCache(PROFILE_TTL_MS),
    audiences: createExpiringCache(AUDIENCE_TTL_MS),
    renders: createRenderQuota(),
  };
}
