// Slack's request bodies, valid as the fake client builds them, and the same bodies with parts broken.
import fc from 'fast-check';
import { modalView } from '../slack-fake/signed-client.ts';
import { brokenValue, hostileText } from './hostile.ts';
import { FORM, JSON_TYPE, payloadForm } from './raw-request.ts';

export interface RawBody {
  contentType: string;
  body: string;
}

type Json = Record<string, unknown>;

const team = { id: 'T0JOURNEY', domain: 'journey-test' };
const user = { id: 'U0ANNA', username: 'u0anna', name: 'u0anna', team_id: 'T0JOURNEY' };

export function commandFields(mapId: string): Json {
  return {
    token: 'fake-verification-token',
    team_id: 'T0JOURNEY',
    team_domain: 'journey-test',
    channel_id: 'C0SHOP',
    channel_name: 'c0shop',
    user_id: 'U0ANNA',
    user_name: 'u0anna',
    command: '/journey',
    text: `interview ${mapId}`,
    api_app_id: 'A0JOURNEY',
    response_url: 'http://127.0.0.1:9/response-url-not-set',
    trigger_id: '1.2.3',
  };
}

export function blockAction(mapId: string): Json {
  return {
    type: 'block_actions',
    user,
    api_app_id: 'A0JOURNEY',
    token: 'fake-verification-token',
    container: { type: 'message', message_ts: '1.000001', channel_id: 'D0ANNA', is_ephemeral: false },
    trigger_id: '1.2.3',
    team,
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: 'D0ANNA', name: 'd0anna' },
    message: { type: 'message', user: 'U0JOURNEYBOT', ts: '1.000001' },
    response_url: 'http://127.0.0.1:9/response-url-not-set',
    state: { values: {} },
    actions: [{ type: 'button', action_id: 'interview_start', block_id: 'b', value: mapId, action_ts: '1.000002' }],
  };
}

export function viewSubmission(callbackId: string, privateMetadata: string, values: Json): Json {
  return {
    type: 'view_submission',
    team,
    user,
    api_app_id: 'A0JOURNEY',
    token: 'fake-verification-token',
    trigger_id: '1.2.3',
    view: modalView({
      id: 'V0FUZZ',
      teamId: 'T0JOURNEY',
      appId: 'A0JOURNEY',
      callbackId,
      privateMetadata,
      values,
      hash: '1.fakehash',
    }),
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export function eventCallback(event: Json): Json {
  return {
    token: 'fake-verification-token',
    team_id: 'T0JOURNEY',
    api_app_id: 'A0JOURNEY',
    event,
    type: 'event_callback',
    event_id: 'Ev0FUZZ',
    event_time: 1,
    authorizations: [
      {
        enterprise_id: null,
        team_id: 'T0JOURNEY',
        user_id: 'U0JOURNEYBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
  };
}

/** Every path to a value inside a JSON object, e.g. ['view', 'state', 'values']. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key]));
  return prefix.length === 0 ? children : [prefix, ...children];
}

function withChange(value: Json, path: string[], change: { drop: boolean; junk: unknown }): Json {
  const copy = structuredClone(value);
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (change.drop) delete parent[last];
  else parent[last] = change.junk;
  return copy;
}

/** The payload with one to three of its parts, at any depth, dropped or replaced by junk; `fixed` parts stay. */
export function mutated(payload: Json, fixed: (path: string) => boolean = () => false): fc.Arbitrary<Json> {
  const all = paths(payload).filter((path) => !fixed(path.join('.')));
  const change = fc.record({ path: fc.constantFrom(...all), drop: fc.boolean(), junk: brokenValue });
  return fc
    .array(change, { minLength: 1, maxLength: 3 })
    .map((changes) =>
      changes.reduce((current, { path, drop, junk }) => safeChange(current, path, { drop, junk }), payload),
    );
}

/** An earlier change may have removed the parent of a later path: then the later change is skipped. */
function safeChange(value: Json, path: string[], change: { drop: boolean; junk: unknown }): Json {
  let node: unknown = value;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return value;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'object' && node !== null ? withChange(value, path, change) : value;
}

export const asJson = (payload: unknown): RawBody => ({ contentType: JSON_TYPE, body: JSON.stringify(payload) });
export const asPayloadForm = (payload: unknown): RawBody => ({ contentType: FORM, body: payloadForm(payload) });
export const asFields = (fields: Json): RawBody => ({
  contentType: FORM,
  body: new URLSearchParams(
    Object.entries(fields).map(([key, value]): [string, string] => [key, String(value)]),
  ).toString(),
});

/** Bytes that are not what they say they are: broken JSON, junk in a form, JSON sent as a form and back. */
export const garbageBody: fc.Arbitrary<RawBody> = fc.oneof(
  fc.record({ contentType: fc.constantFrom(JSON_TYPE, FORM), body: hostileText }),
  fc.record({
    contentType: fc.constantFrom(JSON_TYPE, FORM),
    body: fc.constantFrom('{', '{"type":', '[1,', 'payload=', 'payload=%7B', 'payload=%ZZ', 'a=1&a=2&payload=1'),
  }),
  // A lone surrogate cannot cross HTTP as UTF-8 (encodeURIComponent throws on it); it arrives as U+FFFD.
  hostileText.map((text) => ({ contentType: FORM, body: `payload=${encodeURIComponent(text.toWellFormed())}` })),
);
