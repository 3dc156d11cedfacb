import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible server for tests: POST /v1/chat/completions answers each request with
 * the next scripted reply, so the real openai SDK can be driven through success and every failure.
 */
export type FakeReply =
  /** A completion whose message content is this text, JSON or not, or no content at all. */
  | { type: 'content'; content: string | null }
  | { type: 'refusal'; refusal: string }
  | { type: 'status'; status: number; headers?: Record<string, string> }
  /** Holds the request this long before answering with `then`: a client timeout aborts first. */
  | { type: 'delay'; ms: number; then: FakeReply };

export const reply = {
  json: (value: unknown): FakeReply => ({ type: 'content', content: JSON.stringify(value) }),
  text: (content: string): FakeReply => ({ type: 'content', content }),
  empty: (): FakeReply => ({ type: 'content', content: null }),
  refusal: (refusal: string): FakeReply => ({ type: 'refusal', refusal }),
  rateLimited: (retryAfterSeconds: number): FakeReply => ({
    type: 'status',
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  serverError: (): FakeReply => ({ type: 'status', status: 500 }),
  delay: (ms: number, then: FakeReply): FakeReply => ({ type: 'delay', ms, then }),
};

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: ChatRequestBody;
}

/** The part of a chat completion request the tests look at. */
export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

export interface FakeOpenAI {
  /** Ends with `/v1`, as the SDK's baseURL expects. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues replies, answered in order; a request beyond the script gets a 500 saying so. */
  script(...replies: FakeReply[]): void;
  /** Scripted replies not used yet. */
  pending(): number;
  /** Forgets the script and the recorded requests, between tests. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeReply[] = [];
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      sendJson(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: 'not_found' } });
      return;
    }
    requests.push({
      method: req.method,
      path: req.url,
      authorization: req.headers.authorization,
      body: JSON.parse(raw) as ChatRequestBody,
    });
    const body = requests.at(-1)!.body;
    await answer(res, queue.shift() ?? { type: 'status', status: 500 }, body.model, requests.length);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => {
      queue.push(...replies);
    },
    pending: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

async function answer(res: ServerResponse, next: FakeReply, model: string, sequence: number): Promise<void> {
  switch (next.type) {
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, next.ms));
      // The client gave up and closed the connection: nobody is left to answer.
      if (res.destroyed) return;
      return answer(res, next.then, model, sequence);
    case 'status':
      sendJson(
        res,
        next.status,
        { error: { message: `scripted status ${next.status}`, type: 'fake_error', code: null } },
        next.headers,
      );
      return;
    case 'content':
      sendJson(res, 200, completion(model, sequence, { content: next.content, refusal: null }));
      return;
    case 'refusal':
      sendJson(res, 200, completion(model, sequence, { content: null, refusal: next.refusal }));
      return;
  }
}

function completion(model: string, sequence: number, message: { content: string | null; refusal: string | null }) {
  return {
    id: `chatcmpl-fake-${sequence}`,
    object: 'chat.completion',
    created: 1_790_000_000 + sequence,
    model,
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
