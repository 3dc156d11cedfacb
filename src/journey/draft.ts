import type { Phrase } from '../i18n/index.ts';
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
export function validateDraft(draft: MapDraft): Partial<Record<DraftField, Phrase>> {
  const errors: Partial<Record<DraftField, Phrase>> = {};
  const name = draft.name.trim();
  const personaName = draft.personaName.trim();
  const tooLong = (key: Phrase['key'], max: number): Phrase => ({ key, values: { max } });
  if (!name) errors.name = { key: 'newMap.errors.nameMissing' };
  else if (name.length > MAX_NAME_LENGTH) errors.name = tooLong('newMap.errors.nameTooLong', MAX_NAME_LENGTH);
  if (!draft.goal.trim()) errors.goal = { key: 'newMap.errors.goalMissing' };
  else if (draft.goal.length > MAX_TEXT_LENGTH) errors.goal = tooLong('newMap.errors.goalTooLong', MAX_TEXT_LENGTH);
  if (!personaName) errors.personaName = { key: 'newMap.errors.personaMissing' };
  else if (personaName.length > MAX_NAME_LENGTH)
    errors.personaName = tooLong('newMap.errors.personaTooLong', MAX_NAME_LENGTH);
  if (draft.personaDescription.length > MAX_TEXT_LENGTH)
    errors.personaDescription = tooLong('newMap.errors.descriptionTooLong', MAX_TEXT_LENGTH);
  const stageError = validateStageNames(parseStageList(draft.stagesText));
  if (stageError) errors.stages = stageError;
  return errors;
}
