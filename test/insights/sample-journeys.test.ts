import { isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { contributionSchema, journeyMapSchema, MAX_STAGES } from '../../src/journey/model.ts';
import { sampleJourneys } from '../fixtures/journeys.ts';

describe('sample journeys', () => {
  it.each(sampleJourneys.map((journey) => [journey.slug, journey] as const))(
    '%s is valid by the model',
    (_, journey) => {
      expect(journeyMapSchema.parse(journey.map)).toEqual(journey.map);
      for (const contribution of journey.contributions) {
        expect(contributionSchema.parse(contribution)).toEqual(contribution);
        expect(isValid(contribution.id)).toBe(true);
      }
      const ids = journey.contributions.map((c) => c.id);
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it.each(sampleJourneys.map((journey) => [journey.slug, journey] as const))('%s looks like real use', (_, journey) => {
    const live = journey.contributions.filter((c) => !c.retracts);
    const people = new Set(live.map((c) => c.authorId));
    const departments = new Set(live.map((c) => c.department));
    expect(people.size).toBeGreaterThanOrEqual(5);
    expect(people.size).toBeLessThanOrEqual(8);
    expect(departments.size).toBeGreaterThanOrEqual(4);
    expect(departments.size).toBeLessThanOrEqual(6);
    expect(journey.contributions.some((c) => c.retracts)).toBe(true);
    expect(live.filter((c) => c.kind === 'feeling').every((c) => c.score !== undefined)).toBe(true);
  });

  it('covers the industries, languages and sizes the quality checks rely on', () => {
    const slugs = sampleJourneys.map((journey) => journey.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['retail', 'b2b-software', 'banking', 'travel', 'ecommerce', 'zh-shop', 'el-telecom']),
    );
    const stageNames = sampleJourneys.flatMap((journey) => journey.map.stages.map((stage) => stage.name));
    expect(stageNames.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(stageNames.some((name) => /\p{Script=Greek}/u.test(name))).toBe(true);
    expect(sampleJourneys.some((journey) => journey.map.stages.length === MAX_STAGES)).toBe(true);
    expect(sampleJourneys.some((journey) => journey.contributions.some((c) => c.text.length > 1500))).toBe(true);
  });
});
