import { describe, expect, it } from 'vitest';
import {
  answerStep,
  createSession,
  currentPrompt,
  finish,
  type InterviewSession,
  interviewSessionSchema,
  markNudged,
  type Prompt,
  pause,
  progress,
  type StageAnswers,
  setDepartment,
  skipStage,
  start,
  submitStage,
} from '../../src/interview/index.ts';
import { fold } from '../../src/journey/fold.ts';
import { InterviewHarness, MAP } from './fixtures.ts';

/** One stage's form answers per stage of the default map. */
const STAGE_ANSWERS: StageAnswers[] = [
  { goal: 'Solve stock chaos', action: 'Searches for tools', score: 3, touchpointIds: ['search', 'social_media'] },
  {
    action: 'Reads reviews\nCompares plans',
    score: 2,
    thought: 'Is it worth the price?',
    touchpointIds: ['reviews', 'website'],
    obstacles: 'No total price',
    ideas: 'Price calculator',
  },
  { action: 'Books a demo', score: 4, touchpointIds: ['demo', 'sales_call'], otherTouchpoints: 'pricing calculator' },
  { action: 'Uses the app daily', score: 4, obstacles: 'Sync errors' },
  { action: 'Tells other shop owners', score: 5, touchpointIds: ['reviews'], ideas: 'Referral bonus' },
];

/** Live items regardless of when they were given: kept answers keep their place in the log. */
function sorted<T>(items: T[]): T[] {
  return [...items].sort();
}

function askStep(prompt: Prompt) {
  const found = prompt.kind === 'stageDone' ? prompt.next : prompt;
  if (found.kind !== 'askStep') throw new Error(`expected a question, got ${JSON.stringify(prompt)}`);
  return { heading: found.heading, step: found.step.id, question: found.step.question };
}

describe('interview by stage forms', () => {
  it('runs five stages, one contribution per item, and thanks at the end', () => {
    const h = new InterviewHarness({ department: 'sales' });
    const started = h.run(start);
    expect(askStep(started.prompt)).toEqual({
      heading: 'Stage 1 of 5: Awareness',
      step: 'goal',
      question: 'In Awareness, what does the customer want to achieve or find out?',
    });
    expect(h.session).toMatchObject({ status: 'answering', department: 'sales' });

    STAGE_ANSWERS.forEach((answers, stageIndex) => {
      const result = h.run((s, ctx) => submitStage(s, stageIndex, answers, ctx));
      expect(result.append.length).toBeGreaterThan(0);
      expect(result.prompt).toMatchObject({ kind: 'stageDone', stageIndex, stageCount: 5, status: 'answered' });
      if (stageIndex < 4) {
        expect(askStep(result.prompt)).toMatchObject({
          heading: `Stage ${stageIndex + 2} of 5: ${MAP.stages[stageIndex + 1]!.name}`,
          step: 'goal',
        });
      } else {
        expect(result.prompt).toMatchObject({ next: { kind: 'review' } });
      }
    });
    expect(h.session.status).toBe('review');

    expect(h.liveAt('st2')).toEqual([
      ['action', 'Reads reviews'],
      ['action', 'Compares plans'],
      ['feeling', '', 2],
      ['thought', 'Is it worth the price?'],
      ['touchpoint', 'Reviews'],
      ['touchpoint', 'Website'],
      ['obstacle', 'No total price'],
      ['idea', 'Price calculator'],
    ]);
    expect(h.log).toHaveLength(25);
    for (const contribution of h.log) {
      expect(contribution).toMatchObject({ mapId: 'map1', authorId: 'U1', department: 'sales', source: 'interview' });
      expect(contribution.retracts).toBeUndefined();
    }

    const finished = h.run(finish);
    expect(finished.prompt).toEqual({
      kind: 'done',
      mapId: 'map1',
      answered: 5,
      skipped: 0,
      pending: 0,
      contributionCount: 25,
    });
    expect(h.session.finishedAt).toBeDefined();
  });

  it('refuses invalid answers without storing anything', () => {
    const h = new InterviewHarness({ department: 'sales' });
    h.run(start);
    const before = h.session;
    const result = h.run((s, ctx) => submitStage(s, 0, { goal: 'x'.repeat(2001), score: 9 }, ctx));
    expect(result.prompt).toMatchObject({
      kind: 'invalid',
      fieldErrors: { goal: expect.stringMatching(/limit/), action: expect.any(String), score: expect.any(String) },
    });
    expect(result.append).toEqual([]);
    expect(h.session).toEqual(before);
  });

  it('refuses a stage the map does not have', () => {
    const h = new InterviewHarness({ department: 'sales' });
    h.run(start);
    expect(h.run((s, ctx) => submitStage(s, 5, STAGE_ANSWERS[0]!, ctx)).prompt).toMatchObject({ kind: 'invalid' });
    expect(h.log).toEqual([]);
  });
});

describe('interview by chat replies', () => {
  const REPLIES: string[][] = [
    ['Solve stock chaos', 'Searches for tools', '3', 'google, LinkedIn', 'skip', '-'],
    [
      'Find the price',
      'Reads reviews\nCompares plans',
      '2 is it worth the price?',
      'reviews, web site',
      'No total price',
      'Price calculator',
    ],
    ['skip', 'Books a demo', '🙂', 'demo and sales call, pricing calculator', '-', 'skip'],
    ['-', 'Uses the app daily', 'good', 'app', 'Sync errors', 'n/a'],
    ['skip', 'Tells other shop owners', ':heart_eyes: proud of it', 'reviews', 'skip', 'Referral bonus'],
  ];

  it('asks first for the department, then each question in turn, storing each answer at once', () => {
    const h = new InterviewHarness();
    expect(h.run(start).prompt).toEqual({ kind: 'askDepartment' });
    expect(h.run((s, ctx) => answerStep(s, 'legal', ctx)).prompt).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('Marketing, Sales, Support'),
    });
    const afterDepartment = h.run((s, ctx) => answerStep(s, 'Customer Service', ctx));
    expect(h.session.department).toBe('support');
    expect(askStep(afterDepartment.prompt)).toMatchObject({ heading: 'Stage 1 of 5: Awareness', step: 'goal' });

    const asked: string[] = [];
    REPLIES.forEach((replies, stageIndex) => {
      replies.forEach((reply, stepIndex) => {
        const result = h.run((s, ctx) => answerStep(s, reply, ctx));
        const skipped = ['skip', '-', 'n/a'].includes(reply);
        expect(result.append.length > 0, reply).toBe(!skipped);
        const isLastStep = stepIndex === replies.length - 1;
        expect(result.prompt.kind).toBe(isLastStep ? 'stageDone' : 'askStep');
        if (!isLastStep || stageIndex < 4) {
          const next = askStep(result.prompt);
          asked.push(`${next.heading} ${next.step}`);
        }
      });
    });
    expect(asked.slice(0, 7)).toEqual([
      'Stage 1 of 5: Awareness action',
      'Stage 1 of 5: Awareness feeling',
      'Stage 1 of 5: Awareness touchpoint',
      'Stage 1 of 5: Awareness obstacle',
      'Stage 1 of 5: Awareness idea',
      'Stage 2 of 5: Consideration goal',
      'Stage 2 of 5: Consideration action',
    ]);
    expect(h.session.status).toBe('review');
    expect(progress(h.session, MAP)).toMatchObject({ answered: 5, skipped: 0, pending: 0 });
    expect(h.liveAt('st2')).toEqual([
      ['goal', 'Find the price'],
      ['action', 'Reads reviews'],
      ['action', 'Compares plans'],
      ['feeling', '', 2],
      ['thought', 'is it worth the price?'],
      ['touchpoint', 'Reviews'],
      ['touchpoint', 'Website'],
      ['obstacle', 'No total price'],
      ['idea', 'Price calculator'],
    ]);
    expect(h.liveAt('st3')).toEqual([
      ['action', 'Books a demo'],
      ['feeling', '', 4],
      ['touchpoint', 'Demo'],
      ['touchpoint', 'Sales call'],
      ['touchpoint', 'pricing calculator'],
    ]);
    expect(h.live().every((c) => c.department === 'support')).toBe(true);

    const unrelated = h.run((s, ctx) => answerStep(s, 'what now?', ctx));
    expect([unrelated.prompt.kind, h.session.status]).toEqual(['review', 'review']);
    const finished = h.run((s, ctx) => answerStep(s, 'Done!', ctx));
    expect([finished.prompt.kind, h.session.status, finished.append]).toEqual(['done', 'done', []]);
  });

  it('asks again, storing nothing, when a reply does not answer the question', () => {
    const h = new InterviewHarness({ department: 'product' });
    h.run(start);
    h.run((s, ctx) => answerStep(s, 'skip', ctx));
    expect(h.run((s, ctx) => answerStep(s, 'skip', ctx)).prompt).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('Skip stage'),
    });
    h.run((s, ctx) => answerStep(s, 'Searches', ctx));
    const before = h.session;
    expect(h.run((s, ctx) => answerStep(s, 'they are confused', ctx)).prompt).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('number from 1'),
    });
    expect(h.session).toEqual(before);
    expect(askStep(currentPrompt(h.session, MAP))).toMatchObject({
      heading: 'Stage 1 of 5: Awareness',
      step: 'feeling',
    });
    expect(h.log.map((c) => c.kind)).toEqual(['action']);
  });

  it('takes a reply before Start as Start', () => {
    const h = new InterviewHarness({ department: 'product' });
    const result = h.run((s, ctx) => answerStep(s, 'hello?', ctx));
    expect(askStep(result.prompt)).toMatchObject({ heading: 'Stage 1 of 5: Awareness', step: 'goal' });
    expect(h.log).toEqual([]);
  });
});

describe('skipping a stage', () => {
  it('marks it skipped and moves on; an old skip button changes nothing', () => {
    const h = new InterviewHarness({ department: 'marketing' });
    h.run(start);
    h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    const skipped = h.run((s, ctx) => skipStage(s, 1, ctx));
    expect(skipped.prompt).toMatchObject({
      kind: 'stageDone',
      stageIndex: 1,
      stageName: 'Consideration',
      status: 'skipped',
    });
    expect(askStep(skipped.prompt)).toMatchObject({ heading: 'Stage 3 of 5: Decision', step: 'goal' });
    expect(skipped.append).toEqual([]);

    const before = h.session;
    const stale = h.run((s, ctx) => skipStage(s, 1, ctx));
    expect(h.session).toEqual(before);
    expect(askStep(stale.prompt)).toMatchObject({ heading: 'Stage 3 of 5: Decision' });
    expect(progress(h.session, MAP).stages.map((stage) => stage.status)).toEqual([
      'answered',
      'skipped',
      'pending',
      'pending',
      'pending',
    ]);
  });

  it('keeps answers already given by chat and counts the stage as answered', () => {
    const h = new InterviewHarness({ department: 'marketing' });
    h.run(start);
    h.run((s, ctx) => answerStep(s, 'Solve stock chaos', ctx));
    const skipped = h.run((s, ctx) => skipStage(s, 0, ctx));
    expect(skipped.prompt).toMatchObject({ kind: 'stageDone', status: 'answered' });
    expect(h.liveAt('st1')).toEqual([['goal', 'Solve stock chaos']]);
  });

  it('goes back to a stage left open, then to the review', () => {
    const h = new InterviewHarness({ department: 'marketing' });
    h.run(start);
    // The form of stage 2 arrives before stage 1 is done: stage 1 is still asked.
    const early = h.run((s, ctx) => submitStage(s, 1, STAGE_ANSWERS[1]!, ctx));
    expect(askStep(early.prompt)).toMatchObject({ heading: 'Stage 1 of 5: Awareness' });
    for (const index of [0, 2, 3]) h.run((s, ctx) => skipStage(s, index, ctx));
    expect(h.run((s, ctx) => skipStage(s, 4, ctx)).prompt).toMatchObject({
      kind: 'stageDone',
      next: { kind: 'review' },
    });
    expect(progress(h.session, MAP)).toMatchObject({ answered: 1, skipped: 4, pending: 0 });
  });
});

describe('pause and resume', () => {
  it('pauses mid-stage, ignores replies while paused, and resumes at the same question', () => {
    const h = new InterviewHarness({ department: 'support' });
    h.run(start);
    h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    for (const reply of ['Find the price', 'Reads reviews', '2']) h.run((s, ctx) => answerStep(s, reply, ctx));
    h.session = markNudged(h.session, '2026-11-24T11:00:00.000Z');

    const paused = h.run(pause);
    expect(paused.prompt).toEqual({ kind: 'paused', stageIndex: 1, stageCount: 5, stageName: 'Consideration' });
    expect(h.session).toMatchObject({ status: 'paused', nudgeCount: 0 });
    expect(h.session.pausedAt).toBeDefined();
    const pausedSession = h.session;
    expect(h.run(pause).session).toEqual(pausedSession);

    const reply = h.run((s, ctx) => answerStep(s, 'website', ctx));
    expect(reply.prompt.kind).toBe('paused');
    expect(reply.append).toEqual([]);
    expect(h.session).toEqual(pausedSession);

    const resumed = h.run(start);
    expect(askStep(resumed.prompt)).toMatchObject({ heading: 'Stage 2 of 5: Consideration', step: 'touchpoint' });
    expect(h.session.status).toBe('answering');
    expect(h.session.pausedAt).toBeUndefined();
    expect(h.liveAt('st2')).toEqual([
      ['goal', 'Find the price'],
      ['action', 'Reads reviews'],
      ['feeling', '', 2],
    ]);
  });

  it('resumes from a stage form sent while paused', () => {
    const h = new InterviewHarness({ department: 'support' });
    h.run(start);
    h.run(pause);
    const result = h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    expect(askStep(result.prompt)).toMatchObject({ heading: 'Stage 2 of 5: Consideration' });
    expect(h.session.status).toBe('answering');
  });

  it('answers a finished interview with its summary', () => {
    const h = new InterviewHarness({ department: 'support' });
    h.run(start);
    h.run(finish);
    for (const transition of [
      start,
      pause,
      finish,
      (s: InterviewSession, ctx: Parameters<typeof start>[1]) => answerStep(s, '3', ctx),
    ]) {
      const result = h.run(transition);
      expect(result.prompt).toMatchObject({ kind: 'done', pending: 5 });
      expect(result.append).toEqual([]);
    }
    expect(h.session.status).toBe('done');
  });
});

describe('changing a stage', () => {
  function finishedInterview(): InterviewHarness {
    const h = new InterviewHarness({ department: 'finance' });
    h.run(start);
    STAGE_ANSWERS.forEach((answers, index) => {
      h.run((s, ctx) => submitStage(s, index, answers, ctx));
    });
    return h;
  }

  it('retracts the old contributions and adds the new ones', () => {
    const h = finishedInterview();
    const old = h.live().filter((c) => c.stageId === 'st2');
    const changed = h.run((s, ctx) =>
      submitStage(s, 1, { action: 'Reads reviews', score: 1, obstacles: 'No total price\nHidden fees' }, ctx),
    );
    const retractions = changed.append.filter((c) => c.retracts);
    const keptTexts = ['Reads reviews', 'No total price'];
    expect(retractions.map((c) => [c.retracts, c.stageId, c.kind, c.text])).toEqual(
      old.filter((c) => !keptTexts.includes(c.text)).map((c) => [c.id, 'st2', c.kind, c.text]),
    );
    expect(changed.append.filter((c) => !c.retracts).map((c) => [c.kind, c.text, c.score])).toEqual([
      ['feeling', '', 1],
      ['obstacle', 'Hidden fees', undefined],
    ]);
    expect(retractions.every((c) => c.department === 'finance' && c.source === 'interview')).toBe(true);
    expect(sorted(h.liveAt('st2'))).toEqual(
      sorted([
        ['action', 'Reads reviews'],
        ['feeling', '', 1],
        ['obstacle', 'No total price'],
        ['obstacle', 'Hidden fees'],
      ]),
    );
    expect(h.session.status).toBe('review');
    expect(changed.prompt).toMatchObject({
      kind: 'review',
      stages: expect.arrayContaining([
        expect.objectContaining({
          stageIndex: 1,
          status: 'answered',
          answers: expect.objectContaining({
            action: 'Reads reviews',
            score: 1,
            obstacles: 'No total price\nHidden fees',
          }),
        }),
      ]),
    });
    // The other stages are untouched.
    expect(h.liveAt('st1')).toHaveLength(5);
  });

  it('changes a stage after the interview is finished and stays finished', () => {
    const h = finishedInterview();
    h.run(finish);
    const changed = h.run((s, ctx) => submitStage(s, 4, { action: 'Posts a review', score: 5 }, ctx));
    expect(changed.prompt.kind).toBe('review');
    expect(h.session.status).toBe('done');
    expect(sorted(h.liveAt('st5'))).toEqual(
      sorted([
        ['action', 'Posts a review'],
        ['feeling', '', 5],
      ]),
    );
  });

  it('offers each stage for review with answers that prefill the form', () => {
    const h = finishedInterview();
    const review = h.run(start).prompt;
    if (review.kind !== 'review') throw new Error(review.kind);
    expect(review.stages.map((stage) => stage.answers)).toEqual(
      STAGE_ANSWERS.map((answers) => ({ touchpointIds: [], ...answers })),
    );
  });
});

describe('duplicate submissions', () => {
  it('a second identical form changes nothing; the map counts the stage once', () => {
    const h = new InterviewHarness({ department: 'sales' });
    h.run(start);
    const first = h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    const second = h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    expect(second.append).toEqual([]);
    expect(h.session.stages[0]!.answers).toEqual(first.session.stages[0]!.answers);
    expect(askStep(second.prompt)).toMatchObject({ heading: 'Stage 2 of 5: Consideration' });
    const view = fold(MAP, h.log);
    expect(view.stages[0]!.feeling.count).toBe(1);
    expect(view.stages[0]!.items.touchpoint.map((item) => item.count)).toEqual([1, 1]);
  });

  it('an old form with other answers replaces the stage and keeps the current question', () => {
    const h = new InterviewHarness({ department: 'sales' });
    h.run(start);
    h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    h.run((s, ctx) => answerStep(s, 'Find the price', ctx));
    const late = h.run((s, ctx) => submitStage(s, 0, { action: 'Asks a friend', score: 3 }, ctx));
    expect(late.prompt).toMatchObject({ kind: 'stageDone', stageIndex: 0 });
    expect(askStep(late.prompt)).toMatchObject({ heading: 'Stage 2 of 5: Consideration', step: 'action' });
    const view = fold(MAP, h.log);
    expect(view.stages[0]!.feeling).toMatchObject({ count: 1, mean: 3 });
    expect(sorted(h.liveAt('st1'))).toEqual(
      sorted([
        ['action', 'Asks a friend'],
        ['feeling', '', 3],
      ]),
    );
  });

  it('a form for the stage being answered by chat replaces the partial answers', () => {
    const h = new InterviewHarness({ department: 'sales' });
    h.run(start);
    h.run((s, ctx) => answerStep(s, 'Solve stock chaos', ctx));
    h.run((s, ctx) => answerStep(s, 'Searches for tools', ctx));
    const result = h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    // The two answers given by chat are unchanged, so only what is new is added.
    expect(result.append.map((c) => [c.kind, c.text, c.retracts])).toEqual([
      ['feeling', '', undefined],
      ['touchpoint', 'Search', undefined],
      ['touchpoint', 'Social media', undefined],
    ]);
    expect(askStep(result.prompt)).toMatchObject({ heading: 'Stage 2 of 5: Consideration', step: 'goal' });
    expect(h.liveAt('st1')).toEqual([
      ['goal', 'Solve stock chaos'],
      ['action', 'Searches for tools'],
      ['feeling', '', 3],
      ['touchpoint', 'Search'],
      ['touchpoint', 'Social media'],
    ]);
  });
});

describe('department', () => {
  it('is asked once and can be given by button', () => {
    const h = new InterviewHarness();
    expect(h.run(start).prompt).toEqual({ kind: 'askDepartment' });
    expect(h.run(start).prompt).toEqual({ kind: 'askDepartment' });
    const chosen = h.run((s, ctx) => setDepartment(s, 'hr', ctx));
    expect(askStep(chosen.prompt)).toMatchObject({ heading: 'Stage 1 of 5: Awareness' });
    h.run((s, ctx) => submitStage(s, 0, STAGE_ANSWERS[0]!, ctx));
    expect(h.live().every((c) => c.department === 'hr')).toBe(true);
  });
});

describe('stored session', () => {
  it('rejects a stage index past the last stage', () => {
    const session = { ...createSession(MAP, 'U1', '2026-11-24T10:00:00.000Z'), stageIndex: 5 };
    expect(interviewSessionSchema.safeParse(session).success).toBe(false);
  });

  it('starts invited, with every stage open', () => {
    expect(createSession(MAP, 'U7', '2026-11-24T10:00:00.000Z')).toMatchObject({
      mapId: 'map1',
      teamId: 'T1',
      userId: 'U7',
      status: 'invited',
      stageIndex: 0,
      step: 'goal',
      stages: MAP.stages.map((stage) => ({ stageId: stage.id, status: 'pending', answers: [] })),
    });
  });
});
