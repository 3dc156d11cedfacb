import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { slackFetch } from '../../src/slack/client-options.ts';

const LIMIT_MS = 150;
let server: Server | undefined;

/** A local server answering every request with `answer`; its URL. */
async function serve(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('latin1');
    });
    req.on('end', () => answer(req, res, body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat.postMessage`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('the fetch Slack calls go through', () => {
  it('sends a form and reads the answer', async () => {
    const url = await serve((req, res, body) => res.end(JSON.stringify({ type: req.headers['content-type'], body })));
    const response = await slackFetch(LIMIT_MS)(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'channel=C1&text=hello',
    });
    expect(await response.json()).toEqual({ type: 'application/x-www-form-urlencoded', body: 'channel=C1&text=hello' });
  });

  it('sends a file upload as a multipart form, not as the text "[object FormData]"', async () => {
    const url = await serve((req, res, body) => res.end(JSON.stringify({ type: req.headers['content-type'], body })));
    const form = new FormData();
    form.append('channel_id', 'C1');
    form.append('file', new Blob([new Uint8Array([137, 80, 78, 71])]), 'map.png');
    const answer = (await (await slackFetch(LIMIT_MS)(url, { method: 'POST', body: form })).json()) as {
      type: string;
      body: string;
    };
    expect(answer.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(answer.body).toContain('filename="map.png"');
    expect(answer.body).toContain('\x89PNG');
  });

  it('gives a call up when Slack sends no answer within the limit', async () => {
    const url = await serve(() => undefined);
    const started = performance.now();
    await expect(slackFetch(LIMIT_MS)(url, { method: 'POST', body: 'channel=C1' })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(LIMIT_MS * 20);
  });

  it('gives a call up when the answer stops halfway', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"ok":');
    });
    const response = await slackFetch(LIMIT_MS)(url, { method: 'POST', body: 'channel=C1' });
    await expect(response.text()).rejects.toThrow();
  });

  it('gives a file upload up when Slack sends no answer within the limit', async () => {
    const url = await serve(() => undefined);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1])]), 'export.csv');
    await expect(slackFetch(LIMIT_MS)(url, { method: 'POST', body: form })).rejects.toThrow();
  });
});
