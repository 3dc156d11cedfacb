import { describe, expect, it } from 'vitest';
import { fillTemplate, shorten, templateVariables } from '../../src/insights/template.ts';

describe('templates', () => {
  it('lists each variable once', () => {
    expect(templateVariables('Ask {{who}} about {{ stage }} and {{who}}')).toEqual(['who', 'stage']);
  });

  it('fills variables and leaves other braces alone', () => {
    expect(fillTemplate('Watch {{kpi}} at {{stage}} {not a variable}', { kpi: 'NPS', stage: 'Renewal' })).toBe(
      'Watch NPS at Renewal {not a variable}',
    );
  });

  it('does not expand a value that looks like a variable', () => {
    expect(fillTemplate('About “{{obstacle}}”', { obstacle: '{{stage}}' })).toBe('About “{{stage}}”');
  });

  it('refuses a variable without a value', () => {
    expect(() => fillTemplate('At {{stage}}', {})).toThrow('{{stage}}');
  });
});

describe('shorten', () => {
  it.each([
    ['short text stays', 'Long queues', 20, 'Long queues'],
    ['lines join', 'Long\n  queues', 20, 'Long queues'],
    ['cut at a word', 'The quote form asks 48 questions before any price', 25, 'The quote form asks 48…'],
    ['cut inside a long word', 'Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['characters, not UTF-16 units', '价格不透明价格不透明', 5, '价格不透…'],
  ])('%s', (_, text, length, expected) => {
    expect(shorten(text, length)).toBe(expected);
    expect([...shorten(text, length)].length).toBeLessThanOrEqual(length);
  });
});
