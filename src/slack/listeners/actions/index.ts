import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.ts';
import { ACTIONS, actionsStartingWith, THREAD_ACTIONS } from '../../ids.ts';
import { departmentChosen } from './department-chosen.ts';
import { interviewFinished } from './interview-finished.ts';
import { interviewPaused } from './interview-paused.ts';
import { interviewStarted } from './interview-started.ts';
import { newMapClicked } from './new-map-clicked.ts';
import { scoreChosen } from './score-chosen.ts';
import { showMapClicked } from './show-map-clicked.ts';
import { stageFormOpened } from './stage-form-opened.ts';
import { stageSkipped } from './stage-skipped.ts';
import { threadDepartmentChosen } from './thread-department-chosen.ts';
import { threadItemClarified } from './thread-item-clarified.ts';
import { threadItemMoved } from './thread-item-moved.ts';
import { threadUndoClicked } from './thread-undo-clicked.ts';

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
  app.action(ACTIONS.showMap, showMapClicked(deps));
  app.action(THREAD_ACTIONS.undo, threadUndoClicked(deps));
  app.action(THREAD_ACTIONS.move, threadItemMoved(deps));
  app.action(actionsStartingWith(THREAD_ACTIONS.pickKind), threadItemClarified(deps, 'kind'));
  app.action(actionsStartingWith(THREAD_ACTIONS.pickStage), threadItemClarified(deps, 'stage'));
  app.action(THREAD_ACTIONS.skip, threadItemClarified(deps, 'skip'));
  app.action(actionsStartingWith(THREAD_ACTIONS.department), threadDepartmentChosen(deps));
}
