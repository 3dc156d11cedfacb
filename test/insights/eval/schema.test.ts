import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Journey, LANGUAGES, loadEvalSet, type Obstacle } from './schema.ts';

function obstaclesOf(journeys: Journey[]): Obstacle[] {
  return journeys.flatMap((journey) => journey.stages.flatMap((stage) => stage.obstacles));
}

describe('obstacle-family eval set', () => {
  const { families, journeys } = loadEvalSet();
  const obstacles = obstaclesOf(journeys);

  it('loads and passes the schema and cross-reference checks', () => {
    expect(families.length).toBeGreaterThan(0);
    expect(journeys.length).toBeGreaterThan(0);
  });

  it('has at least 60 families', () => {
    expect(families.length).toBeGreaterThanOrEqual(60);
  });

  it('has at least 16 journeys and at least 4 per language', () => {
    expect(journeys.length).toBeGreaterThanOrEqual(16);
    for (const language of LANGUAGES) {
      expect(journeys.filter((journey) => journey.language === language).length, language).toBeGreaterThanOrEqual(4);
    }
  });

  it('has at least 150 obstacles and at least 30 per language', () => {
    expect(obstacles.length).toBeGreaterThanOrEqual(150);
    for (const language of LANGUAGES) {
      const count = obstaclesOf(journeys.filter((journey) => journey.language === language)).length;
      expect(count, language).toBeGreaterThanOrEqual(30);
    }
  });

  it('uses at least 45 distinct families', () => {
    const used = new Set(obstacles.flatMap((obstacle) => (obstacle.family === null ? [] : [obstacle.family])));
    expect(used.size).toBeGreaterThanOrEqual(45);
  });

  it('has at least a third of obstacles mentioned by two or more answers', () => {
    const multi = obstacles.filter((obstacle) => obstacle.answers.length >= 2).length;
    expect(multi / obstacles.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it('keeps some obstacles without a family, but not most', () => {
    const nulls = obstacles.filter((obstacle) => obstacle.family === null).length;
    expect(nulls).toBeGreaterThan(0);
    expect(nulls / obstacles.length).toBeLessThanOrEqual(0.2);
  });

  it('points every answer to at least one obstacle or leaves it deliberately unmapped only rarely', () => {
    let answers = 0;
    let unmapped = 0;
    for (const journey of journeys) {
      for (const stage of journey.stages) {
        const cited = new Set(stage.obstacles.flatMap((obstacle) => obstacle.answers));
        answers += stage.answers.length;
        unmapped += stage.answers.filter((_, index) => !cited.has(index)).length;
      }
    }
    expect(unmapped / answers).toBeLessThanOrEqual(0.1);
  });
});

describe('loadEvalSet validation', () => {
  it('throws one error listing every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-set-'));
    try {
      mkdirSync(join(dir, 'journeys'));
      const families = [
        { id: 'till_queue', description: 'Queues at the physical store checkout, not online checkout.' },
        { id: 'till_queue', description: 'Duplicate id on purpose to trigger the uniqueness check.' },
      ];
      const journey = (id: string) => ({
        id,
        language: 'en',
        industry: 'retail',
        goal: 'goal',
        persona: 'persona',
        stages: [
          {
            name: 'Pay',
            touchpoints: ['tills'],
            answers: [{ author: 'U01', department: 'operations', text: 'till queue 20 mins' }],
            obstacles: [
              { answers: [0, 3], gist: 'Long till queue', family: 'till_queue', wrong: ['till_queue'] },
              { answers: [0], gist: 'Unknown family', family: 'no_such_family', wrong: ['till_queue'] },
            ],
          },
        ],
      });
      writeFileSync(join(dir, 'families.json'), JSON.stringify(families));
      writeFileSync(join(dir, 'journeys', 'a.json'), JSON.stringify(journey('a')));
      writeFileSync(join(dir, 'journeys', 'b.json'), JSON.stringify(journey('a')));
      writeFileSync(join(dir, 'journeys', 'c.json'), JSON.stringify({ id: 'c', language: 'fr' }));

      let message = '';
      try {
        loadEvalSet(dir);
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).toContain("duplicate family id 'till_queue'");
      expect(message).toContain('answer index 3 out of range');
      expect(message).toContain("family 'till_queue' is also listed as wrong");
      expect(message).toContain("unknown family 'no_such_family'");
      expect(message).toContain("duplicate journey id 'a'");
      expect(message).toContain("id 'a' does not match the file name");
      expect(message).toContain('c.json: language');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
