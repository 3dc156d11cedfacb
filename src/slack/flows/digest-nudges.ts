import { isAway, shouldNudge } from '../../digest/nudge.ts';
import type { DigestSlot } from '../../digest/schedule.ts';
import { progress } from '../../interview/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { nudgeMessage } from '../views/digest.ts';
import { type BuiltDigest, interviewUnfinished } from './digest.ts';
import { POST_DEFAULTS } from './slack-call.ts';
import { directMessageChannel } from './users.ts';

/**
 * DMs each stakeholder the digest lists as not having answered, when their interview is unfinished, they were
 * not nudged in the last week and their Slack status does not say they are away. The claim per person and
 * slot keeps it to one DM even if the digest's post is retried. One person's failure never stops the others.
 */
export async function nudgeStakeholders(
  deps: Deps,
  client: SlackClient,
  map: JourneyMap,
  { digest, sessions, threadLink }: BuiltDigest,
  slot: DigestSlot,
): Promise<number> {
  let sent = 0;
  for (const userId of digest.missing.stakeholderIds) {
    const session = sessions.get(userId);
    if (!interviewUnfinished(session)) continue;
    try {
      const now = deps.now();
      const nudgedKey = `nudged-at:${map.teamId}:${map.id}:${userId}`;
      const lastNudgedAt = latest(await deps.store.markers.get(nudgedKey), session?.lastNudgedAt);
      const away = await statusSaysAway(client, userId, now);
      if (!shouldNudge({ lastNudgedAt, now, away, unfinished: true })) {
        deps.log.debug({ mapId: map.id, userId, away }, 'nudge not due');
        continue;
      }
      if (!(await deps.store.markers.claim(`nudge:${map.id}:${userId}:${slot.key}`))) continue;
      const channel = await directMessageChannel(client, userId);
      const content = nudgeMessage({ map, progress: session && progress(session, map), threadLink });
      await client.chat.postMessage({ channel, ...content, ...POST_DEFAULTS });
      await deps.store.markers.set(nudgedKey, now.toISOString());
      sent++;
    } catch (err) {
      deps.log.warn({ err, mapId: map.id, userId }, 'digest nudge failed');
    }
  }
  if (sent > 0) deps.log.info({ mapId: map.id, slot: slot.key, sent }, 'stakeholders nudged');
  return sent;
}

async function statusSaysAway(client: SlackClient, userId: string, now: Date): Promise<boolean> {
  const { user } = await client.users.info({ user: userId });
  return isAway(user?.profile ?? {}, now);
}

function latest(...dates: Array<string | undefined>): string | null {
  const known = dates.filter((date): date is string => date !== undefined);
  return known.length === 0 ? null : known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
