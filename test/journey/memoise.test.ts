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

  it('forgets the oldest text first once full, and still answers it right', () => {
    const computed: string[] = [];
    const lookUp = memoise((text) => {
      computed.push(text);
      return text.length;
    }, 2);
    lookUp('a');
    lookUp('bb');
    lookUp('ccc');
    expect(lookUp('bb')).toBe(2);
    expect(lookUp('a')).toBe(1);
    expect(computed).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
