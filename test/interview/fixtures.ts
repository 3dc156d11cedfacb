import { expect, it } from 'vitest';
import {
  createSession,
  type InterviewContext,
  type InterviewSession,
  interviewSessionSchema,
  parseFeeling,
  type Transition,
} from '../../src/interview/index.ts';
import {
  type Contribution,
  contributionSchema,
  DEFAULT_STAGE_NAMES,
  type Department,
  type JourneyMap,
  journeyMapSchema,
} from '../../src/journey/model.ts';
import { makeMap } from '../support/factories.ts';

export const MAP: JourneyMap = journeyMapSchema.parse(
  makeMap({
    id: 'map1',
    stages: DEFAULT_STAGE_NAMES.map((name, index) => ({ id: `st${index + 1}`, name })),
  }),
);

/** Stores what a real deployment would: the session as JSON, every appended contribution. */
export class InterviewHarness {
  session: InterviewSession;
  readonly log: Contribution[] = [];
  readonly department: Department | undefined;
  private clock = Date.parse('2026-11-24T10:00:00.000Z');
  private nextId = 0;

  constructor(options: { userId?: string; department?: Department } = {}) {
    this.department = options.department;
    this.session = restart(createSession(MAP, options.userId ?? 'U1', this.tick()));
  }

  ctx(): InterviewContext {
    return {
      now: this.tick(),
      newId: () => this.newId(),
      map: MAP,
      ...(this.department ? { department: this.department } : {}),
    };
  }

  /** Applies a transition as the app would: append, store the session, reload it after a "restart". */
  run(transition: (session: InterviewSession, ctx: InterviewContext) => Transition): Transition {
    const result = transition(this.session, this.ctx());
    for (const contribution of result.append) expect(contributionSchema.parse(contribution)).toEqual(contribution);
    expect(JSON.parse(JSON.stringify(result.prompt))).toEqual(result.prompt);
    this.log.push(...result.append);
    this.session = restart(result.session);
    return result;
  }

  /** Live contributions: neither a retraction nor retracted. */
  live(): Contribution[] {
    const retracted = new Set(this.log.flatMap((c) => (c.retracts ? [c.retracts] : [])));
    return this.log.filter((c) => !c.retracts && !retracted.has(c.id));
  }

  liveAt(stageId: string): Array<[string, string, number?]> {
    return this.live()
      .filter((c) => c.stageId === stageId)
      .map((c) => (c.score === undefined ? [c.kind, c.text] : [c.kind, c.text, c.score]));
  }

  private newId(): string {
    this.nextId += 1;
    return `c${String(this.nextId).padStart(4, '0')}`;
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
}

/** The session survives a restart: what comes back from storage equals what went in. */
export function restart(session: InterviewSession): InterviewSession {
  const reloaded = interviewSessionSchema.parse(JSON.parse(JSON.stringify(session)));
  expect(reloaded).toEqual(session);
  return reloaded;
}

/** One test per `[text, score, thought]` row: `parseFeeling` reads the text as that score and thought. */
export function itReadsFeelings(title: string, rows: [string, number, string][]) {
  it.each(rows)(title, (text, score, thought) => {
    expect(parseFeeling(text)).toEqual({ score, thought });
  });
}

/** One test per text: `parseFeeling` finds no feeling in it. */
export function itReadsNoFeeling(texts: string[]) {
  it.each(texts)('%j is not a feeling', (text) => {
    expect(parseFeeling(text)).toBeUndefined();
  });
}
