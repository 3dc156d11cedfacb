// What must hold whatever a person or a broken client sends: checks shared by the fuzz and security tests.
import { expect } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/journey/model.ts';
import { validateBlocks, validateView } from '../slack-fake/block-kit.ts';
import type { FakeSlack } from '../slack-fake/web-api.ts';
import type { Harness } from '../support/app-harness.ts';
import { readable } from '../support/journey-steps.ts';

/** Web API and response_url errors that mean the app sent something Slack refuses to show. */
const REFUSED_CONTENT = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'invalid_arguments',
  'invalid_payload',
]);

/** What a person must never read: traces, exception names, raw Web API error codes. */
const UNFRIENDLY = [
  /\bError:/,
  /\n\s+at\s/,
  /\b(?:TypeError|RangeError|SyntaxError|ZodError|WebAPIPlatformError|ECONN[A-Z]+|ETIMEDOUT)\b/,
  /\[object Object\]|\bundefined\b|\bNaN\b/,
  /\b(?:invalid_auth|not_authed|account_inactive|ratelimited|internal_error|fatal_error|service_unavailable)\b/,
  /\b(?:channel_not_found|not_in_channel|user_not_found|invalid_blocks|msg_too_long|expired_trigger_id)\b/,
];

export function unfriendlyPart(text: string): string | undefined {
  return UNFRIENDLY.map((pattern) => pattern.exec(text)?.[0]).find((found) => found !== undefined);
}

/** Records unhandled rejections while a test runs; vitest would only report them after the fact. */
export function watchUnhandledRejections(): { readonly reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => {
    reasons.push(reason);
  };
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}

/** Waits until the app's work after the ack (Web API calls, logs) has stopped for a moment. */
export async function settle(h: Harness, quietMs = 60, maxMs = 5_000): Promise<void> {
  const activity = () => h.fake.calls.length + h.fake.responses.length + h.logs.length;
  const deadline = Date.now() + maxMs;
  let seen = -1;
  while (Date.now() < deadline) {
    const now = activity();
    if (now === seen) return;
    seen = now;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** Calls and response_url posts Slack refused for their content: broken blocks, no text, too long. */
function refusedContent(fake: FakeSlack): string[] {
  return [
    ...fake.calls
      .filter((call) => call.error !== undefined && REFUSED_CONTENT.has(call.error))
      .map((call) => `${call.method}: ${call.error}`),
    ...fake.responses
      .filter((post) => post.error !== undefined && REFUSED_CONTENT.has(post.error))
      .map((post) => `response_url: ${post.error}`),
  ];
}

const POSTING_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update']);

interface Posted {
  text: string;
  blocks?: unknown[];
}

/** Every message the app sent a person or a channel, through the Web API or a response_url. */
export function botMessages(fake: FakeSlack): Posted[] {
  const fromCalls = fake.calls.filter((call) => POSTING_METHODS.has(call.method)).map((call) => call.args);
  const fromResponses = fake.responses.map((post) => post.body);
  return [...fromCalls, ...fromResponses].map((payload) => {
    const { text, blocks } = (payload ?? {}) as Record<string, unknown>;
    return { text: typeof text === 'string' ? text : '', ...(Array.isArray(blocks) ? { blocks } : {}) };
  });
}

/** Problems with what the app answered on the request itself (a command's or a modal's ack). */
export function replyProblems(body: unknown): string[] {
  if (body === '') return [];
  if (typeof body === 'string') return unfriendlyIssues(body);
  if (typeof body !== 'object' || body === null) return [`unexpected reply ${JSON.stringify(body)}`];
  const reply = body as Record<string, unknown>;
  if (reply.response_action === 'errors') {
    const errors = Object.values((reply.errors ?? {}) as Record<string, unknown>);
    if (errors.length === 0) return ['errors reply without errors'];
    return errors.flatMap((error) => (typeof error === 'string' ? unfriendlyIssues(error) : ['error not a string']));
  }
  // A modal sent back to ask more (e.g. whether to archive the map a channel already has) must be a valid modal.
  if (reply.response_action === 'update') return validateView(reply.view);
  const issues = reply.blocks === undefined ? [] : validateBlocks(reply.blocks, 'message');
  const message = { text: typeof reply.text === 'string' ? reply.text : '', blocks: reply.blocks as unknown[] };
  if (!message.text && !reply.blocks) issues.push('reply without text or blocks');
  return [...issues, ...unfriendlyIssues(readable(message)), ...unfriendlyIssues(message.text)];
}

function unfriendlyIssues(text: string): string[] {
  const found = unfriendlyPart(text);
  return found === undefined ? [] : [`unfriendly "${found}" in: ${text.slice(0, 300)}`];
}

/** Everything the app showed people is valid, friendly and within limits; nothing escaped as a rejection. */
export function expectHealthyOutput(h: Harness, rejections: readonly unknown[]): void {
  expect(rejections).toEqual([]);
  expect(refusedContent(h.fake)).toEqual([]);
  const unfriendly = botMessages(h.fake).flatMap((message) => [
    ...unfriendlyIssues(readable(message)),
    ...unfriendlyIssues(message.text),
  ]);
  expect(unfriendly).toEqual([]);
  expect(h.logs.filter((line) => line.msg === 'unhandled listener error')).toEqual([]);
}

/** No stored text is over the cap, in any map of the workspace. */
export async function expectStoredTextCapped(h: Harness, teamId: string): Promise<void> {
  for (const map of await h.deps.store.maps.list(teamId)) {
    const contributions = await h.deps.store.contributions.list(teamId, map.id);
    const over = contributions.filter((contribution) => contribution.text.length > MAX_TEXT_LENGTH);
    expect(over.map((contribution) => contribution.text.length)).toEqual([]);
    expect(map.goal.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(map.persona.description.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  }
}
