import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ModelOptions } from '../../src/insights/openai.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../openai-fake/server.ts';

/** The model name every test asks the fake for. */
export const TEST_MODEL = 'journey-test-model';

/** Options for a model client that talks to `ai`. */
export function testModelOptions(ai: Pick<FakeOpenAI, 'baseUrl'>): ModelOptions {
  return { apiKey: 'sk-test', baseUrl: ai.baseUrl, model: TEST_MODEL };
}

/** The app's environment for a model served by `ai`. */
export function testModelEnv(ai: Pick<FakeOpenAI, 'baseUrl'>): Record<string, string> {
  return { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: ai.baseUrl, OPENAI_MODEL: TEST_MODEL };
}

/**
 * The fake OpenAI of a test file (or describe block): started before its tests, closed after them and reset after
 * each one. With `strictScript`, a test fails when a reply it scripted was never asked for. Its fields are there
 * once the tests run, not before.
 */
export function useFakeOpenAI({ strictScript = false }: { strictScript?: boolean } = {}): FakeOpenAI {
  const ai = {} as FakeOpenAI;
  beforeAll(async () => {
    Object.assign(ai, await startFakeOpenAI());
  });
  afterAll(() => ai.close());
  afterEach(() => {
    const unused = ai.pending();
    ai.reset();
    if (strictScript) expect(unused, 'scripted replies left unused').toBe(0);
  });
  return ai;
}
