import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, suffixedAction, THREAD_ACTIONS } from '../../src/slack/ids.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import { CHANNEL, TEAM } from '../support/journey-steps.ts';
import { useFuzzedApp } from './fuzzed-app.ts';
import { hostileText } from './hostile.ts';
import { expectHealthyOutput, expectStoredTextCapped, settle } from './invariants.ts';

const CLICKER = 'U0ANNA';

const app = useFuzzedApp({ name: 'Clicked map', stakeholders: [CLICKER] });

const actionIds = [...Object.values(ACTIONS), ...Object.values(THREAD_ACTIONS)];
/** Repeated buttons carry a suffix and are matched by prefix (see `suffixedAction`). */
const suffixed = [
  ACTIONS.chooseDepartment,
  ACTIONS.chooseScore,
  THREAD_ACTIONS.pickKind,
  THREAD_ACTIONS.pickStage,
  THREAD_ACTIONS.department,
];

/** Every action the app listens to; repeated ones with a known suffix or junk after the colon. */
const actionId = fc.oneof(
  fc.constantFrom(...actionIds),
  fc
    .tuple(fc.constantFrom(...suffixed), fc.oneof(fc.constantFrom('sales', '3', '0', '99'), hostileText))
    .map(([action, suffix]) => suffixedAction(action, suffix)),
);

/** Button values as the app writes them ("<mapId>|<choice>", JSON for thread answers), bent and broken. */
const value = (mapId: () => string) =>
  fc.oneof(
    fc.constant(undefined),
    hostileText,
    fc.constantFrom('|', '||', '{}', 'null', '[]', '{"t":"1.1","v":"1.1"}'),
    fc
      .oneof(hostileText, fc.constantFrom('0', '4', '-1', '99', 'sales', '5', '1.5'))
      .map((pick) => `${mapId()}|${pick}`),
    fc.constant('').map(() => mapId()),
    fc
      .record({ t: hostileText, v: hostileText, i: fc.integer({ min: -3, max: 40 }), c: hostileText })
      .map((reply) => JSON.stringify(reply)),
  );

describe('block actions with malformed values', () => {
  it('acks every click at once and answers any value without a broken message or a thrown error', async () => {
    await fc.assert(
      fc.asyncProperty(
        actionId,
        value(() => app.map.id),
        fc.boolean(),
        fc.boolean(),
        async (action, buttonValue, inDm, asSelect) => {
          const channelId = inDm ? dmChannelId(CLICKER) : CHANNEL;
          const reply = await app.h.slack.blockAction({
            actionId: action,
            userId: CLICKER,
            channelId,
            messageTs: app.map.cardTs,
            threadTs: inDm ? undefined : app.map.cardTs,
            ...(asSelect && buttonValue !== undefined
              ? { selectedOption: { value: buttonValue } }
              : { value: buttonValue }),
          });
          expect(reply.status).toBe(200);
          expect(reply.body).toBe('');
        },
      ),
      { numRuns: 200 },
    );
    await settle(app.h);
    expectHealthyOutput(app.h, app.rejections);
    await expectStoredTextCapped(app.h, TEAM);
  });
});
