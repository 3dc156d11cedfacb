export {
  type AnswerField,
  type AnswerItem,
  answersFromItems,
  type FieldErrors,
  isSkipReply,
  parseDepartment,
  parseFeeling,
  type StageAnswers,
  touchpointTexts,
} from './answers.ts';
export { isNudgeDue, markNudged, NUDGE_POLICY, type NudgePolicy } from './nudge.ts';
export {
  type AskStepPrompt,
  currentPrompt,
  type Progress,
  type Prompt,
  progress,
  type ReviewStage,
  reviewPrompt,
  type StageProgress,
} from './prompt.ts';
export {
  type AskedStep,
  DEPARTMENT_QUESTION,
  FEELING_SCALE,
  STEP_IDS,
  type StepId,
  stageHeading,
  stageQuestions,
  THOUGHT_QUESTION,
  TOUCHPOINTS,
  type Touchpoint,
} from './script.ts';
export {
  createSession,
  type InterviewSession,
  interviewSessionSchema,
  isUnfinished,
  SESSION_STATUSES,
  type SessionStatus,
  STAGE_STATUSES,
  type StageStatus,
} from './session.ts';
export {
  answerStep,
  finish,
  type InterviewContext,
  pause,
  setDepartment,
  skipStage,
  start,
  submitStage,
  type Transition,
} from './transitions.ts';
