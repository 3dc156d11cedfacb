import OpenAI from 'openai';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
  RateLimitError,
} from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { AutoParseableResponseFormat } from 'openai/lib/parser';
import { ZodError } from 'zod';
import { scrubSecrets } from '../log.ts';
import { type ModelExtraction, modelExtractionSchema } from './extraction.ts';
import type { ChatMessage } from './prompts.ts';
import { type ModelInsight, modelInsightSchema } from './types.ts';

export interface ModelOptions {
  apiKey: string;
  /** Any OpenAI-compatible server; OpenAI's own when absent. */
  baseUrl?: string;
  model: string;
  timeoutMs?: number;
  maxRetries?: number;
}

/** The SDK's own defaults (10 minutes, two retries) would hold a summary far longer than anyone waits. */
const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_RETRIES = 1;
const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export type ModelFailureReason =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'connection'
  | 'api_error'
  | 'refusal'
  | 'content_filter'
  | 'truncated'
  | 'empty_reply'
  | 'invalid_json'
  | 'schema_mismatch'
  | 'unexpected';

export type ModelResult<T> = { ok: true; value: T } | { ok: false; reason: ModelFailureReason; detail: string };

export interface InsightModel {
  model: string;
  /** The narrative and improvements of one stage. */
  writeInsight(messages: ChatMessage[]): Promise<ModelResult<ModelInsight>>;
  /** What a free-text thread reply adds to the map, stages by name. */
  extract(messages: ChatMessage[]): Promise<ModelResult<ModelExtraction>>;
}

const insightFormat = zodResponseFormat(modelInsightSchema, 'stage_insight');
const extractionFormat = zodResponseFormat(modelExtractionSchema, 'reply_extraction');

/** Never throws: whatever goes wrong comes back as a failure with a reason, for the caller to fall back on. */
export function createOpenAIModel(options: ModelOptions): InsightModel {
  const client = new OpenAI({
    apiKey: options.apiKey,
    // Explicit, so the SDK does not read OPENAI_* from the environment behind config.ts's back.
    baseURL: options.baseUrl ?? OPENAI_BASE_URL,
    organization: null,
    project: null,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
  });

  async function complete<T>(messages: ChatMessage[], format: AutoParseableResponseFormat<T>): Promise<ModelResult<T>> {
    try {
      const completion = await client.chat.completions.parse({
        model: options.model,
        messages,
        response_format: format,
      });
      const message = completion.choices[0]?.message;
      // The refusal's own words may quote stakeholders, who are logged at debug only.
      if (message?.refusal) return { ok: false, reason: 'refusal', detail: 'the model refused' };
      if (message?.parsed === null || message?.parsed === undefined) {
        return { ok: false, reason: 'empty_reply', detail: 'no content in the reply' };
      }
      return { ok: true, value: message.parsed };
    } catch (error) {
      // OpenAI's own message for a bad key quotes the key (half-masked): the detail is logged and may go further.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: failureReason(error), detail: scrubSecrets(message) };
    }
  }

  return {
    model: options.model,
    writeInsight: (messages) => complete(messages, insightFormat),
    extract: (messages) => complete(messages, extractionFormat),
  };
}

/** Most specific first: a timeout is a connection error, a rate limit is an API error. */
function failureReason(error: unknown): ModelFailureReason {
  if (error instanceof APIConnectionTimeoutError) return 'timeout';
  if (error instanceof APIConnectionError) return 'connection';
  if (error instanceof RateLimitError) return 'rate_limited';
  if (error instanceof APIError)
    return error.status !== undefined && error.status >= 500 ? 'server_error' : 'api_error';
  if (error instanceof LengthFinishReasonError) return 'truncated';
  if (error instanceof ContentFilterFinishReasonError) return 'content_filter';
  // The SDK parses the content with JSON.parse, then our zod schema: neither is an OpenAI error.
  if (error instanceof SyntaxError) return 'invalid_json';
  if (error instanceof ZodError) return 'schema_mismatch';
  return 'unexpected';
}
