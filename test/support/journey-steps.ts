import { expect, vi } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import type { FakeFile, FakeMessage } from '../slack-fake/web-api.ts';
import type { Harness } from './app-harness.ts';

export const TEAM = 'T0JOURNEY';
export const OWNER = 'U0OWNER';
export const CHANNEL = 'C0SHOP';

export interface NewMapForm {
  name?: string;
  goal?: string;
  personaName?: string;
  personaDescription?: string;
  stages?: string;
  type?: string;
  stakeholders?: string[];
  channel?: string | null;
  weekday?: string;
  hour?: string;
}

const text = (value: string | undefined) => ({ value: { type: 'plain_text_input', value: value ?? null } });
const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });

/** view.state.values of the new-map modal as Slack sends them. */
export function newMapValues(form: NewMapForm = {}) {
  return {
    name: text(form.name ?? 'Online shoppers'),
    goal: text(form.goal ?? 'Why do first-time buyers leave before paying?'),
    persona_name: text(form.personaName ?? 'Maya, busy parent'),
    persona_description: text(form.personaDescription ?? 'Shops on her phone in the evening'),
    stages: text(form.stages ?? 'Awareness\nConsideration\nDecision\nRetention\nAdvocacy'),
    type: select(form.type ?? 'current_state'),
    stakeholders: { value: { type: 'multi_users_select', selected_users: form.stakeholders ?? ['U0ANNA', 'U0BEN'] } },
    channel: {
      value: {
        type: 'conversations_select',
        selected_conversation: form.channel === undefined ? CHANNEL : form.channel,
      },
    },
    digest_weekday: select(form.weekday ?? '1'),
    digest_hour: select(form.hour ?? '9'),
  };
}

export function submitNewMap(h: Harness, form: NewMapForm = {}, userId = OWNER) {
  return h.slack.viewSubmission({
    callbackId: 'map_new',
    userId,
    values: newMapValues(form),
    privateMetadata: JSON.stringify({ channelId: CHANNEL }),
  });
}

/** Creates a map through the real modal flow and waits until its card is posted and saved. */
export async function createMapThroughModal(h: Harness, form: NewMapForm = {}): Promise<JourneyMap> {
  const reply = await submitNewMap(h, form);
  expect(reply.status).toBe(200);
  return mapOnceCarded(h, TEAM, form.name ?? 'Online shoppers');
}

/** The map of this name in the workspace, once its card is posted and saved (waits up to 5 s). */
export function mapOnceCarded(h: Pick<Harness, 'deps'>, teamId: string, name: string): Promise<JourneyMap> {
  return vi.waitFor(
    async () => {
      const map = await h.deps.store.maps.find(teamId, name);
      expect(map?.cardTs).toBeDefined();
      return map!;
    },
    { timeout: 5_000 },
  );
}

/** Runs `/journey <text>`; resolves with the body of the answer as JSON text, to look for what the person reads. */
export async function commandBody(
  h: Pick<Harness, 'slack'>,
  text: string,
  userId = OWNER,
  channelId = CHANNEL,
): Promise<string> {
  return JSON.stringify((await h.slack.command(text, { userId, channelId })).body);
}

/** The DMs the bot sent a person, oldest first. */
export function dms(h: Pick<Harness, 'fake'>, userId: string): FakeMessage[] {
  return h.fake.messages(dmChannelId(userId)).filter((message) => message.user !== userId);
}

export function lastDm(h: Pick<Harness, 'fake'>, userId: string): FakeMessage | undefined {
  return dms(h, userId).at(-1);
}

/** Every mrkdwn/plain text in a message's blocks, joined: what a person reads. */
export function readable(message: { text: string; blocks?: unknown[] } | undefined): string {
  if (!message) return '';
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') texts.push(record.text);
      for (const [key, value] of Object.entries(record)) if (key !== 'text' || typeof value !== 'string') walk(value);
    }
  };
  walk(message.blocks ?? []);
  return texts.join('\n') || message.text;
}

/** The value of the first button with this action id in a message, as a person would click it. */
export function buttonValue(message: FakeMessage | undefined, actionId: string): string {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'button' && record.action_id === actionId && typeof record.value === 'string') {
        found.push(record.value);
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(message?.blocks ?? []);
  if (!found[0]) throw new Error(`no ${actionId} button in: ${readable(message)}`);
  return found[0];
}

/** The first file an upload completed, once Slack has it. */
export function completedUpload(h: Pick<Harness, 'fake'>): Promise<FakeFile> {
  return vi.waitFor(
    () => {
      const file = h.fake.files().find((candidate) => candidate.completed);
      expect(file).toBeDefined();
      return file!;
    },
    { timeout: 10_000 },
  );
}
