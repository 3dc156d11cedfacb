import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/export/markdown.ts';
import { toSvg } from '../../src/export/svg.ts';
import { loadPlaybook } from '../../src/insights/playbook-file.ts';
import { summariseStage } from '../../src/insights/summary.ts';
import { FEELING_SCALE, feelingLevel } from '../../src/journey/feelings.ts';
import { fold } from '../../src/journey/fold.ts';
import { createStages } from '../../src/journey/stages.ts';
import { mapCard } from '../../src/slack/views/map-card.ts';
import { stageSummaryMessage } from '../../src/slack/views/summary.ts';
import { conversation, makeMap } from '../support/factories.ts';

const playbook = loadPlaybook();

/** A one-stage map whose scores average `scores`' mean. */
function scored(scores: number[]) {
  const map = makeMap({ stages: createStages(['Visit', 'Buy']) });
  const { contributions, say } = conversation(map, { startsAt: '2026-11-01T09:00:00.000Z', idPrefix: 'C' });
  for (const [index, score] of scores.entries()) say(`U${index}`, 'sales', 's1', 'feeling', 'so-so', score);
  return { map, view: fold(map, contributions) };
}

describe('one feeling scale', () => {
  it.each([
    ['2.4, just under a half', [2, 2, 3, 2, 3], 2],
    ['2.5, a half rounds up', [2, 3], 3],
    ['1.0', [1], 1],
    ['5.0', [5, 5], 5],
  ])(
    'shows a stage at %s with the same face in Slack, on the card, in Markdown and on the picture',
    (_l, scores, level) => {
      const { map, view } = scored(scores);
      const face = FEELING_SCALE[level - 1]!;
      expect(feelingLevel(view.stages[0]!.feeling.mean)).toBe(face);
      const summary = summariseStage(map, view, 's1', playbook);
      expect(JSON.stringify(stageSummaryMessage(map, summary).blocks)).toContain(face.emoji);
      expect(JSON.stringify(mapCard(map, view).blocks)).toContain(face.emoji);
      expect(toMarkdown(map, view)).toContain(face.emoji);
      expect(toSvg(map, view)).toContain(`fill="${face.colour}"`);
      for (const other of FEELING_SCALE.filter((candidate) => candidate !== face)) {
        expect(toMarkdown(map, view)).not.toContain(other.emoji);
      }
    },
  );
});
