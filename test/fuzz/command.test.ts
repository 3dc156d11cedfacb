import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, dms, OWNER, TEAM } from '../support/journey-steps.ts';
import { useFuzzedApp } from './fuzzed-app.ts';
import { hostileText } from './hostile.ts';
import { expectHealthyOutput, expectStoredTextCapped, replyProblems, settle } from './invariants.ts';

const FUZZER = 'U0FUZZER';
/** What follows the word: junk, the map's name with junk after it (a stage, a format), the name alone, or nothing. */
const rest = fc.oneof(
  { arbitrary: hostileText, weight: 3 },
  { arbitrary: hostileText.map((text) => `Fuzzed map ${text}`), weight: 2 },
  fc.constantFrom('', 'Fuzzed map', 'FUZZED MAP csv', 'Fuzzed map Decision'),
);
const SUBCOMMAND_WORDS = [
  '',
  'help ',
  'new ',
  'list ',
  'show ',
  'interview ',
  'summary ',
  'digest ',
  'export ',
  'archive ',
];

const app = useFuzzedApp({ name: 'Fuzzed map', stakeholders: [FUZZER] });
let commands = 0;

describe('/journey with hostile text', () => {
  it('always answers 200 with a valid, friendly reply, or with an empty ack and then a modal, a response or a DM', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SUBCOMMAND_WORDS),
        rest,
        fc.constantFrom(CHANNEL, 'C0NOMAP'),
        async (word, text, channelId) => {
          const responseUrl = app.h.fake.responseUrl();
          const triggerId = `fuzz.${++commands}`;
          const dmsBefore = dms(app.h, FUZZER).length;
          const reply = await app.h.slack.command(`${word}${text}`, {
            userId: FUZZER,
            channelId,
            responseUrl,
            triggerId,
          });
          expect(reply.status).toBe(200);
          expect(replyProblems(reply.body)).toEqual([]);
          // An empty ack promises an answer that follows: a modal, a later response or a DM.
          if (reply.body === '') {
            await vi.waitFor(() => {
              const opened = app.h.fake.callsTo('views.open').some((call) => call.args.trigger_id === triggerId);
              const responded = app.h.fake.responses.some((post) => responseUrl.endsWith(`/${post.id}`));
              expect(opened || responded || dms(app.h, FUZZER).length > dmsBefore).toBe(true);
            });
          }
        },
      ),
      { numRuns: 150 },
    );
    await settle(app.h);
    expectHealthyOutput(app.h, app.rejections);
    await expectStoredTextCapped(app.h, TEAM);
  });

  it('lets no one but the owner archive, whatever follows the word', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        await app.h.slack.command(`archive ${text}`, { userId: FUZZER, channelId: CHANNEL });
      }),
      { numRuns: 40 },
    );
    const map = await app.h.deps.store.maps.find(TEAM, 'Fuzzed map');
    expect(map?.ownerId).toBe(OWNER);
    expect(map?.archivedAt).toBeUndefined();
  });
});
