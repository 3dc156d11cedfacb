import { afterAll, beforeAll } from 'vitest';
import type { JourneyMap } from '../../src/journey/model.ts';
import { type Harness, startHarness } from '../support/app-harness.ts';
import { createMapThroughModal, type NewMapForm } from '../support/journey-steps.ts';
import { watchUnhandledRejections } from './invariants.ts';

/** What a fuzz file runs against. Its fields are there once the tests run, not before. */
export interface FuzzedApp {
  h: Harness;
  /** The map made through the modal before the tests. */
  map: JourneyMap;
  /** The unhandled rejections seen since just before the app started. */
  rejections: readonly unknown[];
}

/**
 * A fuzz file's app: unhandled rejections are watched from before it starts (so none slips by), one map is made
 * through the modal before the tests, and both the watch and the app are stopped after them.
 */
export function useFuzzedApp(form: NewMapForm): FuzzedApp {
  const app = {} as FuzzedApp;
  let watch: ReturnType<typeof watchUnhandledRejections>;
  beforeAll(async () => {
    watch = watchUnhandledRejections();
    app.rejections = watch.reasons;
    app.h = await startHarness();
    app.map = await createMapThroughModal(app.h, form);
  });
  afterAll(async () => {
    watch.stop();
    await app.h.stop();
  });
  return app;
}
