import { languageOfText } from '../i18n/detect.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import type { Department, JourneyMap, MergedItem, StageView } from '../journey/model.ts';
import { type ObstacleSetting, rememberedProblems } from './classify.ts';
import type { Family } from './families.ts';
import { byReach } from './rank.ts';

/**
 * One problem of a stage as the people who raised it see it, however many wordings and languages they used:
 * obstacles of the same family merge, an obstacle no family fits stays on its own.
 */
export interface ObstacleGroup {
  family: Family | null;
  /** The words of the most raised wording in the map's language (any, when none is): what the improvement names. */
  lead: string;
  contributorIds: Set<string>;
  departments: Set<Department>;
  /** ISO time of the latest contribution in the group. */
  lastAt: string;
}

function obstacleSetting(map: JourneyMap, stageView: StageView): ObstacleSetting {
  return {
    goal: map.goal,
    persona: `${map.persona.name} ${map.persona.description}`,
    stageName: stageView.stage.name,
    touchpoints: stageView.items.touchpoint.map((touchpoint) => touchpoint.text),
  };
}

function addTo(group: ObstacleGroup, obstacle: MergedItem): void {
  for (const id of obstacle.contributorIds) group.contributorIds.add(id);
  for (const department of obstacle.departments) group.departments.add(department);
  if (obstacle.lastAt > group.lastAt) group.lastAt = obstacle.lastAt;
}

/** Whether a wording is in the map's script: Greek for a Greek map, either Chinese script for a Chinese one. */
function inMapLanguage(text: string, language: Language): boolean {
  const written = languageOfText(text, language);
  if (language === 'en') return written === undefined;
  return language === 'el' ? written === 'el' : written !== undefined && written !== 'el';
}

/**
 * The stage's obstacles read into problems and merged by family, ranked by people, then departments, then the
 * latest word; equal groups keep the order the stage raised them in (never the alphabet).
 */
export function obstacleGroups(families: readonly Family[], map: JourneyMap, stageView: StageView): ObstacleGroup[] {
  const setting = obstacleSetting(map, stageView);
  const language = map.language ?? DEFAULT_LANGUAGE;
  const groups = new Map<string, ObstacleGroup>();
  for (const obstacle of byReach(stageView.items.obstacle)) {
    for (const problem of rememberedProblems(families, obstacle.text, setting)) {
      const key = problem.family ? `family:${problem.family.id}` : `text:${obstacle.key}`;
      const lead = problem.family ? problem.text : obstacle.text;
      let group = groups.get(key);
      if (!group) {
        group = { family: problem.family, lead, contributorIds: new Set(), departments: new Set(), lastAt: '' };
        groups.set(key, group);
      } else if (!inMapLanguage(group.lead, language) && inMapLanguage(lead, language)) {
        // A Greek team reads a Greek quote, even when more people said it in English.
        group.lead = lead;
      }
      addTo(group, obstacle);
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.contributorIds.size - a.contributorIds.size ||
      b.departments.size - a.departments.size ||
      (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0),
  );
}
