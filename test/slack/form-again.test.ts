import { describe, expect, it, vi } from 'vitest';
import { newTriggerId } from '../slack-fake/signed-client.ts';
import { useHarness } from '../support/app-harness.ts';
import { buttonValue, CHANNEL, createMapThroughModal, lastDm, OWNER, readable } from '../support/journey-steps.ts';

const h = useHarness();

/** A trigger Slack issued ten seconds ago: past its 3 s, as after a restart or a slow answer. */
const expiredTrigger = () => newTriggerId(Date.now() - 10_000);

describe('a form whose trigger expired before it could open', () => {
  it('sends the person the New map button again, carrying the channel, and the button opens the form there', async () => {
    await h.slack.command('new', { userId: OWNER, channelId: CHANNEL, triggerId: expiredTrigger() });
    await vi.waitFor(() => expect(buttonValue(lastDm(h, OWNER), 'map_new_open')).toBe(CHANNEL));
    expect(readable(lastDm(h, OWNER))).toContain('The form to create a map did not open in time');
    expect(h.fake.callsTo('views.open').filter((call) => call.ok)).toHaveLength(0);

    await h.slack.blockAction({ actionId: 'map_new_open', value: CHANNEL, userId: OWNER });
    await vi.waitFor(() => expect(h.fake.callsTo('views.open').filter((call) => call.ok)).toHaveLength(1));
    expect(JSON.stringify(h.fake.callsTo('views.open').at(-1)!.args.view)).toContain(
      `"initial_conversation":"${CHANNEL}"`,
    );
  });

  it("sends a stage form's button again in the map's language", async () => {
    const map = await createMapThroughModal(h, {
      name: 'Αγορές από το κινητό',
      goal: 'Γιατί οι νέοι πελάτες φεύγουν πριν πληρώσουν;',
      personaName: 'Μαρία',
      personaDescription: 'Ψωνίζει από το κινητό το βράδυ',
    });
    const value = `${map.id}|1`;
    await h.slack.blockAction({
      actionId: 'interview_open_stage',
      value,
      userId: 'U0ANNA',
      triggerId: expiredTrigger(),
    });
    await vi.waitFor(() => expect(buttonValue(lastDm(h, 'U0ANNA'), 'interview_open_stage')).toBe(value));
    expect(readable(lastDm(h, 'U0ANNA'))).toContain('Η φόρμα για το στάδιο 2');
  });
});
