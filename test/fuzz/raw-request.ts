// Posts any bytes to the app, signed with the right secret, so what is tested is the app's reading of the body,
// not Bolt's signature check. A fresh connection each time: a request the app never answers cannot hold up the next.
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { SIGNING_SECRET } from '../support/app-harness.ts';

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export interface RawReply {
  /** The HTTP status, or 'no answer' when the app had not answered within the timeout. */
  status: number | 'no answer';
  ms: number;
}

export function postSigned(url: string, body: string, contentType: string, timeoutMs = 5_000): Promise<RawReply> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': contentType,
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: Date.now() - started }));
      },
    );
    outgoing.setTimeout(timeoutMs, () => {
      outgoing.destroy();
      resolve({ status: 'no answer', ms: Date.now() - started });
    });
    // After a timeout the promise has settled already, so the reset that destroy() causes changes nothing.
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** An interactivity payload as Slack posts it: one form field holding JSON. */
export function payloadForm(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
