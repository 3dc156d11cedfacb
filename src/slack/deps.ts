import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Playbook } from '../insights/playbook.ts';
import type { Insights } from '../insights/policy.ts';
import type { InterviewSession } from '../interview/index.ts';
import type { ChannelAudience } from '../journey/access.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/index.ts';
import type { ExpiringCache } from './expiring-cache.ts';
import type { FollowUps } from './follow-ups.ts';
import type { PersonProfile } from './person-profile.ts';
import type { RenderQuota } from './render-quota.ts';

/** Everything a listener needs, passed in so tests can run the real app against real backends. */
export interface Deps {
  store: Store<InterviewSession>;
  log: Logger;
  /** Current time; injected so schedules and "last week" are testable. */
  now: () => Date;
  /** New sortable unique id (ULID). */
  newId: () => string;
  /** Summaries, improvements and reading free text: rules, or a model when one is configured. */
  insights: Insights;
  /** The rules' playbook: digests rank improvements with it whether or not a model is configured. */
  playbook: Playbook;
  /** Where the work after an ack waits its turn, so it never delays the acks of newer requests. */
  followUps: FollowUps;
  /** What Slack said about a person lately (time zone, locale), so a command does not wait on users.info. */
  profiles: ExpiringCache<PersonProfile>;
  /** Who can read a channel (and so its map), for a minute or until Slack says someone joined or left. */
  audiences: ExpiringCache<ChannelAudience>;
  /** How many pictures, summaries and exports each person asked for lately. */
  renders: RenderQuota;
}

/** The Web API client Bolt hands each listener (authorised for the request's workspace). */
export type SlackClient = AllMiddlewareArgs['client'];
