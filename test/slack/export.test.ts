import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseJsonExport } from '../../src/export/json.ts';
import type { Contribution, JourneyMap } from '../../src/journey/model.ts';
import { fileSlug } from '../../src/slack/flows/upload.ts';
import { readPng } from '../render/png-reader.ts';
import { dmChannelId } from '../slack-fake/ids.ts';
import type { FakeFile } from '../slack-fake/web-api.ts';
import { useHarness } from '../support/app-harness.ts';
import { makeContribution } from '../support/factories.ts';
import { CHANNEL, createMapThroughModal, OWNER, TEAM } from '../support/journey-steps.ts';
import { itReturns } from '../support/tables.ts';

const h = useHarness();
let map: JourneyMap;

beforeAll(async () => {
  map = await createMapThroughModal(h, { name: 'Online shoppers', stakeholders: [] });
  const stage = map.stages[2]!;
  const annaSays = (overrides: Partial<Contribution>) =>
    makeContribution(map, {
      authorId: 'U0ANNA',
      department: 'sales',
      stageId: stage.id,
      createdAt: new Date().toISOString(),
      ...overrides,
    });
  await h.deps.store.contributions.append(TEAM, [
    annaSays({ kind: 'obstacle', text: '=HYPERLINK("evil") checkout asks: account, #now' }),
    annaSays({ kind: 'feeling', text: '', score: 2 }),
  ]);
});
beforeEach(() => {
  h.fake.reset();
});

async function exported(text: string): Promise<{ file: FakeFile; ack: string }> {
  const reply = await h.slack.command(text, { userId: OWNER, channelId: CHANNEL });
  expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
  const file = await vi.waitFor(
    () => {
      const completed = h.fake.files().find((candidate) => candidate.completed);
      expect(completed).toBeDefined();
      return completed!;
    },
    { timeout: 10_000 },
  );
  return { file, ack: (reply.body as { text: string }).text };
}

describe('/journey export', () => {
  it.each([
    [
      'csv',
      'online-shoppers.csv',
      (bytes: Buffer) => {
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8');
        expect(text).toContain('Stage');
        expect(text).toContain(`"'=HYPERLINK(""evil"") checkout asks: account, #now"`);
      },
    ],
    [
      'md',
      'online-shoppers.md',
      (bytes: Buffer) => {
        expect(bytes.toString('utf8')).toMatch(/^# Online shoppers\n/);
      },
    ],
    [
      'mermaid',
      'online-shoppers.mmd',
      (bytes: Buffer) => {
        const text = bytes.toString('utf8');
        expect(text.startsWith('journey\n')).toBe(true);
        expect(text).toContain('  title Online shoppers');
        expect(text).toContain('#58;');
      },
    ],
    [
      'json',
      'online-shoppers.json',
      (bytes: Buffer) => {
        const parsed = parseJsonExport(bytes.toString('utf8'));
        expect(parsed.map.id).toBe(map.id);
        expect(parsed.view.contributionCount).toBe(2);
      },
    ],
    [
      'png',
      'online-shoppers.png',
      (bytes: Buffer) => {
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(readPng(bytes).width).toBeGreaterThan(1000);
      },
    ],
  ])("sends %s to the caller's DM", async (format, filename, check) => {
    const { file, ack } = await exported(`export Online shoppers ${format}`);
    expect(ack).toContain('to your DMs');
    expect(file).toMatchObject({ channel_id: dmChannelId(OWNER), filename });
    expect(file.thread_ts).toBeUndefined();
    expect(file.initial_comment).toContain('*Online shoppers*');
    check(file.bytes!);
  });

  it("uses the channel's map when none is named, and takes the format in any case", async () => {
    const { file } = await exported('export JSON');
    expect(file.filename).toBe('online-shoppers.json');
  });

  it.each([
    ['export Online shoppers pdf', "I can't export as `pdf`"],
    ['export Online shoppers', 'Which format would you like?'],
    ['export', 'Which format would you like?'],
  ])('%s: lists the formats instead', async (text, opening) => {
    const reply = await h.slack.command(text, { userId: OWNER, channelId: CHANNEL });
    const body = reply.body as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain(opening);
    expect(body.text).toContain('csv|md|mermaid|json|png');
    expect(h.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('says kindly when there is no such map', async () => {
    const reply = await h.slack.command('export Atlantis csv', { userId: OWNER, channelId: CHANNEL });
    expect((reply.body as { text: string }).text).toContain('I couldn\'t find a map called "Atlantis"');
    expect(h.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('says kindly when the upload fails', async () => {
    h.fake.failNext('files.completeUploadExternal', { error: 'internal_error' });
    await h.slack.command('export Online shoppers md', { userId: OWNER, channelId: CHANNEL });
    await vi.waitFor(() => expect(h.fake.responses).toHaveLength(1), { timeout: 10_000 });
    expect(JSON.stringify(h.fake.responses[0]!.body)).toContain("I couldn't send the Markdown file just now");
  });
});

describe('export file names', () => {
  itReturns(fileSlug, '%j -> %s', [
    ['Online shoppers', 'online-shoppers'],
    ['  Café: B2B / renewals!  ', 'cafe-b2b-renewals'],
    ['Ταξίδι πελάτη', 'ταξιδι-πελατη'],
    ['客户旅程 2026', '客户旅程-2026'],
    ['***', 'journey-map'],
    ['x'.repeat(100), 'x'.repeat(60)],
  ]);
});
