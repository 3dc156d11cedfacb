import { describe, expect, it } from 'vitest';
import { reply as modelReply } from '../openai-fake/server.ts';
import { useModelHarness } from '../support/app-harness.ts';
import { liveItems, mapWithCard, reply, shownText, sorted, triples, waitForAnswers } from './thread-harness.ts';

const GREEK_STAGES = ['Ενημέρωση', 'Αξιολόγηση', 'Αγορά', 'Διατήρηση', 'Σύσταση'];

const { h, ai } = useModelHarness({ resetSlackEachTest: true });

describe('with a model configured', () => {
  it('reads explicit lines itself and only the plain ones through the model, asking where the model cannot tell', async () => {
    const map = await mapWithCard(h, { stages: GREEK_STAGES });
    ai.script(
      modelReply.json({
        items: [
          { kind: 'obstacle', stage: 'Αγορά', text: 'Το ταμείο ζητά λογαριασμό', score: null },
          { kind: 'idea', stage: null, text: 'Αγορά ως επισκέπτης', score: null },
        ],
      }),
    );
    await reply(
      h,
      map,
      'U0ELENI',
      'touchpoint: webinar τιμών @Αξιολόγηση\nΤο ταμείο ζητά λογαριασμό, καλύτερα να επιτρέπεται αγορά ως επισκέπτης',
    );
    const [answer] = await waitForAnswers(h, map);
    expect(ai.requests).toHaveLength(1);
    const asked = JSON.stringify(ai.requests[0]!.body.messages);
    expect(asked).toContain('Το ταμείο ζητά λογαριασμό');
    expect(asked).not.toContain('webinar τιμών');
    expect(triples(await liveItems(h, map))).toEqual(
      sorted([
        ['touchpoint', 's2', 'webinar τιμών'],
        ['obstacle', 's3', 'Το ταμείο ζητά λογαριασμό'],
      ]),
    );
    expect(shownText(answer!)).toContain('*Idea* · Which stage?');
  });

  it('falls back to the rules when the model fails, and still records the reply', async () => {
    const map = await mapWithCard(h);
    ai.script(modelReply.serverError(), modelReply.serverError());
    await reply(h, map, 'U0BEN', 'customers complain the checkout asks for an account');
    await waitForAnswers(h, map);
    expect(triples(await liveItems(h, map))).toEqual([
      ['obstacle', 's3', 'customers complain the checkout asks for an account'],
    ]);
  });
});
