import { shouldNudge } from '../../digest/nudge.ts';
import type { DigestSlot } from '../../digest/schedule.ts';
import { progress } from '../../interview/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { nudgeMessage } from '../views/digest.ts';
import { type BuiltDigest, interviewUnfinished } from './digest.ts';
import { lastNudgedAt, recordNudge, statusSaysAway } from './nudges.ts';
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
      const last = await lastNudgedAt(deps, map, userId, session);
      const away = await statusSaysAway(client, userId, now);
      if (!shouldNudge({ lastNudgedAt: last, now, away, unfinished: true })) {
        deps.log.debug({ mapId: map.id, userId, away }, 'nudge not due');
        continue;
      }
      if (!(await deps.store.nudgeMarks.claim(map.teamId, map.id, userId, slot.key))) continue;
      const channel = await directMessageChannel(client, userId);
      const content = nudgeMessage({ map, progress: session && progress(session, map), threadLink });
      await client.chat.postMessage({ channel, ...content, ...POST_DEFAULTS });
      await recordNudge(deps, map, userId, now);
      sent++;
    } catch (err) {
      deps.log.warn({ err, mapId: map.id, userId }, 'digest nudge failed');
    }
  }
  if (sent > 0) deps.log.info({ mapId: map.id, slot: slot.key, sent }, 'stakeholders nudged');
  return sent;
}
