// How many times a person's thread reply waits on the store before they see the answer: every command the app
// sends the backend is counted, from the event's arrival (its dedupe claim included) to the bot's answer in the
// thread, and apart from it what follows the answer (the record of the answer, the check mark's bookkeeping, the
// department question, the card and the summaries).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';
import { countingBackend, type StoreCommand } from '../support/counting-backend.ts';
import { answers, liveItems, mapWithCard, reply, waitForAnswers } from './thread-harness.ts';

const ANSWERED = 'after the answer';
const WAITING = 'before the answer';
/**
 * At most this many store commands between a reply's arrival and its answer, once the channel is known: the
 * outbox's record of the request (written before the ack), then three for the reply itself.
 */
const MOST_BEFORE_ANSWER = 4;
/**
 * And after it: the record of the answer, the map's log, the department question's claim, the person, every stage's
 * last summary mark in one read (it was one read a stage), and the outbox's removal.
 */
const MOST_AFTER_ANSWER = 6;

let h: Harness;
let map: JourneyMap;
/** The bot's answers in the thread when the reply being counted was sent. */
let answersBefore = 0;
const counter = countingBackend(() => (map && answers(h, map).length > answersBefore ? ANSWERED : WAITING));

beforeAll(async () => {
  h = await startHarness({ observeStore: counter.observe });
  map = await mapWithCard(h);
});
afterAll(async () => {
  await h.stop();
});

/** One reply from its event to the end of everything it set off, and the store commands it cost. */
async function countedReply(text: string): Promise<{ before: StoreCommand[]; after: StoreCommand[] }> {
  if (!(await h.deps.followUps.idle(10_000))) throw new Error('earlier work still running');
  answersBefore = answers(h, map).length;
  counter.take();
  await reply(h, map, 'U0ANNA', text);
  await waitForAnswers(h, map, answersBefore + 1);
  if (!(await h.deps.followUps.idle(10_000))) throw new Error('follow-ups still running');
  const commands = counter.take();
  const summary = {
    before: commands.filter((command) => command.phase === WAITING),
    after: commands.filter((command) => command.phase === ANSWERED),
  };
  console.info(
    `store commands before the answer: ${summary.before.length} (${summary.before.map((c) => c.name).join(', ')}); ` +
      `after it: ${summary.after.length} (${summary.after.map((c) => c.name).join(', ')})`,
  );
  return summary;
}

describe('a new thread reply that adds items (rules extraction, no model)', () => {
  it('costs the first reply of a channel one read more than the next ones', async () => {
    const first = await countedReply(
      'touchpoint: pricing webinar @consideration\nobstacle: checkout is slow @decision',
    );
    expect(first.before.length).toBeLessThanOrEqual(MOST_BEFORE_ANSWER + 1);
    expect(await liveItems(h, map)).toHaveLength(2);
  });

  it(`waits on the store at most ${MOST_BEFORE_ANSWER} times before the person sees the answer`, async () => {
    const next = await countedReply(
      'idea: a guest checkout @decision\ncustomers complain the checkout asks for an account @decision',
    );
    expect(next.before.length).toBeLessThanOrEqual(MOST_BEFORE_ANSWER);
    expect(next.after.length).toBeLessThanOrEqual(MOST_AFTER_ANSWER);
    expect(await liveItems(h, map)).toHaveLength(4);
  });
});
