import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.ts';
import { createRenderQuota, RENDERS_PER_MINUTE } from '../../src/slack/render-quota.ts';
import { useHarness } from '../support/app-harness.ts';
import { CHANNEL, commandBody, createMapThroughModal, OWNER } from '../support/journey-steps.ts';
import { slackUser } from '../support/slack-users.ts';

describe('the render quota', () => {
  it('grants a few renders a minute per person, then says when the next one is free', () => {
    const quota = createRenderQuota(3);
    const start = 1_000_000;
    for (let i = 0; i < 3; i++) expect(quota.take('T', 'U1', start + i * 1000)).toEqual({ granted: true });
    expect(quota.take('T', 'U1', start + 5_000)).toEqual({ granted: false, retryInSeconds: 55 });
    expect(quota.take('T', 'U2', start + 5_000)).toEqual({ granted: true });
    expect(quota.take('T', 'U1', start + 60_001)).toEqual({ granted: true });
  });
});

const h = useHarness();

describe('a person asking for picture after picture', () => {
  it('gets "one moment" in their language past the quota, on the command and the button; others are not slowed', async () => {
    h.fake.users.set(OWNER, slackUser('Olga', { locale: 'el-GR' }));
    const map = await createMapThroughModal(h, { name: 'Busy pictures', stakeholders: [] });
    const answers: string[] = [];
    for (let i = 0; i <= RENDERS_PER_MINUTE; i++) {
      answers.push(await commandBody(h, 'show'));
    }
    expect(answers.slice(0, RENDERS_PER_MINUTE).every((answer) => answer.includes('Busy pictures'))).toBe(true);
    expect(answers.at(-1)).toContain('Μια στιγμή');

    const before = h.fake.responses.length;
    await h.slack.blockAction({ actionId: ACTIONS.showMap, userId: OWNER, value: map.id, channelId: CHANNEL });
    await expect.poll(() => h.fake.responses.length).toBe(before + 1);
    expect(JSON.stringify(h.fake.responses.at(-1)!.body)).toContain('Μια στιγμή');

    expect(await commandBody(h, 'show', 'U0ANNA')).toContain('Busy pictures');
  });
});
