import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contribution, JourneyMap, Kind } from '../../src/journey/model.ts';
import { afterContributionsAdded } from '../../src/slack/flows/contributions-added.ts';
import { SUMMARY_INTERVAL_MS } from '../../src/slack/flows/summary-due.ts';
import type { FakeMessage } from '../slack-fake/web-api.ts';
import { type Harness, startHarness, useHarness } from '../support/app-harness.ts';
import { createMapThroughModal, readable, TEAM } from '../support/journey-steps.ts';

const START = new Date('2026-11-23T09:00:00.000Z');
const minutes = (count: number) => new Date(START.getTime() + count * 60_000);

const h = useHarness({ now: START });
beforeEach(() => {
  h.fake.reset();
  h.setNow(START);
});

/** `count` thread replies by people who are not stakeholders, all at one stage. */
function replies(map: JourneyMap, stageIndex: number, count: number, kind: Kind = 'touchpoint'): Contribution[] {
  return Array.from({ length: count }, (_, i) => ({
    id: h.deps.newId(),
    mapId: map.id,
    authorId: `U0GUEST${i % 3}`,
    department: 'marketing',
    source: 'thread',
    stageId: map.stages[stageIndex]!.id,
    kind,
    text: `Reply ${i} ${h.deps.newId()}`,
    createdAt: h.deps.now().toISOString(),
  }));
}

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });

/** A person's stage form, through the real view submission: what the customer does and how it feels. */
async function submitStageForm(map: JourneyMap, userId: string, stageIndex: number) {
  const reply = await h.slack.viewSubmission({
    callbackId: 'interview_stage',
    userId,
    values: {
      action: text(`Reads the reviews twice (${userId})`),
      score: { value: { type: 'static_select', selected_option: { value: '2' } } },
    },
    privateMetadata: JSON.stringify({ mapId: map.id, stageIndex }),
  });
  expect(reply.status).toBe(200);
}

/** The note a busy stage leaves for the scheduler (see postDueSummaries). */

function threadPosts(map: JourneyMap): FakeMessage[] {
  return h.fake.messages(map.channelId).filter((message) => message.thread_ts === map.cardTs);
}

/** The posts in `map`'s thread once the scheduler has looked again, `minute` minutes after the start. */
async function threadPostsAt(map: JourneyMap, minute: number): Promise<FakeMessage[]> {
  h.setNow(minutes(minute));
  await h.app.digests.check();
  return threadPosts(map);
}

async function addAndFollowUp(map: JourneyMap, contributions: Contribution[], harness: Harness = h) {
  await harness.deps.store.contributions.append(TEAM, contributions);
  await afterContributionsAdded(harness.deps, harness.app.bolt.client, map);
}

describe('automatic stage summaries', () => {
  it('waits until a stage with 10 new inputs has been quiet for an hour, then posts once', async () => {
    const map = await createMapThroughModal(h, { name: 'Busy shop', channel: 'C0AUTO1', stakeholders: ['U0ANNA'] });
    await addAndFollowUp(map, replies(map, 1, 9));
    await submitStageForm(map, 'U0OWNER', 1);
    // The form's follow-up sees 11 new inputs on a busy stage and leaves a note for the tick to look again.
    await vi.waitFor(async () => expect(await h.deps.store.settleNotes.get(map.teamId, map.id)).toBeTruthy(), {
      timeout: 5_000,
    });
    expect(await threadPostsAt(map, 30)).toHaveLength(0);

    expect(await threadPostsAt(map, 61)).toHaveLength(1);
    const first = readable(threadPosts(map)[0]);
    expect(first).toContain('🧭 Consideration: stage summary');
    expect(first).toContain('🔔 Posted because 11 new inputs arrived for Consideration since its last summary.');
    expect(first).toContain('🧭 Suggestions by the built-in playbook.');
    await h.app.digests.check();
    expect(threadPosts(map)).toHaveLength(1);

    h.setNow(minutes(90));
    await addAndFollowUp(map, replies(map, 1, 12));
    expect(await threadPostsAt(map, 120)).toHaveLength(1);
    expect(await threadPostsAt(map, 151)).toHaveLength(2);
    expect(readable(threadPosts(map)[1])).toContain('🔔 Posted because 12 new inputs arrived for Consideration');
    expect(h.fake.messages('C0AUTO1').filter((message) => message.thread_ts !== map.cardTs)).toEqual([
      expect.objectContaining({ ts: map.cardTs }),
    ]);
  });

  it('posts when the last stakeholder answers a stage, for that stage only', async () => {
    const map = await createMapThroughModal(h, {
      name: 'Everyone answered',
      channel: 'C0AUTO2',
      stakeholders: ['U0ANNA', 'U0BEN'],
    });
    await addAndFollowUp(map, [...replies(map, 0, 3), { ...replies(map, 0, 1)[0]!, authorId: 'U0ANNA' }]);
    expect(threadPosts(map)).toHaveLength(0);

    await submitStageForm(map, 'U0BEN', 0);
    await vi.waitFor(() => expect(threadPosts(map)).toHaveLength(1), { timeout: 5_000 });
    const post = readable(threadPosts(map)[0]);
    expect(post).toContain('🧭 Awareness: stage summary');
    expect(post).toContain('🔔 Posted because every stakeholder has now answered Awareness.');

    h.setNow(minutes(120));
    await addAndFollowUp(map, replies(map, 0, 2));
    expect(threadPosts(map)).toHaveLength(1);
  });

  it('looks again once quiet when another instance claimed a due summary and never posted it', async () => {
    const map = await createMapThroughModal(h, { name: 'Claimed', channel: 'C0AUTO6', stakeholders: ['U0ANNA'] });
    // As an instance that won the claim and died before posting would leave it.
    expect(await h.deps.store.summaryMarks.claim(TEAM, map.id, map.stages[0]!.id, 'none', SUMMARY_INTERVAL_MS)).toBe(
      true,
    );
    await submitStageForm(map, 'U0ANNA', 0);
    await vi.waitFor(async () => expect(await h.deps.store.settleNotes.get(map.teamId, map.id)).toBeTruthy(), {
      timeout: 5_000,
    });
    expect(threadPosts(map)).toHaveLength(0);
  });

  it('never posts twice for one trigger, even when two instances see it at once', async () => {
    const map = await createMapThroughModal(h, { name: 'Two instances', channel: 'C0AUTO3', stakeholders: [] });
    const other = await startHarness({ fake: h.fake, storeUrl: h.config.storeUrl, now: START });
    try {
      await addAndFollowUp(map, replies(map, 2, 10));
      expect(threadPosts(map)).toHaveLength(0);
      h.setNow(minutes(61));
      other.setNow(minutes(61));
      await Promise.all([h.app.digests.check(), other.app.digests.check()]);
      expect(threadPosts(map)).toHaveLength(1);
      expect(readable(threadPosts(map)[0])).toContain('Decision: stage summary');
    } finally {
      await other.stop();
    }
  });

  it('counts a requested summary as the last one, so no automatic one repeats it within the hour', async () => {
    const map = await createMapThroughModal(h, { name: 'Asked first', channel: 'C0AUTO4', stakeholders: [] });
    await h.deps.store.contributions.append(TEAM, replies(map, 3, 12));
    await h.slack.command('summary Retention', { userId: 'U0OWNER', channelId: 'C0AUTO4' });
    await vi.waitFor(() => expect(threadPosts(map)).toHaveLength(1), { timeout: 5_000 });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1));

    h.setNow(minutes(30));
    await addAndFollowUp(map, replies(map, 3, 11));
    expect(await threadPostsAt(map, 61)).toHaveLength(1);
    expect(await threadPostsAt(map, 91)).toHaveLength(2);
    expect(readable(threadPosts(map)[1])).toContain('11 new inputs arrived for Retention');
  });

  it('leaves archived maps alone', async () => {
    const map = await createMapThroughModal(h, { name: 'Archived auto', channel: 'C0AUTO5', stakeholders: [] });
    const archived = { ...map, archivedAt: START.toISOString() };
    await h.deps.store.maps.save(archived);
    await addAndFollowUp(archived, replies(map, 0, 15));
    expect(threadPosts(map)).toHaveLength(0);
  });
});
