import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/digest/compose.ts';
import { fold } from '../../src/journey/fold.ts';
import { type Contribution, DEPARTMENTS, type JourneyMap, KINDS } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { ACTIONS } from '../../src/slack/ids.ts';
import { digestMessage, nudgeMessage, STAKEHOLDER_ROWS } from '../../src/slack/views/digest.ts';
import { validateBlocks } from '../slack-fake/block-kit.ts';
import { makeMap, newId } from '../support/factories.ts';
import { readable } from '../support/journey-steps.ts';

const NOW = new Date('2026-11-23T07:00:00Z');
const HOSTILE = '<!channel> & <https://evil.example|click> *bold*';
const improvement = (stageId: string, action: string) => ({
  answers: { kind: 'gap' as const, text: HOSTILE },
  action,
  touchpoint: HOSTILE,
  kpi: 'Drop-off',
  owners: [],
  patternId: null,
  stageId,
});

/** Ten stages, every kind said by every department, long and hostile texts, 40 silent stakeholders. */
function busiestMap(): { map: JourneyMap; contributions: Contribution[] } {
  const map = makeMap({
    name: `Busy ${HOSTILE}`,
    stages: createStages(Array.from({ length: 10 }, (_, index) => `Stage ${index + 1} ${'long name '.repeat(6)}`)),
    stakeholderIds: Array.from({ length: 40 }, (_, index) => `U0PERSON${index}`),
  });
  const contributions = map.stages.flatMap((stage, stageIndex) =>
    DEPARTMENTS.flatMap((department, departmentIndex) =>
      KINDS.map(
        (kind): Contribution => ({
          id: newId(),
          mapId: map.id,
          authorId: `U0AUTHOR${departmentIndex}`,
          department,
          source: 'thread',
          stageId: stage.id,
          kind,
          text: `${kind} ${departmentIndex} ${HOSTILE} ${'very long words '.repeat(40)}`,
          ...(kind === 'feeling' ? { score: ((stageIndex + departmentIndex) % 5) + 1 } : {}),
          createdAt: '2026-11-20T10:00:00.000Z',
        }),
      ),
    ),
  );
  return { map, contributions };
}

function digestOf(map: JourneyMap, contributions: Contribution[], lastDigestAt: string | null = null) {
  const view = fold(map, contributions);
  return composeDigest({
    map,
    view,
    contributions,
    lastDigestAt,
    improvements: map.stages.slice(0, 3).map((stage) => improvement(stage.id, `Fix ${HOSTILE}`)),
    now: NOW,
  });
}

describe('digestMessage', () => {
  it('keeps the busiest week within Slack limits, every user text escaped', () => {
    const { map, contributions } = busiestMap();
    const content = digestMessage({
      map,
      digest: digestOf(map, contributions),
      threadLink: 'https://x.slack.com/a?b=1&c=2',
    });
    expect(content.blocks.length).toBeLessThanOrEqual(50);
    expect(validateBlocks(content.blocks, 'message')).toEqual([]);
    // Headers are plain text, which Slack never parses; everything else must be escaped, the fallback too.
    const json = JSON.stringify([content.text, content.blocks.filter((block) => block.type !== 'header')]);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil');
    expect(json).toContain('&lt;!channel&gt; &amp;');
    const answerButtons = json.split(`"action_id":"${ACTIONS.startInterview}"`).length - 1;
    expect(answerButtons).toBe(STAKEHOLDER_ROWS);
    expect(readable(content)).toContain(`Also waiting for <@U0PERSON${STAKEHOLDER_ROWS}>`);
    expect(readable(content)).toContain('<https://x.slack.com/a?b=1&amp;c=2|');
  });

  it('shows every stage that changed and the lowest point of the curve', () => {
    const { map, contributions } = busiestMap();
    const text = readable(digestMessage({ map, digest: digestOf(map, contributions) }));
    for (const stage of map.stages) expect(text).toContain(`*Stage ${stage.name.split(' ')[1]} long`);
    expect(text).toMatch(/Lowest point: \*Stage \d+/);
    expect(text).toContain('Top 3 improvements to try');
  });

  it('is one section of two lines in a quiet week, even without a thread or scores', () => {
    const map = makeMap();
    const content = digestMessage({ map, digest: digestOf(map, [], '2026-11-16T07:00:00.000Z') });
    expect(content.blocks).toHaveLength(1);
    expect(readable(content).split('\n')).toEqual([
      '📭 *Online shoppers*: a quiet week, nothing new since <!date^1794812400^{date_short}|2026-11-16>.',
      "Still waiting to hear from 2 stakeholders · add what you know in the map's thread in <#CMAP>",
    ]);
  });

  it('says it is a preview on top when it is one', () => {
    const map = makeMap();
    const content = digestMessage({ map, digest: digestOf(map, []), preview: true });
    expect(readable(content).split('\n')[0]).toContain('Preview: only you can see this');
  });
});

describe('nudgeMessage', () => {
  it.each([
    [undefined, 'It takes about 2 minutes a stage, 5 stages in all.'],
    [{ stages: [], answered: 2, skipped: 1, pending: 2 }, "You've answered 2 of 5 stages; 2 stages to go."],
  ])('with progress %j says %s', (progress, line) => {
    const map = makeMap({ name: 'Ping <!here>' });
    const content = nudgeMessage({ map, progress, threadLink: 'https://x.slack.com/p1' });
    const text = readable(content);
    expect(text).toContain(line);
    expect(text).toContain('*Ping &lt;!here&gt;*');
    expect(validateBlocks(content.blocks, 'message')).toEqual([]);
  });
});
