import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import {
  type ChangeContext,
  clarifyItem,
  deleteReply,
  moveItem,
  type ReadMessage,
  readReply,
  undoReply,
} from '../../src/threads/changes.ts';
import { itemContributionId, movedContributionId, retractionId, slackTsToMs } from '../../src/threads/ids.ts';
import type { ExtractedItem } from '../../src/threads/parse.ts';

const ref = { teamId: 'T1', channelId: 'C1', ts: '1795000000.000100' };
const message: ReadMessage = { ref, mapId: 'M1', authorId: 'U1', version: ref.ts };
const context: ChangeContext = { now: '2026-11-23T10:00:00.000Z', department: 'sales' };

const webinar: ExtractedItem = { kind: 'touchpoint', stageId: 's2', text: 'pricing webinar' };
const unclear: ExtractedItem = { kind: null, stageId: null, text: 'the loyalty card' };
const noStage: ExtractedItem = { kind: 'obstacle', stageId: null, text: 'nobody reads the terms' };
const feeling: ExtractedItem = { kind: 'feeling', stageId: 's3', text: '', score: 2 };

describe('contribution ids of thread replies', () => {
  it('are valid ULIDs carrying the time of the message they come from', () => {
    const id = itemContributionId(ref, ref.ts, 0);
    expect(isValid(id)).toBe(true);
    expect(decodeTime(id)).toBe(slackTsToMs(ref.ts));
    expect(decodeTime(movedContributionId(id, 's3'))).toBe(decodeTime(id));
    expect(decodeTime(retractionId(id))).toBe(decodeTime(id));
  });

  it.each([
    ['another item', () => itemContributionId(ref, ref.ts, 1)],
    ['another reading', () => itemContributionId(ref, '1795000060.000100', 0)],
    ['another message', () => itemContributionId({ ...ref, ts: '1795000000.000200' }, ref.ts, 0)],
    ['another channel', () => itemContributionId({ ...ref, channelId: 'C2' }, ref.ts, 0)],
    ['a move', () => movedContributionId(itemContributionId(ref, ref.ts, 0), 's3')],
    ['a retraction', () => retractionId(itemContributionId(ref, ref.ts, 0))],
  ])('differ for %s, and repeat for the same one', (_name, make) => {
    expect(make()).toBe(make());
    expect(make()).not.toBe(itemContributionId(ref, ref.ts, 0));
  });
});

describe('readReply', () => {
  it('records the items whose kind and stage are known and keeps the others waiting', () => {
    const { record, append } = readReply(message, [webinar, unclear, noStage, feeling], undefined, context);
    expect(record.status).toBe('live');
    expect(record.items.map((item) => item.contributionId !== undefined)).toEqual([true, false, false, true]);
    expect(append).toEqual([
      {
        id: itemContributionId(ref, ref.ts, 0),
        mapId: 'M1',
        authorId: 'U1',
        department: 'sales',
        source: 'thread',
        stageId: 's2',
        kind: 'touchpoint',
        text: 'pricing webinar',
        createdAt: context.now,
      },
      expect.objectContaining({ id: itemContributionId(ref, ref.ts, 3), kind: 'feeling', score: 2 }),
    ]);
  });

  it('writes the same ids however often the same message is read', () => {
    expect(readReply(message, [webinar, feeling], undefined, context)).toEqual(
      readReply(message, [webinar, feeling], undefined, context),
    );
  });

  it('leaves the department open when the bot does not know it', () => {
    const { append } = readReply(message, [webinar], undefined, { now: context.now });
    expect(append[0]?.department).toBeUndefined();
  });

  it('on an edit, takes back what the earlier text recorded and keeps the answer and check mark', () => {
    const first = readReply(message, [webinar, noStage], undefined, context).record;
    const earlier = { ...first, replyTs: '1795000001.000100', reacted: true };
    const edited = { ...message, version: '1795000060.000100' };
    const { record, append } = readReply(edited, [feeling], earlier, context);
    expect(record).toMatchObject({ version: edited.version, replyTs: earlier.replyTs, reacted: true, status: 'live' });
    expect(append.map((c) => [c.retracts ?? null, c.kind, c.stageId])).toEqual([
      [itemContributionId(ref, ref.ts, 0), 'touchpoint', 's2'],
      [null, 'feeling', 's3'],
    ]);
    expect(append[1]?.id).toBe(itemContributionId(ref, edited.version, 0));
  });

  it('takes nothing back when the earlier reading was undone', () => {
    const undone = undoReply(readReply(message, [webinar], undefined, context).record, context).record;
    const { append } = readReply({ ...message, version: '1795000060.000100' }, [], undone, context);
    expect(append).toEqual([]);
  });
});

describe('undo and delete', () => {
  it.each([
    ['undo', undoReply, 'undone'],
    ['delete', deleteReply, 'deleted'],
  ] as const)('%s retracts every recorded item once', (_name, change, status) => {
    const { record } = readReply(message, [webinar, unclear, feeling], undefined, context);
    const first = change(record, context);
    expect(first.record.status).toBe(status);
    expect(first.append.map((c) => c.retracts)).toEqual([
      itemContributionId(ref, ref.ts, 0),
      itemContributionId(ref, ref.ts, 2),
    ]);
    expect(first.append.map((c) => c.id)).toEqual(first.append.map((c) => retractionId(c.retracts!)));
    expect(change(first.record, context).append).toEqual([]);
  });
});

describe('moveItem', () => {
  const { record } = readReply(message, [webinar, unclear], undefined, context);

  it('retracts the item where it was and records it at the new stage', () => {
    const moved = moveItem(record, 0, 's4', context)!;
    const oldId = itemContributionId(ref, ref.ts, 0);
    expect(moved.append).toEqual([
      expect.objectContaining({ id: retractionId(oldId), retracts: oldId, stageId: 's2' }),
      expect.objectContaining({ id: movedContributionId(oldId, 's4'), stageId: 's4', text: 'pricing webinar' }),
    ]);
    expect(moved.record.items[0]).toMatchObject({ stageId: 's4', contributionId: movedContributionId(oldId, 's4') });
  });

  it('gives every step of a round trip its own id', () => {
    const there = moveItem(record, 0, 's4', context)!;
    const back = moveItem(there.record, 0, 's2', context)!;
    const ids = [record, there.record, back.record].map((each) => each.items[0]?.contributionId);
    expect(new Set(ids).size).toBe(3);
  });

  it.each([
    ['to the stage it is at', () => moveItem(record, 0, 's2', context)],
    ['an item still waiting', () => moveItem(record, 1, 's4', context)],
    ['an item that is not there', () => moveItem(record, 7, 's4', context)],
    ['after Undo', () => moveItem(undoReply(record, context).record, 0, 's4', context)],
  ])('does nothing %s', (_name, move) => {
    expect(move()).toBeNull();
  });
});

describe('clarifyItem', () => {
  const { record } = readReply(message, [webinar, unclear, noStage], undefined, context);

  it('records an item once its kind and then its stage are given', () => {
    const kind = clarifyItem(record, 1, { kind: 'idea' }, context)!;
    expect(kind.append).toEqual([]);
    expect(kind.record.items[1]).toMatchObject({ kind: 'idea', stageId: null });
    const stage = clarifyItem(kind.record, 1, { stageId: 's5' }, context)!;
    expect(stage.append).toEqual([
      expect.objectContaining({ id: itemContributionId(ref, ref.ts, 1), kind: 'idea', stageId: 's5' }),
    ]);
  });

  it('records an item that only lacked its stage at once', () => {
    const { append } = clarifyItem(record, 2, { stageId: 's3' }, context)!;
    expect(append.map((c) => [c.kind, c.stageId, c.text])).toEqual([['obstacle', 's3', 'nobody reads the terms']]);
  });

  it('marks an item skipped without recording it', () => {
    const { record: skipped, append } = clarifyItem(record, 1, 'skip', context)!;
    expect(append).toEqual([]);
    expect(skipped.items[1]?.skipped).toBe(true);
    expect(clarifyItem(skipped, 1, { kind: 'idea' }, context)).toBeNull();
  });

  it('does nothing to an item already recorded', () => {
    expect(clarifyItem(record, 0, { stageId: 's5' }, context)).toBeNull();
  });
});
