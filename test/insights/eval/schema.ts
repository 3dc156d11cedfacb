import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { DEPARTMENTS } from '../../../src/journey/model.ts';

// The app's own lists, so the set holds only languages and departments the app knows.
export { LANGUAGES };

const familyId = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'family id must be snake_case');

export const familySchema = z.strictObject({
  id: familyId,
  description: z.string().min(20),
});

export const answerSchema = z.strictObject({
  author: z.string().regex(/^U\d{2,}$/, 'author must look like U01'),
  department: z.enum(DEPARTMENTS),
  text: z.string().trim().min(1),
});

export const obstacleSchema = z.strictObject({
  answers: z.array(z.int().nonnegative()).min(1),
  gist: z.string().trim().min(3),
  family: familyId.nullable(),
  wrong: z.array(familyId).min(1).max(3),
});

export const stageSchema = z.strictObject({
  name: z.string().trim().min(1),
  touchpoints: z.array(z.string().trim().min(1)),
  answers: z.array(answerSchema).min(1),
  obstacles: z.array(obstacleSchema),
});

export const journeySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'journey id must be kebab-case'),
  language: z.enum(LANGUAGES),
  industry: z.string().trim().min(2),
  goal: z.string().trim().min(3),
  persona: z.string().trim().min(3),
  stages: z.array(stageSchema).min(1),
});

export type Family = z.infer<typeof familySchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Obstacle = z.infer<typeof obstacleSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type EvalSet = { families: Family[]; journeys: Journey[] };

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function checkJourney(file: string, journey: Journey, familyIds: Set<string>, problems: string[]): void {
  const expectedFile = `${journey.id}.json`;
  if (!file.endsWith(expectedFile)) {
    problems.push(`${file}: id '${journey.id}' does not match the file name`);
  }
  journey.stages.forEach((stage, s) => {
    stage.obstacles.forEach((obstacle, o) => {
      const where = `${file}: stages.${s}.obstacles.${o}`;
      const seen = new Set<number>();
      for (const index of obstacle.answers) {
        if (index >= stage.answers.length) {
          problems.push(`${where}: answer index ${index} out of range (stage has ${stage.answers.length} answers)`);
        }
        if (seen.has(index)) {
          problems.push(`${where}: answer index ${index} listed twice`);
        }
        seen.add(index);
      }
      if (obstacle.family !== null && !familyIds.has(obstacle.family)) {
        problems.push(`${where}: unknown family '${obstacle.family}'`);
      }
      for (const wrong of obstacle.wrong) {
        if (!familyIds.has(wrong)) {
          problems.push(`${where}: unknown wrong family '${wrong}'`);
        }
        if (wrong === obstacle.family) {
          problems.push(`${where}: family '${wrong}' is also listed as wrong`);
        }
      }
      if (new Set(obstacle.wrong).size !== obstacle.wrong.length) {
        problems.push(`${where}: duplicate entries in wrong`);
      }
    });
  });
}

export function loadEvalSet(dir: string = import.meta.dirname): EvalSet {
  const problems: string[] = [];

  const familiesFile = join(dir, 'families.json');
  const rawFamilies = readJson(familiesFile, problems);
  const parsedFamilies = z.array(familySchema).min(1).safeParse(rawFamilies);
  const families: Family[] = [];
  if (rawFamilies !== undefined && !parsedFamilies.success) {
    problems.push(...describeIssues(familiesFile, parsedFamilies.error));
  } else if (parsedFamilies.success) {
    families.push(...parsedFamilies.data);
  }
  const familyIds = new Set<string>();
  for (const family of families) {
    if (familyIds.has(family.id)) {
      problems.push(`${familiesFile}: duplicate family id '${family.id}'`);
    }
    familyIds.add(family.id);
  }

  const journeysDir = join(dir, 'journeys');
  const journeyFiles = readdirSync(journeysDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const journeys: Journey[] = [];
  const journeyIds = new Set<string>();
  for (const name of journeyFiles) {
    const file = join(journeysDir, name);
    const raw = readJson(file, problems);
    if (raw === undefined) {
      continue;
    }
    const parsed = journeySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describeIssues(file, parsed.error));
      continue;
    }
    const journey = parsed.data;
    if (journeyIds.has(journey.id)) {
      problems.push(`${file}: duplicate journey id '${journey.id}'`);
    }
    journeyIds.add(journey.id);
    checkJourney(file, journey, familyIds, problems);
    journeys.push(journey);
  }

  if (problems.length > 0) {
    throw new Error(`Invalid eval set (${problems.length} problems):\n- ${problems.join('\n- ')}`);
  }
  return { families, journeys };
}
