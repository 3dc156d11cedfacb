import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import type { ChangeContext, ReadMessage } from '../../src/threads/changes.ts';
import { clarificationOf, clickRefusal } from '../../src/threads/clicks.ts';
import { type ExtractedItem, parseExplicitReply } from '../../src/threads/parse.ts';
import { planReply, textToExtract } from '../../src/threads/plan.ts';
import { checkMarkChange, type ReplyRecord } from '../../src/threads/record.ts';

const stages = createStages(['Awareness', 'Consideration', 'Decision']);
const ref = { teamId: 'T1', channelId: 'C1', ts: '1795000000.000100' };
const message: ReadMessage = { ref, mapId: 'M1', authorId: 'U1', version: ref.ts };
const known: ChangeContext = { now: '2026-11-23T10:00:00.000Z', department: 'sales' };
const unknown: ChangeContext = { now: known.now };
const checkout: ExtractedItem = { kind: 'obstacle', stageId: 's3', text: 'checkout asks for an account' };

const record = (overrides: Partial<ReplyRecord> = {}): ReplyRecord => ({
  ...ref,
  mapId: 'M1',
  authorId: 'U1',
  version: ref.ts,
  items: [{ ...checkout, contributionId: '01KAAAAAAAAAAAAAAAAAAAAAAA' }],
  status: 'live',
  reacted: true,
  ...overrides,
});

describe('what the extractor is asked', () => {
  it.each([
    ['explicit lines only', 'touchpoint: pricing webinar @consideration', undefined],
    [
      'the other lines, joined',
      'touchpoint: webinar @consideration\nthe app crashed\n\nno coupons',
      'the app crashed\nno coupons',
    ],
    ['nothing of a reply too long', `obstacle: ${'x'.repeat(MAX_TEXT_LENGTH)}`, undefined],
  ])('%s', (_what, text, expected) => {
    expect(textToExtract(parseExplicitReply(text, stages))).toBe(expected);
  });
});

describe('the plan for a reply', () => {
  const parsed = (text: string) => parseExplicitReply(text, stages);

  it('records explicit items before extracted ones, and asks an unknown author their department', () => {
    const plan = planReply({
      message,
      parsed: parsed('touchpoint: pricing webinar @consideration\nthe checkout asks for an account'),
      extracted: [checkout],
      context: unknown,
    });
    expect(plan.show).toBe('answer');
    if (plan.show !== 'answer') return;
    expect(plan.askDepartment).toBe(true);
    expect(plan.change.record.items.map((item) => item.text)).toEqual(['pricing webinar', checkout.text]);
    expect(plan.change.append.map((contribution) => contribution.stageId)).toEqual(['s2', 's3']);
  });

  it.each([
    ['a known author', { context: known }, false],
    ['an edit', { context: unknown, previous: record() }, false],
  ])('does not ask %s their department', (_who, input, asks) => {
    const plan = planReply({ message, parsed: parsed('idea: guest checkout @decision'), extracted: [], ...input });
    expect(plan).toMatchObject({ show: 'answer', askDepartment: asks });
  });

  it.each([
    ['a new reply', undefined, false],
    ['an edit of a live reply', record(), true],
    ['an edit of an undone reply', record({ status: 'undone' }), false],
  ])('answers too long for %s, saying whether its earlier items stay', (_what, previous, keptEarlier) => {
    const text = `obstacle: ${'x'.repeat(MAX_TEXT_LENGTH)}`;
    expect(planReply({ message, parsed: parsed(text), extracted: [], previous, context: known })).toEqual({
      show: 'too-long',
      keptEarlier,
    });
  });

  it('stays quiet about a new reply with nothing in it, but not about an edit that took everything out', () => {
    expect(planReply({ message, parsed: parsed('thanks!'), extracted: [], context: known })).toEqual({
      show: 'nothing',
    });
    const edit = planReply({ message, parsed: parsed('thanks!'), extracted: [], previous: record(), context: known });
    expect(edit).toMatchObject({ show: 'answer', change: { record: { items: [] } } });
    if (edit.show === 'answer') expect(edit.change.append.map((c) => c.retracts)).toHaveLength(1);
  });
});

describe('the check mark', () => {
  it.each([
    ['put on a live reply with a recorded item', record({ reacted: false }), true],
    ['left on when it is there', record(), undefined],
    ['taken off an undone reply', record({ status: 'undone' }), false],
    ['taken off a reply with only questions', record({ items: [{ ...checkout, stageId: null }] }), false],
    ['left alone on a deleted message', record({ status: 'deleted' }), undefined],
  ])('is %s', (_what, shown, change) => {
    expect(checkMarkChange(shown)).toBe(change);
  });
});

describe('a click on the bot’s answer', () => {
  it.each([
    ['by the author on the answer shown', 'U1', ref.ts, record(), null],
    ['by someone else', 'U2', ref.ts, record(), 'notYours'],
    ['on an answer to an earlier text', 'U1', '1795000000.000001', record(), 'outdated'],
    ['after Undo', 'U1', ref.ts, record({ status: 'undone' }), 'outdated'],
  ] as const)('%s', (_what, clicker, version, clicked, refusal) => {
    expect(clickRefusal(clicked, clicker, version)).toBe(refusal);
  });

  it.each([
    ['skip', undefined, 'skip'],
    ['kind', 'obstacle', { kind: 'obstacle' }],
    ['kind', 'nonsense', null],
    ['stage', 's2', { stageId: 's2' }],
    ['stage', 's9', null],
  ] as const)('reads a %s button with %s', (part, choice, expected) => {
    expect(clarificationOf(stages, part, choice)).toEqual(expected);
  });
});
