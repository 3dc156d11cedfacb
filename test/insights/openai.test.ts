import { describe, expect, it } from 'vitest';
import { createOpenAIModel, type ModelFailureReason, type ModelOptions } from '../../src/insights/openai.ts';
import { extractionMessages } from '../../src/insights/prompts.ts';
import { createStages } from '../../src/journey/stages.ts';
import { checkoutInsight } from '../openai-fake/insights.ts';
import { type FakeReply, reply, startFakeOpenAI } from '../openai-fake/server.ts';
import { testModelOptions, useFakeOpenAI } from '../support/fake-openai.ts';

const stages = createStages(['Awareness', 'Checkout', 'Delivery']);
const messages = extractionMessages('customers complain the checkout asks for an account', stages);

const validInsight = checkoutInsight();

const fake = useFakeOpenAI({ strictScript: true });

function model(options: Partial<ModelOptions> = {}) {
  return createOpenAIModel({ ...testModelOptions(fake), ...options });
}

describe('createOpenAIModel', () => {
  it('asks the real SDK for strict structured output and returns the validated insight', async () => {
    fake.script(reply.json(validInsight));

    const result = await model().writeInsight(messages);

    expect(result).toEqual({ ok: true, value: validInsight });
    const [request] = fake.requests;
    expect(request?.authorization).toBe('Bearer sk-test');
    expect(request?.body.model).toBe('journey-test-model');
    expect(request?.body.messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'stage_insight', strict: true },
    });
  });

  it('extracts items of a reply by stage name', async () => {
    const extraction = { items: [{ kind: 'obstacle', stage: 'Checkout', text: 'asks for an account', score: null }] };
    fake.script(reply.json(extraction));

    const result = await model().extract(messages);

    expect(result).toEqual({ ok: true, value: extraction });
    expect(fake.requests[0]?.body.response_format?.json_schema?.name).toBe('reply_extraction');
  });

  it('drops fields the schema does not know', async () => {
    fake.script(reply.json({ ...validInsight, mention: '<!channel>' }));

    const result = await model().writeInsight(messages);

    expect(result).toEqual({ ok: true, value: validInsight });
  });

  it('retries once after a 500 and takes the second answer', async () => {
    fake.script(reply.serverError(), reply.json(validInsight));

    const result = await model().writeInsight(messages);

    expect(result.ok).toBe(true);
    expect(fake.requests).toHaveLength(2);
  });

  const failures: Array<[string, FakeReply[], ModelFailureReason, number]> = [
    ['a refusal', [reply.refusal('I cannot help with that.')], 'refusal', 1],
    ['content that is not JSON', [reply.text('Sure! Here are some ideas: ...')], 'invalid_json', 1],
    ['JSON of another shape', [reply.json({ narrative: 'ok', improvements: [{ action: 1 }] })], 'schema_mismatch', 1],
    ['an empty content', [reply.text('')], 'invalid_json', 1],
    ['no content at all', [reply.empty()], 'empty_reply', 1],
    ['500 twice', [reply.serverError(), reply.serverError()], 'server_error', 2],
    ['429 twice', [reply.rateLimited(0), reply.rateLimited(0)], 'rate_limited', 2],
    ['a 400, never retried', [{ type: 'status', status: 400 }], 'api_error', 1],
  ];

  it.each(failures)('turns %s into a typed failure', async (_, replies, reason, requestCount) => {
    fake.script(...replies);

    const result = await model().writeInsight(messages);

    expect(result).toMatchObject({ ok: false, reason });
    expect(fake.requests).toHaveLength(requestCount);
  });

  it('gives up after the timeout and one retry', async () => {
    fake.script(reply.delay(2_000, reply.json(validInsight)), reply.delay(2_000, reply.json(validInsight)));
    const started = Date.now();

    const result = await model({ timeoutMs: 300 }).writeInsight(messages);

    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(fake.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reports a server that cannot be reached as a connection failure', async () => {
    const gone = await startFakeOpenAI();
    await gone.close();

    const result = await model({ baseUrl: gone.baseUrl, maxRetries: 0 }).writeInsight(messages);

    expect(result).toMatchObject({ ok: false, reason: 'connection' });
  });
});
