import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../../src/insights/extract-rules.ts';
import { extractionFromModel } from '../../src/insights/extraction.ts';
import { createStages } from '../../src/journey/stages.ts';
import { MAX_ITEMS_PER_REPLY, parseExplicitReply } from '../../src/threads/parse.ts';

const stages = createStages(['Awareness', 'Decision']);
const many = <T>(count: number, line: (index: number) => T): T[] => Array.from({ length: count }, (_, i) => line(i));

describe('one reply adds at most 20 items, however it is read', () => {
  it('explicit lines', () => {
    const reply = many(50, (i) => `obstacle: problem number ${i} @decision`).join('\n');
    expect(parseExplicitReply(reply, stages).items).toHaveLength(MAX_ITEMS_PER_REPLY);
  });

  it('plain sentences read by the rules', () => {
    const reply = many(50, (i) => `Customers complain about problem number ${i}.`).join('\n\n');
    const { items } = extractWithRules(reply, stages);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(MAX_ITEMS_PER_REPLY);
  });

  it('a model that answers with a thousand items', () => {
    const output = {
      items: many(1000, (i) => ({ kind: 'obstacle' as const, stage: 'Decision', text: `item ${i}`, score: null })),
    };
    expect(extractionFromModel(output, stages).items).toHaveLength(MAX_ITEMS_PER_REPLY);
  });
});
