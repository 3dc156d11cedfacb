import { describe, expect, it } from 'vitest';
import { bestPattern } from '../../src/insights/match.ts';
import { loadPlaybook } from '../../src/insights/playbook-file.ts';
import { summariseStage } from '../../src/insights/summary.ts';
import { MAX_IMPROVEMENTS, MIN_IMPROVEMENTS, type StageSummary } from '../../src/insights/types.ts';
import { fold } from '../../src/journey/fold.ts';
import type { MergedItem } from '../../src/journey/model.ts';
import { sampleJourney, sampleJourneys } from '../fixtures/journeys.ts';

/**
 * The bar from the issue, checked on realistic journeys: every problem several people raised gets
 * an answer, and no answer is generic when the playbook knows the problem.
 */
const playbook = loadPlaybook();

const stages = sampleJourneys.flatMap((journey) => {
  const view = fold(journey.map, journey.contributions);
  return view.stages.map((stageView) => ({
    label: `${journey.slug} / ${stageView.stage.name}`,
    obstacles: stageView.items.obstacle,
    summary: summariseStage(journey.map, view, stageView.stage.id, playbook),
  }));
});

/** An improvement addresses an obstacle when it names it, or comes from the pattern that fits it best. */
function addresses(summary: StageSummary, obstacle: MergedItem): boolean {
  const patternId = bestPattern(playbook, obstacle.text)?.id ?? null;
  return summary.improvements.some(
    (improvement) =>
      (improvement.answers.kind === 'obstacle' && improvement.answers.text === obstacle.text) ||
      (patternId !== null && improvement.patternId === patternId),
  );
}

describe('quality of the rules on the sample journeys', () => {
  it.each(stages)('$label: 3 to 5 improvements, each with an action, a touchpoint and a KPI', ({ summary }) => {
    expect(summary.improvements.length).toBeGreaterThanOrEqual(MIN_IMPROVEMENTS);
    expect(summary.improvements.length).toBeLessThanOrEqual(MAX_IMPROVEMENTS);
    for (const improvement of summary.improvements) {
      for (const text of [improvement.answers.text, improvement.action, improvement.touchpoint, improvement.kpi]) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it.each(stages)('$label: every obstacle raised by two or more people is addressed', ({ obstacles, summary }) => {
    const shared = obstacles.filter((obstacle) => obstacle.contributorIds.length >= 2);
    expect(shared.filter((obstacle) => !addresses(summary, obstacle)).map((obstacle) => obstacle.text)).toEqual([]);
  });

  it.each(stages)(
    '$label: every problem two or more people raised in their own words is addressed',
    ({ obstacles, summary }) => {
      const peopleByPattern = new Map<string, Set<string>>();
      for (const obstacle of obstacles) {
        const pattern = bestPattern(playbook, obstacle.text);
        if (!pattern) continue;
        const people = peopleByPattern.get(pattern.id) ?? new Set();
        for (const id of obstacle.contributorIds) people.add(id);
        peopleByPattern.set(pattern.id, people);
      }
      const shared = [...peopleByPattern].filter(([, people]) => people.size >= 2).map(([id]) => id);
      const answered = summary.improvements.map((improvement) => improvement.patternId);
      expect(shared.filter((id) => !answered.includes(id))).toEqual([]);
    },
  );

  it.each(stages)('$label: no improvement is generic when a pattern applies', ({ summary }) => {
    const genericButKnown = summary.improvements.filter(
      (improvement) => improvement.patternId === null && bestPattern(playbook, improvement.answers.text) !== null,
    );
    expect(genericButKnown).toEqual([]);
  });

  it.each(stages)('$label: one improvement per pattern', ({ summary }) => {
    const ids = summary.improvements.map((improvement) => improvement.patternId).filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the sample journeys have shared obstacles to check, in every language', () => {
    const shared = stages.flatMap(({ label, obstacles }) =>
      obstacles.filter((obstacle) => obstacle.contributorIds.length >= 2).map(() => label.split(' / ')[0]),
    );
    expect(new Set(shared)).toEqual(
      new Set(sampleJourneys.map((journey) => journey.slug).filter((slug) => slug !== 'insurance-10')),
    );
    expect(shared.length).toBeGreaterThanOrEqual(12);
  });

  it('an honest generic suggestion, never silence, for obstacles no pattern knows', () => {
    const generic = stages.flatMap(({ summary }) => summary.improvements.filter((i) => i.patternId === null));
    expect(generic.length).toBeGreaterThan(0);
    for (const improvement of generic) expect(improvement.action).toMatch(/^Interview 5 customers about “.+”/);
  });
});

describe('Chinese and Greek obstacles match their patterns', () => {
  const byText = (slug: string) => {
    const journey = sampleJourney(slug);
    const view = fold(journey.map, journey.contributions);
    return (stageIndex: number) => {
      const stageId = journey.map.stages[stageIndex]!.id;
      return summariseStage(journey.map, view, stageId, playbook).improvements.map((improvement) => [
        improvement.answers.text,
        improvement.patternId,
      ]);
    };
  };

  it.each([
    [1, '价格不透明', 'pricing_unclear'],
    [1, '找不到商品的详细参数', 'hard_to_find'],
    [1, '没有真实的用户评价', 'no_social_proof'],
    [2, '结账流程太复杂', 'slow_checkout'],
    [2, '必须注册账号才能下单', 'account_required'],
    [3, '物流延误，没有通知', 'delays_changes'],
    [4, '客服回复太慢', 'slow_support'],
    [4, '打电话要排队等很久', 'phone_hold'],
    [4, '没有会员积分，老顾客没有优惠', 'no_loyalty'],
  ])('zh stage %i: %s → %s', (stageIndex, obstacle, patternId) => {
    expect(byText('zh-shop')(stageIndex)).toContainEqual([obstacle, patternId]);
  });

  it.each([
    [1, 'Οι τιμές δεν είναι ξεκάθαρες', 'pricing_unclear'],
    [2, 'Δύσκολη εγγραφή στο e-shop', 'complex_signup'],
    [2, 'Πολύ αργή ολοκλήρωση αγοράς', 'slow_checkout'],
    [2, 'Χρειάζεται υποχρεωτικά λογαριασμός για να αγοράσεις', 'account_required'],
    [3, 'Η ενεργοποίηση καθυστερεί μέρες', 'delays_changes'],
    [4, 'Μεγάλη αναμονή στο τηλέφωνο', 'phone_hold'],
    [4, 'Αγενές προσωπικό στο κατάστημα', 'unfriendly_staff'],
    [4, 'Αργή απάντηση στα email', 'slow_support'],
  ])('el stage %i: %s → %s', (stageIndex, obstacle, patternId) => {
    expect(byText('el-telecom')(stageIndex)).toContainEqual([obstacle, patternId]);
  });

  it.each([
    ['Κρυφές χρεώσεις στον λογαριασμό', 'pricing_unclear'],
    ['Ο τεχνικός άλλαξε το ραντεβού χωρίς ειδοποίηση', 'delays_changes'],
    ['Περιμένουν 30 λεπτά στη γραμμή', 'phone_hold'],
    ['配送时间经常变动', 'delays_changes'],
  ])('the other wordings in those journeys match too: %s → %s', (obstacle, patternId) => {
    expect(bestPattern(playbook, obstacle)?.id).toBe(patternId);
  });
});
