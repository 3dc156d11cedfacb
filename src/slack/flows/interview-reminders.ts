import { shouldNudge } from '../../digest/nudge.ts';
import { isNudgeDue, progress } from '../../interview/index.ts';
import type { JourneyMap } from '../../journey/model.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { reminderMessage } from '../views/interview.ts';
import { mayView } from './map-access.ts';
import { lastNudgedAt, recordNudge, statusSaysAway } from './nudges.ts';
import { POST_DEFAULTS } from './slack-call.ts';
import { directMessageChannel } from './users.ts';

/**
 * "I'll remind you": a DM with a Resume button to each person whose interview on the map has waited a day,
 * within the one-nudge-a-week limit it shares with the digest, never while their status says away, and only while
 * they may still see the map. Reminders are counted in the store, not in the session, so the reminder never races
 * the person's own answers.
 */
export async function remindIdleInterviews(deps: Deps, client: SlackClient, map: JourneyMap, now: Date) {
  let sessions: Awaited<ReturnType<typeof deps.store.sessions.listForMap>>;
  try {
    sessions = await deps.store.sessions.listForMap(map.teamId, map.id);
  } catch (err) {
    deps.log.warn({ err, mapId: map.id }, 'interview reminders skipped');
    return;
  }
  for (const session of sessions) {
    const { userId } = session;
    try {
      // Counted per quiet spell: an answer starts a new one, so a person who came back and stopped again is
      // reminded again (once the weekly limit allows), not silenced for good after the first two reminders.
      const spell = session.updatedAt;
      const nudgeCount = await deps.store.reminders.getCount(map.teamId, map.id, userId, spell);
      const last = await lastNudgedAt(deps, map, userId, session);
      const due = isNudgeDue({ ...session, nudgeCount, lastNudgedAt: last ?? undefined }, now.toISOString());
      if (!due || !shouldNudge({ lastNudgedAt: last, now, away: false, unfinished: true })) continue;
      // Someone who left a private channel since they started is not reminded of its map.
      if (!(await mayView(deps, client, map, userId))) continue;
      if (await statusSaysAway(client, userId, now)) continue;
      if (!(await deps.store.reminders.claim(map.teamId, map.id, userId, spell, nudgeCount))) continue;
      const channel = await directMessageChannel(client, userId);
      await client.chat.postMessage({ channel, ...reminderMessage(map, progress(session, map)), ...POST_DEFAULTS });
      await recordNudge(deps, map, userId, now);
      await deps.store.reminders.setCount(map.teamId, map.id, userId, spell, nudgeCount + 1);
      deps.log.info({ mapId: map.id, reminder: nudgeCount + 1 }, 'interview reminder sent');
    } catch (err) {
      deps.log.warn({ err, mapId: map.id }, 'interview reminder failed');
    }
  }
}
