import { describe, expect, it } from 'vitest';
import { memoise } from '../../src/journey/memoise.ts';

describe('memoise', () => {
  it('computes each text once while it is remembered, null results included', () => {
    const computed: string[] = [];
    const lookUp = memoise((text) => {
      computed.push(text);
      return text === 'none' ? null : text.toUpperCase();
    }, 10);
    expect([lookUp('a'), lookUp('none'), lookUp('a'), lookUp('none')]).toEqual(['A', null, 'A', null]);
    expect(computed).toEqual(['a', 'none']);
  });

  it('keeps the latest texts and forgets the oldest once over capacity, still answering them right', () => {
    const computed: string[] = [];
    const lookUp = memoise((text) => {
      computed.push(text);
      return text.length;
    }, 4);
    for (const text of ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff']) lookUp(text);
    expect([lookUp('ffffff'), lookUp('eeeee'), lookUp('a')]).toEqual([6, 5, 1]);
    expect(computed).toEqual(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'a']);
  });
});
