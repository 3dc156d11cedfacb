/** Every action_id, block_id and callback_id, once: listeners and view builders both import these. */
export const COMMAND = '/journey';

export const ACTIONS = {
  newMap: 'map_new_open',
  answerForTeam: 'map_answer',
  showMap: 'map_show',
  startInterview: 'interview_start',
  resumeInterview: 'interview_resume',
  openStage: 'interview_open_stage',
  skipStage: 'interview_skip_stage',
  pauseInterview: 'interview_pause',
  editStage: 'interview_edit_stage',
  finishInterview: 'interview_finish',
  chooseDepartment: 'interview_department',
  chooseScore: 'interview_score',
} as const;

/**
 * Buttons that repeat inside one actions block need distinct action_ids (Slack requires it), so these carry
 * a suffix ("interview_department:sales") and are matched by prefix.
 */
export function suffixedAction(action: string, suffix: string | number): string {
  return `${action}:${suffix}`;
}

export function actionsStartingWith(action: string): RegExp {
  return new RegExp(`^${action}(?::|$)`);
}

export const VIEWS = {
  newMap: 'map_new',
  stageAnswers: 'interview_stage',
} as const;

/** Input block ids of the new-map modal; they double as the field names in validation errors. */
export const NEW_MAP_FIELDS = {
  name: 'name',
  goal: 'goal',
  personaName: 'persona_name',
  personaDescription: 'persona_description',
  stages: 'stages',
  type: 'type',
  language: 'language',
  stakeholders: 'stakeholders',
  channel: 'channel',
  /** Shown only when the chosen channel already has a live map: archive it to make room. */
  takeover: 'channel_takeover',
  weekday: 'digest_weekday',
  hour: 'digest_hour',
} as const;

/** Controls on the bot's replies in a map card's thread; repeated buttons use `suffixedAction`. */
export const THREAD_ACTIONS = {
  undo: 'thread_undo',
  move: 'thread_move',
  pickKind: 'thread_pick_kind',
  pickStage: 'thread_pick_stage',
  skip: 'thread_skip',
  department: 'thread_department',
} as const;
