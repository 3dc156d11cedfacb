import { mapTranslator } from '../i18n/index.ts';
import type { JourneyMap } from '../journey/model.ts';
import { answersFromItems, type FieldErrors } from './answers.ts';
import type { Answers } from './readers.ts';
import { type AskedStep, askedStep, stageHeading } from './script.ts';
import { type InterviewSession, type StageStatus, settle, stageName } from './session.ts';

/** What to show the person next: plain data, rendered as Block Kit by the Slack views. */
export type Prompt =
  | { kind: 'askDepartment' }
  | AskStepPrompt
  | {
      kind: 'stageDone';
      stageIndex: number;
      stageCount: number;
      stageName: string;
      status: Exclude<StageStatus, 'pending'>;
      next: Prompt;
    }
  | { kind: 'paused'; stageIndex: number; stageCount: number; stageName: string }
  | { kind: 'review'; stages: ReviewStage[] }
  | { kind: 'done'; mapId: string; answered: number; skipped: number; pending: number; contributionCount: number }
  /**
   * Nothing was stored; `reason` is friendly text in the map's language, `fieldErrors` go next to the fields of
   * the stage form.
   */
  | { kind: 'invalid'; reason: string; fieldErrors?: FieldErrors };

export interface AskStepPrompt {
  kind: 'askStep';
  stageIndex: number;
  stageCount: number;
  stageName: string;
  /** "Stage 2 of 5: Consideration", in the map's language. */
  heading: string;
  step: AskedStep;
}

export interface StageProgress {
  stageIndex: number;
  stageId: string;
  stageName: string;
  status: StageStatus;
  /** Live contributions this person made for the stage. */
  answerCount: number;
}

export interface Progress {
  stages: StageProgress[];
  answered: number;
  skipped: number;
  pending: number;
}

export interface ReviewStage extends StageProgress {
  /** The stage's answers as the stage form takes them, to show and to prefill a change. */
  answers: Answers;
}

export function progress(session: InterviewSession, map: JourneyMap): Progress {
  const stages = session.stages.map((record, stageIndex) => ({
    stageIndex,
    stageId: record.stageId,
    stageName: stageName(map, record.stageId),
    status: record.status,
    answerCount: record.answers.length,
  }));
  const count = (status: StageStatus) => stages.filter((stage) => stage.status === status).length;
  return { stages, answered: count('answered'), skipped: count('skipped'), pending: count('pending') };
}

/** The prompt for where the session stands, e.g. to ask again after a restart or an invalid reply. */
export function currentPrompt(session: InterviewSession, map: JourneyMap): Prompt {
  switch (session.status) {
    case 'invited':
      return currentPrompt(settle(session), map);
    case 'department':
      return { kind: 'askDepartment' };
    case 'answering':
      return askStepPrompt(session, map);
    case 'paused':
      return { kind: 'paused', ...stagePosition(session, session.stageIndex, map) };
    case 'review':
      return reviewPrompt(session, map);
    case 'done': {
      const { answered, skipped, pending } = progress(session, map);
      const contributionCount = session.stages.reduce((sum, record) => sum + record.answers.length, 0);
      return { kind: 'done', mapId: session.mapId, answered, skipped, pending, contributionCount };
    }
  }
}

export function reviewPrompt(session: InterviewSession, map: JourneyMap): Prompt {
  const { stages } = progress(session, map);
  return {
    kind: 'review',
    stages: stages.map((stage) => ({ ...stage, answers: answersFromItems(session.stages[stage.stageIndex]!.answers) })),
  };
}

export function stagePosition(
  session: InterviewSession,
  stageIndex: number,
  map: JourneyMap,
): { stageIndex: number; stageCount: number; stageName: string } {
  return {
    stageIndex,
    stageCount: session.stages.length,
    stageName: stageName(map, session.stages[stageIndex]!.stageId),
  };
}

function askStepPrompt(session: InterviewSession, map: JourneyMap): AskStepPrompt {
  const position = stagePosition(session, session.stageIndex, map);
  const isLastStage = session.stageIndex === session.stages.length - 1;
  const t = mapTranslator(map);
  return {
    kind: 'askStep',
    ...position,
    heading: stageHeading(position.stageIndex, position.stageCount, position.stageName, t),
    step: askedStep(session.step, position.stageName, isLastStage, t),
  };
}
