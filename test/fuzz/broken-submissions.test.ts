import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, dms, newMapValues, OWNER, submitNewMap, TEAM } from '../support/journey-steps.ts';
import { useFuzzedApp } from './fuzzed-app.ts';
import { settle } from './invariants.ts';
import { asJson, asPayloadForm, blockAction, eventCallback, viewSubmission } from './payloads.ts';
import { FORM, postSigned } from './raw-request.ts';

const app = useFuzzedApp({ name: 'Defect map' });

describe('broken submissions that once lost data or went unanswered', () => {
  it('a new map refused by the store leaves its name free for the next try', async () => {
    vi.spyOn(app.h.deps.store.maps, 'save').mockRejectedValueOnce(new Error('store went away'));
    const refused = await submitNewMap(app.h, { name: 'Second try', channel: 'C0SECOND', stakeholders: ['U0ANNA'] });
    expect(refused.body).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(refused.body)).toContain("couldn't save the map just now");
    const retried = await submitNewMap(app.h, {
      name: 'Second try',
      channel: 'C0SECOND',
      stakeholders: ['U0ANNA', '', 'not-a-user'],
    });
    expect(retried.body).toBe('');
    await vi.waitFor(async () =>
      expect((await app.h.deps.store.maps.find(TEAM, 'Second try'))?.stakeholderIds).toEqual(['U0ANNA']),
    );
  });

  it('a new-map form whose private_metadata is not JSON is answered with errors on the form', async () => {
    const reply = await app.h.slack.viewSubmission({
      callbackId: 'map_new',
      userId: OWNER,
      values: newMapValues(),
      privateMetadata: '{"channelId":',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ response_action: 'errors' });
  });

  it.each(['map_new', 'interview_stage'])(
    'a %s submission without view.state is answered with errors',
    async (callbackId) => {
      const payload = viewSubmission(
        callbackId,
        JSON.stringify({ channelId: CHANNEL, mapId: app.map.id, stageIndex: 0 }),
        {},
      );
      const { view } = payload as { view: Record<string, unknown> };
      delete view.state;
      const reply = await postSigned(`${app.h.baseUrl}/slack/events`, asPayloadForm(payload).body, FORM);
      expect(reply.status).toBe(200);
      expect(reply.ms).toBeLessThan(3_000);
    },
  );

  it('stage answers that cannot be stored are not lost silently', async () => {
    await app.h.deps.store.people.save({ teamId: TEAM, userId: 'U0ANNA', department: 'support' });
    vi.spyOn(app.h.deps.store.contributions, 'append').mockRejectedValueOnce(new Error('store went away'));
    const before = dms(app.h, 'U0ANNA').length;
    const reply = await app.h.slack.viewSubmission({
      callbackId: 'interview_stage',
      userId: 'U0ANNA',
      values: {
        action: { value: { type: 'plain_text_input', value: 'Compares plans' } },
        score: { value: { type: 'static_select', selected_option: { value: '3' } } },
      },
      privateMetadata: JSON.stringify({ mapId: app.map.id, stageIndex: 0 }),
    });
    await settle(app.h, 100);
    expect(reply.body !== '' || dms(app.h, 'U0ANNA').length > before).toBe(true);
  });
  it.each([
    ['a block action without user', asPayloadForm({ ...blockAction('M0ANY'), user: null })],
    ['a view submission without view', asPayloadForm({ ...viewSubmission('map_new', '', {}), view: null })],
    ['an event callback whose event is a string', asJson({ ...eventCallback({}), event: 'x' })],
    [
      'an event with a null channel',
      asJson(eventCallback({ type: 'message', channel: null, user: 'U0ANNA', text: 'x', ts: '1.2' })),
    ],
  ])('%s is answered 4xx, never 500', async (_what, { body, contentType }) => {
    const reply = await postSigned(`${app.h.baseUrl}/slack/events`, body, contentType);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });
});
