import type { EvalSet, Journey, Obstacle, Stage } from './schema.ts';

/** What the engine is told about where an answer was given: the map and the stage, as a map has them. */
export interface AnswerContext {
  language: Journey['language'];
  goal: string;
  persona: string;
  stageName: string;
  touchpoints: readonly string[];
}

/** The families an engine finds in one answer, one per problem it reads there; null for "no specific family". */
export type Classifier = (answer: string, context: AnswerContext) => ReadonlyArray<string | null>;

export type Verdict = 'fitting' | 'wrong' | 'generic' | 'other';

export interface Judged {
  journey: string;
  language: Journey['language'];
  obstacle: Obstacle;
  answers: string[];
  found: string[];
  verdict: Verdict;
}

/**
 * One obstacle against the families found in the answers that mention it: fitting when its family is among them
 * (or, for an obstacle with no family, when none was claimed); wrong when a family it must not get is claimed and
 * no other obstacle of those answers explains it; generic when nothing specific was found; other otherwise.
 */
function judge(obstacle: Obstacle, found: ReadonlySet<string>, explained: ReadonlySet<string>): Verdict {
  const wrong = obstacle.wrong.some((family) => found.has(family) && !explained.has(family));
  if (obstacle.family !== null && found.has(obstacle.family)) return wrong ? 'wrong' : 'fitting';
  if (wrong) return 'wrong';
  if (found.size === 0) return obstacle.family === null ? 'fitting' : 'generic';
  return 'other';
}

function judgeStage(journey: Journey, stage: Stage, classify: Classifier): Judged[] {
  const context: AnswerContext = {
    language: journey.language,
    goal: journey.goal,
    persona: journey.persona,
    stageName: stage.name,
    touchpoints: stage.touchpoints,
  };
  const foundByAnswer = stage.answers.map((answer) => classify(answer.text, context));
  return stage.obstacles.map((obstacle) => {
    const found = new Set(
      obstacle.answers.flatMap((index) => foundByAnswer[index]!.filter((family) => family !== null)),
    );
    const explained = new Set(
      stage.obstacles
        .filter((other) => other !== obstacle && other.answers.some((index) => obstacle.answers.includes(index)))
        .flatMap((other) => (other.family === null ? [] : [other.family])),
    );
    return {
      journey: journey.id,
      language: journey.language,
      obstacle,
      answers: obstacle.answers.map((index) => stage.answers[index]!.text),
      found: [...found],
      verdict: judge(obstacle, found, explained),
    };
  });
}

export function judgeAll(set: EvalSet, classify: Classifier): Judged[] {
  return set.journeys.flatMap((journey) => journey.stages.flatMap((stage) => judgeStage(journey, stage, classify)));
}

export interface Rates {
  total: number;
  fitting: number;
  wrong: number;
  generic: number;
  other: number;
}

export function rates(judged: readonly Judged[]): Rates {
  const count = (verdict: Verdict) => judged.filter((one) => one.verdict === verdict).length;
  const total = judged.length;
  const share = (verdict: Verdict) => (total === 0 ? 0 : count(verdict) / total);
  return { total, fitting: share('fitting'), wrong: share('wrong'), generic: share('generic'), other: share('other') };
}
