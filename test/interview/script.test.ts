import { describe, expect, it } from 'vitest';
import { TOUCHPOINTS, touchpointLabel, touchpointTexts } from '../../src/interview/index.ts';
import { askedStep, stageHeading, stageQuestions } from '../../src/interview/script.ts';

describe('question script', () => {
  it('asks every workshop question with the stage name in it', () => {
    const questions = stageQuestions('Consideration', false);
    expect(questions.map((q) => q.id)).toEqual(['goal', 'action', 'feeling', 'touchpoint', 'obstacle', 'idea']);
    for (const question of questions) {
      expect(question.question).toContain('Consideration');
      expect(question.hint.length).toBeGreaterThan(0);
    }
    expect(questions.filter((q) => !q.skippable).map((q) => q.id)).toEqual(['action', 'feeling']);
  });

  it('asks about the next stage except at the last one', () => {
    expect(askedStep('idea', 'Decision', false).question).toBe(
      'What would move the customer from Decision to the next stage?',
    );
    expect(askedStep('idea', 'Advocacy', true).question).toBe('What would make Advocacy better for the customer?');
  });

  it('puts stage names in literally, even with replacement patterns', () => {
    expect(askedStep('action', 'Pay $& go $1', false).question).toBe('What is the customer doing in Pay $& go $1?');
  });

  it.each([
    [0, 5, 'Awareness', 'Stage 1 of 5: Awareness'],
    [1, 5, 'Consideration', 'Stage 2 of 5: Consideration'],
    [9, 10, 'Loyalty', 'Stage 10 of 10: Loyalty'],
  ])('heading %i of %i', (index, count, name, expected) => {
    expect(stageHeading(index, count, name)).toBe(expected);
  });

  it('has unique touchpoint ids, and every label and alias finds its own touchpoint', () => {
    expect(new Set(TOUCHPOINTS.map((t) => t.id)).size).toBe(TOUCHPOINTS.length);
    for (const touchpoint of TOUCHPOINTS) {
      for (const word of [touchpointLabel(touchpoint), touchpoint.id, ...touchpoint.aliases]) {
        expect(touchpointTexts(word), word).toEqual([touchpointLabel(touchpoint)]);
      }
    }
  });
});
