// Turns the bodies Slack clients send (JSON, form-encoded, multipart) into plain arguments.
import type { IncomingMessage } from 'node:http';

/** Form fields whose value is a JSON document; WebClient serialises objects and arrays to JSON strings. */
const jsonFields = new Set(['blocks', 'attachments', 'view', 'files', 'metadata']);
/** Form fields Slack reads as booleans; parsed so tests can compare them with true/false. */
const booleanFields = new Set(['link_names', 'unfurl_links', 'unfurl_media', 'reply_broadcast', 'mrkdwn']);

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The arguments of a Web API call, or undefined when a JSON body does not parse. */
export async function parseArgs(
  contentType: string | undefined,
  body: Buffer,
  query: URLSearchParams,
): Promise<Record<string, unknown> | undefined> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of query) args[key] = formValue(key, value);
  const type = mediaType(contentType);
  if (type === 'application/json') {
    const parsed = parseJson(body.toString('utf8') || '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return Object.assign(args, parsed);
  }
  if (type === 'multipart/form-data') {
    for (const [key, value] of await multipartEntries(contentType, body)) {
      if (typeof value === 'string') args[key] = formValue(key, value);
    }
    return args;
  }
  for (const [key, value] of new URLSearchParams(body.toString('utf8'))) args[key] = formValue(key, value);
  return args;
}

/** The file bytes posted to an upload_url: raw, or the first file part of a multipart form. */
export async function uploadedBytes(contentType: string | undefined, body: Buffer): Promise<Buffer> {
  if (mediaType(contentType) !== 'multipart/form-data') return body;
  for (const [, value] of await multipartEntries(contentType, body)) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

/** A JSON body (response_url posts), or undefined when it does not parse. */
export function parseJsonBody(body: Buffer): unknown {
  return parseJson(body.toString('utf8'));
}

async function multipartEntries(contentType: string | undefined, body: Buffer) {
  const request = new Request('http://fake-slack.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType ?? '' },
    body: new Uint8Array(body),
  });
  return (await request.formData()).entries();
}

function formValue(key: string, value: string): unknown {
  if (jsonFields.has(key)) return parseJson(value) ?? value;
  if (booleanFields.has(key) && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
