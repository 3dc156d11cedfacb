import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.ts';
import { VIEWS } from '../../ids.ts';
import { newMapSubmitted } from './new-map-submitted.ts';
import { stageSubmitted } from './stage-submitted.ts';

export function register(app: App, deps: Deps): void {
  app.view(VIEWS.newMap, newMapSubmitted(deps));
  app.view(VIEWS.stageAnswers, stageSubmitted(deps));
}
