import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { useHarness } from '../support/app-harness.ts';
import { createMapThroughModal, dms, readable } from '../support/journey-steps.ts';
import { ON_VACATION, slackUser } from '../support/slack-users.ts';

const TUESDAY = new Date('2026-11-24T10:00:00Z');
const hours = (n: number) => new Date(TUESDAY.getTime() + n * 3_600_000);

const h = useHarness({ now: TUESDAY });
let map: JourneyMap;

beforeAll(async () => {
  map = await createMapThroughModal(h, { name: 'Reminded map', stakeholders: ['U0ANNA', 'U0AWAY'] });
});

/** Interview reminders and the digest's nudges share one limit: at most one of either a week. */
const nudges = (userId: string) =>
  dms(h, userId).filter((message) => readable(message).includes('at most once a week'));
const reminders = (userId: string) => nudges(userId).filter((message) => readable(message).includes('⏰'));

async function startAndPause(userId: string) {
  await h.deps.store.people.save({ teamId: map.teamId, userId, department: 'sales' });
  await h.slack.blockAction({ actionId: 'interview_start', value: map.id, userId });
  await vi.waitFor(async () => expect(await h.deps.store.sessions.get(map.teamId, map.id, userId)).toBeDefined());
  await h.slack.blockAction({ actionId: 'interview_pause', value: map.id, userId });
  await vi.waitFor(async () =>
    expect((await h.deps.store.sessions.get(map.teamId, map.id, userId))?.status).toBe('paused'),
  );
}

describe('interview reminders', () => {
  it('reminds a day after an interview stopped, once a week at most, and not while away', async () => {
    h.fake.users.set('U0AWAY', slackUser('Away Person', { profile: ON_VACATION }));
    await startAndPause('U0ANNA');
    await startAndPause('U0AWAY');

    h.setNow(hours(23));
    await h.app.digests.check();
    expect(reminders('U0ANNA')).toHaveLength(0);

    h.setNow(hours(25));
    await h.app.digests.check();
    await h.app.digests.check();
    expect(reminders('U0ANNA')).toHaveLength(1);
    const reminder = readable(reminders('U0ANNA')[0]);
    expect(reminder).toContain('Your interview for *Reminded map* is waiting: 0 of 5 stages done');
    expect(reminder).toContain('Resume');
    expect(reminders('U0AWAY')).toHaveLength(0);

    h.setNow(hours(25 + 96));
    await h.app.digests.check();
    expect(reminders('U0ANNA')).toHaveLength(1);

    // Eight days on, the Monday digest is due too: its nudge is this week's one, not a second reminder.
    h.setNow(hours(25 + 24 * 8));
    await h.app.digests.check();
    await h.app.digests.check();
    expect(nudges('U0ANNA')).toHaveLength(2);
    expect(readable(nudges('U0ANNA')[1])).toContain("This week's digest");

    h.setNow(hours(25 + 24 * 16));
    await h.app.digests.check();
    expect(nudges('U0ANNA')).toHaveLength(3);
    expect(reminders('U0ANNA')).toHaveLength(1);
    expect(nudges('U0AWAY')).toHaveLength(0);
  });

  it('reminds again after the person came back and stopped again, weeks later', async () => {
    const start = h.deps.now().getTime();
    const at = (hoursLater: number) => new Date(start + hoursLater * 3_600_000);
    const check = async (hoursLater: number) => {
      h.setNow(at(hoursLater));
      await h.app.digests.check();
    };
    await startAndPause('U0BACK');
    await check(25);
    await check(25 + 24 * 7 + 1);
    expect(reminders('U0BACK')).toHaveLength(2);
    await check(25 + 24 * 14 + 2);
    expect(reminders('U0BACK')).toHaveLength(2);

    // Three weeks on the person resumes, then stops again: a new quiet spell, reminded again a day later.
    h.setNow(at(24 * 21));
    await h.slack.blockAction({ actionId: 'interview_resume', value: map.id, userId: 'U0BACK' });
    await vi.waitFor(async () =>
      expect((await h.deps.store.sessions.get(map.teamId, map.id, 'U0BACK'))?.status).toBe('answering'),
    );
    await h.slack.blockAction({ actionId: 'interview_pause', value: map.id, userId: 'U0BACK' });
    await vi.waitFor(async () =>
      expect((await h.deps.store.sessions.get(map.teamId, map.id, 'U0BACK'))?.status).toBe('paused'),
    );
    await check(24 * 21 + 23);
    expect(reminders('U0BACK')).toHaveLength(2);
    await check(24 * 22 + 1);
    expect(reminders('U0BACK')).toHaveLength(3);
  });
});
