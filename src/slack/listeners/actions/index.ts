import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.ts';
import { ACTIONS, actionsStartingWith } from '../../ids.ts';
import { departmentChosen } from './department-chosen.ts';
import { interviewFinished } from './interview-finished.ts';
import { interviewPaused } from './interview-paused.ts';
import { interviewStarted } from './interview-started.ts';
import { newMapClicked } from './new-map-clicked.ts';
import { scoreChosen } from './score-chosen.ts';
import { stageFormOpened } from './stage-form-opened.ts';
import { stageSkipped } from './stage-skipped.ts';

export function register(app: App, deps: Deps): void {
  const start = interviewStarted(deps);
  app.action(ACTIONS.startInterview, start);
  app.action(ACTIONS.resumeInterview, start);
  app.action(ACTIONS.answerForTeam, start);
  app.action(actionsStartingWith(ACTIONS.chooseDepartment), departmentChosen(deps));
  app.action(actionsStartingWith(ACTIONS.chooseScore), scoreChosen(deps));
  app.action(ACTIONS.skipStage, stageSkipped(deps));
  app.action(ACTIONS.pauseInterview, interviewPaused(deps));
  app.action(ACTIONS.finishInterview, interviewFinished(deps));
  const openForm = stageFormOpened(deps);
  app.action(ACTIONS.openStage, openForm);
  app.action(ACTIONS.editStage, openForm);
  app.action(ACTIONS.newMap, newMapClicked(deps));
}
