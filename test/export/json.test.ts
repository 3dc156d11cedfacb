import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { JSON_SCHEMA_VERSION, parseJsonExport, toJson } from '../../src/export/json.ts';
import { fold } from '../../src/journey/fold.ts';
import { sampleJourneys } from '../fixtures/journeys.ts';
import { exportJourney } from './fixtures.ts';

describe('toJson and parseJsonExport', () => {
  it.each(sampleJourneys.map((journey) => [journey.slug, journey] as const))(
    'round-trips the %s sample to a deep-equal map and view',
    (_slug, { map, contributions }) => {
      const view = fold(map, contributions);
      expect(parseJsonExport(toJson(map, view))).toEqual({ map, view });
    },
  );

  it('round-trips hostile texts and an empty stage', () => {
    const { map, view } = exportJourney();
    expect(parseJsonExport(toJson(map, view))).toEqual({ map, view });
  });

  it('carries the schema version next to the map and the view', () => {
    const { map, view } = exportJourney();
    const document = JSON.parse(toJson(map, view));
    expect(Object.keys(document)).toEqual(['schemaVersion', 'map', 'view']);
    expect(document.schemaVersion).toBe(JSON_SCHEMA_VERSION);
    expect(JSON_SCHEMA_VERSION).toBe(1);
  });

  /** The parts of an export document the breakages below reach into. */
  interface ExportDocument {
    schemaVersion: number;
    map: { stages: unknown[] };
    view: {
      departments: string[];
      stages: Array<{ feeling: { mean: number | null }; items: Record<string, Array<{ count: number }>> }>;
    };
  }
  const breakages: Array<[string, (document: ExportDocument) => void]> = [
    ['another schema version', (document) => (document.schemaVersion = 2)],
    ['a map without stages', (document) => (document.map.stages = [])],
    ['a feeling mean above 5', (document) => (document.view.stages[0]!.feeling.mean = 7)],
    ['an unknown department', (document) => (document.view.departments = ['legal'])],
    ['an item kind missing from a stage', (document) => delete document.view.stages[0]!.items.kpi],
    ['a merged item without contributions', (document) => (document.view.stages[0]!.items.touchpoint![0]!.count = 0)],
  ];

  it.each(breakages)('refuses %s', (_name, breakIt) => {
    const { map, view } = exportJourney();
    const document: ExportDocument = JSON.parse(toJson(map, view));
    breakIt(document);
    expect(() => parseJsonExport(JSON.stringify(document))).toThrow(ZodError);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseJsonExport('journey,csv')).toThrow(SyntaxError);
  });
});
