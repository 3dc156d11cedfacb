// A pass-through in front of the fake Slack that answers chosen Web API calls late, as a slow Slack does: work
// that several instances race on (a digest post) stays in flight long enough for the others to reach it too.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowSlack {
  /** Give this to the app as SLACK_API_URL. */
  readonly apiUrl: string;
  close(): Promise<void>;
}

/** A Web API call's top-level arguments, whether the client sent them as a form or as JSON. */
export type CallArgs = Record<string, unknown>;

/** Forwards every call to `apiUrl`; a call that `isSlow` picks by method and arguments is answered `delayMs` late. */
export async function startSlowSlack(
  apiUrl: string,
  delayMs: number,
  isSlow: (method: string, args: CallArgs) => boolean,
): Promise<SlowSlack> {
  const target = new URL(apiUrl);
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = (request.url ?? '').split('?')[0]!.split('/').at(-1) ?? '';
    if (isSlow(method, argsOf(request.headers['content-type'], body)))
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      const answer = await fetch(new URL(request.url ?? '/', target.origin), {
        method: request.method ?? 'POST',
        headers,
        ...(body.length > 0 ? { body } : {}),
      });
      const retryAfter = answer.headers.get('retry-after');
      response.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
        ...(retryAfter ? { 'retry-after': retryAfter } : {}),
      });
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      response.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}${target.pathname}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function argsOf(contentType: string | undefined, body: Buffer): CallArgs {
  const text = body.toString('utf8');
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(text) as CallArgs;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}
