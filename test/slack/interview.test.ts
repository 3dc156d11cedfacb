import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fold } from '../../src/journey/fold.ts';
import type { JourneyMap } from '../../src/journey/model.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import { useHarness } from '../support/app-harness.ts';
import {
  buttonValue,
  CHANNEL,
  commandBody,
  createMapThroughModal,
  dms,
  lastDm,
  readable,
  TEAM,
} from '../support/journey-steps.ts';

const h = useHarness();
let map: JourneyMap;

beforeAll(async () => {
  map = await createMapThroughModal(h, { name: 'Interviewed map', stakeholders: ['U0ANNA', 'U0BEN', 'U0CARL'] });
  // The invitations follow the card; one arriving after a test's reset would count as that test's first DM.
  await vi.waitFor(() => {
    for (const userId of map.stakeholderIds) expect(dms(h, userId)).toHaveLength(1);
  });
});
beforeEach(() => {
  h.fake.reset();
});

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });

function stageValues(answers: {
  action?: string;
  score?: number;
  touchpoints?: string[];
  obstacles?: string;
  ideas?: string;
  other?: string;
}) {
  return {
    goal: text('Find out if it fits the budget'),
    action: text(answers.action ?? 'Compares plans on the pricing page'),
    score: {
      value: { type: 'static_select', selected_option: answers.score ? { value: String(answers.score) } : null },
    },
    thought: text('Is this worth it?'),
    touchpoints: {
      value: {
        type: 'multi_static_select',
        selected_options: (answers.touchpoints ?? ['website', 'reviews']).map((value) => ({ value })),
      },
    },
    other_touchpoints: text(answers.other ?? ''),
    obstacles: text(answers.obstacles ?? 'Pricing page hides the total'),
    ideas: text(answers.ideas ?? 'Show a price calculator'),
  };
}

async function click(userId: string, actionId: string, value: string) {
  const reply = await h.slack.blockAction({ actionId, value, userId, channelId: dmChannelId(userId) });
  expect(reply.status).toBe(200);
}

async function waitForDm(userId: string, count: number) {
  await vi.waitFor(() => expect(dms(h, userId).length).toBeGreaterThanOrEqual(count), { timeout: 5_000 });
  return lastDm(h, userId)!;
}

/** Starts the interview and answers the department question: what that question said, and stage 1's DM. */
async function startInterviewAs(userId: string, department: string) {
  await click(userId, 'interview_start', map.id);
  const question = await waitForDm(userId, 1);
  const asked = readable(question);
  const actionId = `interview_department:${department}`;
  await click(userId, actionId, buttonValue(question, actionId));
  return { asked, first: await waitForDm(userId, 2) };
}

async function submitStage(userId: string, stageIndex: number, answers: Parameters<typeof stageValues>[0] = {}) {
  return h.slack.viewSubmission({
    callbackId: 'interview_stage',
    userId,
    values: stageValues({ score: 2, ...answers }),
    privateMetadata: JSON.stringify({ mapId: map.id, stageIndex }),
  });
}

async function viewOf(userId: string) {
  const contributions = await h.deps.store.contributions.list(TEAM, map.id);
  return {
    contributions,
    view: fold(map, contributions),
    session: await h.deps.store.sessions.get(TEAM, map.id, userId),
  };
}

describe('the guided interview through forms', () => {
  it('asks the department once, then goes stage by stage to a review and a thank-you', async () => {
    const { asked, first } = await startInterviewAs('U0ANNA', 'support');
    expect(asked).toContain('which team are you in?');
    expect(readable(first)).toContain('Stage 1 of 5: Awareness');

    await click('U0ANNA', 'interview_open_stage', buttonValue(first, 'interview_open_stage'));
    await vi.waitFor(() => expect(h.fake.callsTo('views.open')).toHaveLength(1));
    const modal = h.fake.lastCall('views.open')!.args.view as { title: { text: string } };
    expect(modal.title.text).toBe('Stage 1 of 5');

    for (let stage = 0; stage < 5; stage++) {
      const reply = await submitStage('U0ANNA', stage);
      expect(reply.body).toBe('');
      await vi.waitFor(async () => {
        const { session } = await viewOf('U0ANNA');
        expect(session?.stages[stage]?.status).toBe('answered');
      });
    }
    const review = await waitForDm('U0ANNA', 7);
    expect(readable(review)).toContain('Your answers for Interviewed map');
    expect(readable(review)).toContain('Finish');

    await click('U0ANNA', 'interview_finish', map.id);
    await vi.waitFor(() => expect(readable(lastDm(h, 'U0ANNA'))).toContain('Thank you!'));
    expect(readable(lastDm(h, 'U0ANNA'))).toContain('see the map');

    const { view, session } = await viewOf('U0ANNA');
    expect(session?.status).toBe('done');
    expect(view.departments).toEqual(['support']);
    for (const stage of view.stages) {
      expect(stage.feeling.mean).toBe(2);
      expect(stage.items.touchpoint.map((item) => item.text)).toEqual(['Reviews', 'Website']);
      expect(stage.items.obstacle[0]?.text).toBe('Pricing page hides the total');
    }
    expect(await h.deps.store.people.get(TEAM, 'U0ANNA')).toMatchObject({ department: 'support' });
    const cardUpdate = h.fake.lastCall('chat.update')!.args as {
      channel: string;
      ts: string;
      text: string;
      blocks: unknown[];
    };
    expect(cardUpdate).toMatchObject({ channel: CHANNEL, ts: map.cardTs });
    expect(readable(cardUpdate)).toContain('✅ <@U0ANNA>');
  });

  it('shows form errors inline and stores nothing', async () => {
    const before = (await viewOf('U0BEN')).contributions.length;
    const reply = await h.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: 'U0BEN',
      values: {
        ...stageValues({}),
        action: text(''),
        score: { value: { type: 'static_select', selected_option: null } },
      },
      privateMetadata: JSON.stringify({ mapId: map.id, stageIndex: 0 }),
    });
    const body = reply.body as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors.action).toContain('at least one thing the customer does');
    expect(body.errors.score).toContain('1 😫 to 5 😍');
    expect((await viewOf('U0BEN')).contributions).toHaveLength(before);
  });

  it('skips a stage, pauses, resumes where it stopped, and changes an earlier stage', async () => {
    const { first } = await startInterviewAs('U0BEN', 'sales');

    await click('U0BEN', 'interview_skip_stage', buttonValue(first, 'interview_skip_stage'));
    const second = await waitForDm('U0BEN', 3);
    expect(readable(second)).toContain('Skipped *Awareness*');
    expect(readable(second)).toContain('Stage 2 of 5: Consideration');

    await submitStage('U0BEN', 1, { obstacles: 'Too many plans to compare' });
    await waitForDm('U0BEN', 4);
    await click('U0BEN', 'interview_pause', map.id);
    const paused = await waitForDm('U0BEN', 5);
    expect(readable(paused)).toContain('Paused at *Decision*');

    await click('U0BEN', 'interview_resume', buttonValue(paused, 'interview_resume'));
    const resumed = await waitForDm('U0BEN', 6);
    expect(readable(resumed)).toContain('Stage 3 of 5: Decision');

    await click('U0BEN', 'interview_edit_stage', `${map.id}|1`);
    await vi.waitFor(() => expect(h.fake.callsTo('views.open')).toHaveLength(1));
    const prefilled = h.fake.lastCall('views.open')!.args.view as {
      blocks: { block_id?: string; element?: { initial_value?: string } }[];
    };
    expect(prefilled.blocks.find((block) => block.block_id === 'obstacles')?.element?.initial_value).toBe(
      'Too many plans to compare',
    );
    await submitStage('U0BEN', 1, { obstacles: 'Plans have confusing names' });
    await vi.waitFor(async () => {
      const obstacles = (await viewOf('U0BEN')).view.stages[1]!.items.obstacle.map((item) => item.text);
      expect(obstacles).toContain('Plans have confusing names');
      expect(obstacles).not.toContain('Too many plans to compare');
    });
    const { contributions } = await viewOf('U0BEN');
    expect(contributions.filter((c) => c.authorId === 'U0BEN' && c.retracts)).toHaveLength(1);
  });

  it('lets /journey interview resume from a channel and says where to look', async () => {
    expect(await commandBody(h, 'interview', 'U0BEN')).toContain('Check your DMs');
    await vi.waitFor(() => expect(readable(lastDm(h, 'U0BEN'))).toContain('Stage 3 of 5: Decision'));
    expect(await commandBody(h, 'interview No such map', 'U0BEN')).toContain("couldn't find a map called");
  });

  it('keeps two stakeholders interviewing the same map at once apart', async () => {
    await h.deps.store.people.save({ teamId: TEAM, userId: 'U0CARL', department: 'marketing' });
    await h.deps.store.people.save({ teamId: TEAM, userId: 'U0DORA', department: 'product' });
    await Promise.all([click('U0CARL', 'interview_start', map.id), click('U0DORA', 'map_answer', map.id)]);
    await Promise.all([waitForDm('U0CARL', 1), waitForDm('U0DORA', 1)]);
    await Promise.all(
      [0, 1, 2].flatMap((stage) => [
        submitStage('U0CARL', stage, { score: 4, obstacles: `Carl obstacle ${stage}` }),
        submitStage('U0DORA', stage, { score: 1, obstacles: `Dora obstacle ${stage}` }),
      ]),
    );
    await vi.waitFor(async () => {
      const { view } = await viewOf('U0CARL');
      for (const stage of [0, 1, 2]) {
        const texts = view.stages[stage]!.items.obstacle.map((item) => item.text);
        expect(texts).toContain(`Carl obstacle ${stage}`);
        expect(texts).toContain(`Dora obstacle ${stage}`);
      }
    });
    const { view } = await viewOf('U0CARL');
    expect(view.disagreements.some((d) => d.low.department === 'product' && d.high.department === 'marketing')).toBe(
      true,
    );
  });
});
