import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMAT_NAMES } from '../src/export/formats.ts';
import { COMMAND } from '../src/slack/ids.ts';
import { BOT_SCOPES } from '../src/slack/scopes.ts';

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint: string; url: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8')) as Manifest;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const source = sourceFiles(new URL('../src', import.meta.url).pathname)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** The bot scope each Web API method needs (Slack's method reference); methods needing none map to null. */
const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'chat.delete': 'chat:write',
  'chat.getPermalink': null,
  'conversations.open': 'im:write',
  'conversations.join': 'channels:join',
  'conversations.info': 'channels:read',
  // and groups:read for a private channel, which the membership events below already need
  'conversations.members': 'channels:read',
  'users.info': 'users:read',
  'reactions.add': 'reactions:write',
  'reactions.remove': 'reactions:write',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
  filesUploadV2: 'files:write',
  'views.open': null,
  'views.update': null,
  'views.push': null,
  'views.publish': null,
  'auth.test': null,
};

/** The event subscription and scope behind each Bolt listener the code registers. */
const EVENT_NEEDS: Record<string, { events: string[]; scopes: string[] }> = {
  app_home_opened: { events: ['app_home_opened'], scopes: [] },
  app_mention: { events: ['app_mention'], scopes: ['app_mentions:read'] },
  app_uninstalled: { events: ['app_uninstalled'], scopes: [] },
  tokens_revoked: { events: ['tokens_revoked'], scopes: [] },
  member_joined_channel: { events: ['member_joined_channel'], scopes: ['channels:read', 'groups:read'] },
  member_left_channel: { events: ['member_left_channel'], scopes: ['channels:read', 'groups:read'] },
  message: {
    events: ['message.channels', 'message.groups', 'message.im'],
    scopes: ['channels:history', 'groups:history', 'im:history'],
  },
};

const usedMethods = new Set(
  [...source.matchAll(/client\.(?:(\w+)\.(\w+)|(filesUploadV2))\(/g)].map((m) => m[3] ?? `${m[1]}.${m[2]}`),
);
const usedEvents = new Set(
  [...source.matchAll(/\.event\(\s*'(\w+)'/g), ...source.matchAll(/\.message\(/g)].map((m) => m[1] ?? 'message'),
);

describe('manifest.yml', () => {
  it('declares the /journey command with a description and usage hint', () => {
    const command = manifest.features.slash_commands.find((c) => c.command === COMMAND);
    expect(command?.description.length).toBeGreaterThan(10);
    expect(command?.usage_hint).toContain('new');
  });

  // YAML cannot read the export registry, so this is what keeps a new format from being left out of the hint.
  it("lists exactly the registry's export formats in the usage hint", () => {
    const command = manifest.features.slash_commands.find((c) => c.command === COMMAND);
    const exportHint = command?.usage_hint.split(' | ').find((part) => part.startsWith('export '));
    expect(exportHint).toBe(`export ${FORMAT_NAMES}`);
  });

  it('enables what the product uses: App Home, the messages tab, interactivity, Socket Mode', () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('knows every Web API method the code calls', () => {
    expect(usedMethods.size).toBeGreaterThan(5);
    const unknown = [...usedMethods].filter((method) => !(method in METHOD_SCOPES));
    expect(unknown).toEqual([]);
  });

  it('declares every scope the code needs, and commands', () => {
    const needed = new Set<string>(['commands']);
    for (const method of usedMethods) {
      const scope = METHOD_SCOPES[method];
      if (scope) needed.add(scope);
    }
    for (const event of usedEvents) for (const scope of EVENT_NEEDS[event]?.scopes ?? []) needed.add(scope);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining([...needed]));
  });

  it('asks for no scope the code does not use (least privilege)', () => {
    const used = new Set<string>(['commands']);
    for (const method of usedMethods) if (METHOD_SCOPES[method]) used.add(METHOD_SCOPES[method]!);
    for (const event of usedEvents) for (const scope of EVENT_NEEDS[event]?.scopes ?? []) used.add(scope);
    expect(manifest.oauth_config.scopes.bot.filter((scope) => !used.has(scope))).toEqual([]);
  });

  it('asks the OAuth install for exactly the bot scopes it declares', () => {
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it('subscribes to every event the code listens to', () => {
    expect(usedEvents.size).toBeGreaterThan(0);
    for (const event of usedEvents) {
      expect(EVENT_NEEDS[event], `no manifest mapping for event ${event}`).toBeDefined();
      expect(manifest.settings.event_subscriptions.bot_events).toEqual(
        expect.arrayContaining(EVENT_NEEDS[event]!.events),
      );
    }
  });
});
