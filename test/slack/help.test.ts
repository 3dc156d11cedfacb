import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/app-harness.ts';

const h = useHarness({ resetSlackEachTest: true });

interface CommandReply {
  response_type: string;
  text: string;
  blocks: { type: string; text?: { text: string } }[];
}

function blockText(reply: CommandReply): string {
  return reply.blocks.map((block) => block.text?.text ?? '').join('\n');
}

describe('/journey help', () => {
  it.each(['help', '', '  HELP  '])('answers %j privately with every subcommand and an example', async (text) => {
    const reply = await h.slack.command(text, { userId: 'U0ALICE', channelId: 'C0SHOP' });
    expect(reply.status).toBe(200);
    const body = reply.body as CommandReply;
    expect(body.response_type).toBe('ephemeral');
    const shown = blockText(body);
    for (const sub of ['help', 'new', 'list', 'show', 'interview', 'summary', 'digest', 'export', 'archive']) {
      expect(shown).toContain(`/journey ${sub}`);
    }
    expect(shown).toContain('csv|md|mermaid|json|png');
    expect(shown).toMatch(/e\.g\._ `\/journey new Online shoppers`/);
  });

  it('says kindly that an unknown subcommand is unknown, and shows the help', async () => {
    const reply = await h.slack.command('frobnicate <!channel> now', { userId: 'U0ALICE', channelId: 'C0SHOP' });
    const body = reply.body as CommandReply;
    expect(body.response_type).toBe('ephemeral');
    expect(blockText(body)).toContain("I don't know `frobnicate` yet");
    expect(blockText(body)).toContain('/journey new');
    expect(h.fake.calls).toHaveLength(0);
  });

  it('escapes an unknown word so it cannot ping anyone', async () => {
    const reply = await h.slack.command('<!channel>', { userId: 'U0ALICE', channelId: 'C0SHOP' });
    expect(blockText(reply.body as CommandReply)).toContain('&lt;!channel&gt;');
    expect(blockText(reply.body as CommandReply)).not.toContain('<!channel>');
  });
});

describe('request signatures', () => {
  it.each(['wrong-secret', 'stale-timestamp'] as const)(
    'rejects a %s request with 401 and does nothing',
    async (tamper) => {
      const maps = await h.deps.store.maps.list('T0JOURNEY');
      const reply = await h.slack.tampered(tamper).command('new Sneaky', { userId: 'U0MALLORY', channelId: 'C0SHOP' });
      expect(reply.status).toBe(401);
      expect(h.fake.calls).toHaveLength(0);
      expect(await h.deps.store.maps.list('T0JOURNEY')).toEqual(maps);
    },
  );
});

describe('health', () => {
  it('answers 200 on /healthz while the store is reachable', async () => {
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, followUps: { backlog: 0, width: expect.any(Number) } });
  });
});
