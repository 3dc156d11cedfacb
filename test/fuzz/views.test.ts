import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { newMapModal } from '../../src/slack/views/new-map-modal.ts';
import { stageModal } from '../../src/slack/views/stage-modal.ts';
import type { SlackReply } from '../slack-fake/signed-client.ts';
import { CHANNEL, newMapValues, OWNER, TEAM } from '../support/journey-steps.ts';
import { useFuzzedApp } from './fuzzed-app.ts';
import { hostileText } from './hostile.ts';
import { expectHealthyOutput, expectStoredTextCapped, replyProblems, settle } from './invariants.ts';
import {
  brokenStructure,
  inputBlockIds,
  newMapForm,
  type StageForm,
  type StateValues,
  stageForm,
  stageValues,
} from './modal-values.ts';

const STAKEHOLDER = 'U0ANNA';

const app = useFuzzedApp({ name: 'Form fuzz', stakeholders: [STAKEHOLDER] });
beforeAll(async () => {
  await app.h.deps.store.people.save({ teamId: TEAM, userId: STAKEHOLDER, department: 'support' });
});

/** A modal's answer: 200, and either an empty ack (it closes) or friendly errors on fields the modal has. */
function expectModalAnswer(reply: SlackReply, fields: Set<string>): void {
  expect(reply.status).toBe(200);
  expect(replyProblems(reply.body)).toEqual([]);
  if (reply.body === '') return;
  const body = reply.body as { response_action?: string; errors?: Record<string, string> };
  if (body.response_action === 'update') return;
  expect(body.response_action).toBe('errors');
  for (const field of Object.keys(body.errors ?? {})) expect(fields).toContain(field);
}

const newMapFields = inputBlockIds(
  newMapModal({ name: '', channelId: CHANNEL, t: translator('en'), language: undefined, locale: undefined }),
);

describe('the new-map modal', () => {
  it('answers any typed values with field errors or a map, never a broken modal', async () => {
    await fc.assert(
      fc.asyncProperty(newMapForm, async (form) => {
        const reply = await app.h.slack.viewSubmission({
          callbackId: 'map_new',
          userId: OWNER,
          values: newMapValues(form),
          privateMetadata: JSON.stringify({ channelId: CHANNEL }),
        });
        expectModalAnswer(reply, newMapFields);
      }),
      { numRuns: 150 },
    );
    await settle(app.h);
    expectHealthyOutput(app.h, app.rejections);
    await expectStoredTextCapped(app.h, TEAM);
  });

  it('answers malformed values and metadata without throwing', async () => {
    const metadata = fc.oneof(
      { arbitrary: fc.constant(JSON.stringify({ channelId: CHANNEL })), weight: 4 },
      fc.constant(''),
      fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(brokenStructure(newMapValues()), metadata, async (values, privateMetadata) => {
        const reply = await app.h.slack.viewSubmission({
          callbackId: 'map_new',
          userId: OWNER,
          values: values as StateValues,
          privateMetadata,
        });
        expectModalAnswer(reply, newMapFields);
      }),
      { numRuns: 150 },
    );
    await settle(app.h);
    expectHealthyOutput(app.h, app.rejections);
  });
});

/** What a stakeholder types into a stage form when nothing is odd about it. */
const PLAIN_STAGE_FORM: StageForm = {
  goal: '',
  action: 'Compares plans',
  score: '3',
  thought: '',
  touchpoints: ['website'],
  other: '',
  obstacles: '',
  ideas: '',
};

describe('the interview stage form', () => {
  const stageFields = () => inputBlockIds(stageModal(app.map, 0));
  const stageOfMap = () => fc.integer({ min: 0, max: app.map.stages.length - 1 });
  const metadata = (stageIndex: unknown) => JSON.stringify({ mapId: app.map.id, stageIndex });

  it('answers any typed values with field errors or the next stage, and stores nothing over the cap', async () => {
    // Plain answers to a stage the map has, often enough that the storing path is always exercised: hostile
    // values alone are valid so rarely that a run of 150 could store nothing and check only the refusals.
    const answerable = fc.oneof(
      { arbitrary: fc.record({ form: fc.constant(PLAIN_STAGE_FORM), stageIndex: stageOfMap() }), weight: 1 },
      { arbitrary: fc.record({ form: stageForm, stageIndex: fc.integer({ min: -2, max: 12 }) }), weight: 4 },
    );
    await fc.assert(
      fc.asyncProperty(answerable, async ({ form, stageIndex }) => {
        const reply = await app.h.slack.viewSubmission({
          callbackId: 'interview_stage',
          userId: STAKEHOLDER,
          values: stageValues(form),
          privateMetadata: metadata(stageIndex),
        });
        expectModalAnswer(reply, stageFields());
      }),
      { numRuns: 150 },
    );
    await settle(app.h);
    expectHealthyOutput(app.h, app.rejections);
    await expectStoredTextCapped(app.h, TEAM);
    expect((await app.h.deps.store.contributions.list(TEAM, app.map.id)).length).toBeGreaterThan(0);
  });

  it('answers malformed values and metadata without throwing', async () => {
    const valid = stageValues(PLAIN_STAGE_FORM);
    const brokenMetadata = fc.oneof(
      { arbitrary: fc.constantFrom(metadata(0), metadata(1)), weight: 6 },
      hostileText,
      fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
      fc.oneof(hostileText, fc.jsonValue({ maxDepth: 1 })).map(metadata),
      hostileText.map((mapId) => JSON.stringify({ mapId, stageIndex: 0 })),
    );
    await fc.assert(
      fc.asyncProperty(brokenStructure(valid), brokenMetadata, async (values, privateMetadata) => {
        const reply = await app.h.slack.viewSubmission({
          callbackId: 'interview_stage',
          userId: STAKEHOLDER,
          values: values as StateValues,
          privateMetadata,
        });
        expectModalAnswer(reply, stageFields());
      }),
      { numRuns: 150 },
    );
    await settle(app.h);
    expectHealthyOutput(app.h, app.rejections);
    await expectStoredTextCapped(app.h, TEAM);
  });
});
