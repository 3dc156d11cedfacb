import { z } from 'zod';
import {
  DEPARTMENTS,
  type JourneyMap,
  type JourneyView,
  journeyMapSchema,
  KINDS,
  type MergedItem,
  stageSchema,
} from '../journey/model.ts';
import { type ExportFormat, utf8Renderer } from './export-format.ts';

export const JSON_SCHEMA_VERSION = 1;

const department = z.enum(DEPARTMENTS);
const mean = z.number().min(1).max(5);

const mergedItemSchema: z.ZodType<MergedItem> = z.object({
  key: z.string(),
  text: z.string(),
  kind: z.enum(KINDS),
  count: z.number().int().min(1),
  contributorIds: z.array(z.string()),
  departments: z.array(department),
  contributionIds: z.array(z.string()),
  firstAt: z.string(),
  lastAt: z.string(),
});

const journeyViewSchema: z.ZodType<JourneyView> = z.object({
  mapId: z.string(),
  stages: z.array(
    z.object({
      stage: stageSchema,
      items: z.record(z.enum(KINDS), z.array(mergedItemSchema)),
      feeling: z.object({
        count: z.number().int().min(0),
        mean: mean.nullable(),
        spread: z.number().min(0).nullable(),
        byDepartment: z.partialRecord(department, z.object({ count: z.number().int().min(1), mean })),
      }),
      contributorIds: z.array(z.string()),
      departments: z.array(department),
      contributionCount: z.number().int().min(0),
    }),
  ),
  contributionCount: z.number().int().min(0),
  contributorIds: z.array(z.string()),
  departments: z.array(department),
  disagreements: z.array(
    z.object({
      stageId: z.string(),
      low: z.object({ department, mean }),
      high: z.object({ department, mean }),
      difference: z.number(),
    }),
  ),
  gaps: z.object({
    emptyStageIds: z.array(z.string()),
    stageIdsWithoutTouchpoint: z.array(z.string()),
    silentStakeholderIds: z.array(z.string()),
    missingDepartments: z.array(department),
  }),
  lastContributionAt: z.string().nullable(),
});

const jsonExportSchema = z.object({
  schemaVersion: z.literal(JSON_SCHEMA_VERSION),
  map: journeyMapSchema,
  view: journeyViewSchema,
});

export const jsonFormat: ExportFormat = {
  name: 'json',
  aliases: [],
  label: 'JSON',
  extension: 'json',
  mimeType: 'application/json',
  helpKey: 'export.formats.json',
  render: utf8Renderer(toJson),
};

/** The map and its full merged view, versioned so a later reader knows what it holds. */
export function toJson(map: JourneyMap, view: JourneyView): string {
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, map, view }, null, 2)}\n`;
}

/** Reads an export back; throws a ZodError (or a SyntaxError for text that is not JSON) when it is not one. */
export function parseJsonExport(text: string): { map: JourneyMap; view: JourneyView } {
  const { map, view } = jsonExportSchema.parse(JSON.parse(text));
  return { map, view };
}
