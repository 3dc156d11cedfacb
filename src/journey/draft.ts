import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type MapType } from './model.ts';
import { parseStageList, validateStageNames } from './stages.ts';

/** What a person typed in the new-map form, before it becomes a map. */
export interface MapDraft {
  name: string;
  goal: string;
  personaName: string;
  personaDescription: string;
  stagesText: string;
  type: MapType;
}

export type DraftField = 'name' | 'goal' | 'personaName' | 'personaDescription' | 'stages';

/** Friendly messages per field, empty when the draft is fine; shown inline on the form. */
export function validateDraft(draft: MapDraft): Partial<Record<DraftField, string>> {
  const errors: Partial<Record<DraftField, string>> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the map a name, e.g. "First-time online buyers".';
  else if (name.length > MAX_NAME_LENGTH) errors.name = `Keep the name under ${MAX_NAME_LENGTH} characters.`;
  if (!draft.goal.trim()) errors.goal = 'Say in a sentence what this map should tell us.';
  else if (draft.goal.length > MAX_TEXT_LENGTH) errors.goal = `Keep the goal under ${MAX_TEXT_LENGTH} characters.`;
  if (!draft.personaName.trim()) errors.personaName = 'Name the customer this map follows, e.g. "Maya, busy parent".';
  else if (draft.personaName.trim().length > MAX_NAME_LENGTH)
    errors.personaName = `Keep the persona name under ${MAX_NAME_LENGTH} characters.`;
  if (draft.personaDescription.length > MAX_TEXT_LENGTH)
    errors.personaDescription = `Keep the description under ${MAX_TEXT_LENGTH} characters.`;
  const stageError = validateStageNames(parseStageList(draft.stagesText));
  if (stageError) errors.stages = stageError;
  return errors;
}
