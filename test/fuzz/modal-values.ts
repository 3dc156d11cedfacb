// view.state.values for the app's two modals, filled with hostile text or broken in their structure.

import type { View } from '@slack/types';
import fc from 'fast-check';
import { MAP_TYPES } from '../../src/journey/model.ts';
import { CHANNEL, type NewMapForm } from '../support/journey-steps.ts';
import { brokenValue, hostileText } from './hostile.ts';

export type StateValues = Record<string, Record<string, unknown>>;

/** Block ids of a view's input blocks: the only keys Slack accepts in a `response_action: errors` answer. */
export function inputBlockIds(view: View): Set<string> {
  return new Set(view.blocks.flatMap((block) => (block.type === 'input' && block.block_id ? [block.block_id] : [])));
}

const userIdish = fc.oneof(fc.constantFrom('U0ANNA', 'W0BORIS', 'U0JOURNEYBOT'), hostileText);

/** Hostile text, or now and then a plain answer, so that some submissions pass every check and create a map. */
const field = (plain: string) =>
  fc.oneof({ arbitrary: hostileText, weight: 2 }, { arbitrary: fc.constant(plain), weight: 1 });

export const newMapForm: fc.Arbitrary<NewMapForm> = fc.record({
  name: fc.oneof(hostileText, fc.constantFrom('Checkout', ' checkout ', 'CHECKOUT')),
  goal: field('Why do buyers leave?'),
  personaName: field('Maya'),
  personaDescription: field(''),
  stages: fc.oneof(
    field('Awareness\nDecision'),
    fc.array(fc.oneof(hostileText, fc.constant('Stage')), { maxLength: 12 }).map((names) => names.join('\n')),
  ),
  type: fc.oneof(fc.constantFrom(...MAP_TYPES), hostileText),
  stakeholders: fc.array(userIdish, { maxLength: 4 }),
  channel: fc.oneof(fc.constantFrom(CHANNEL, 'C0ELSEWHERE', null), hostileText),
  // Menus of the app's own options: only a forged payload sends anything else (see brokenStructure).
  weekday: fc.constantFrom('1', '4', '7'),
  hour: fc.constantFrom('0', '9', '23'),
});

export interface StageForm {
  goal: string;
  action: string;
  score: string | null;
  thought: string;
  touchpoints: string[];
  other: string;
  obstacles: string;
  ideas: string;
}

export const stageForm: fc.Arbitrary<StageForm> = fc.record({
  goal: hostileText,
  action: fc.oneof(hostileText, fc.constant('Compares plans')),
  score: fc.oneof(fc.constantFrom('1', '3', '5', null), hostileText),
  thought: hostileText,
  touchpoints: fc.array(fc.oneof(fc.constantFrom('website', 'reviews', 'email'), hostileText), { maxLength: 4 }),
  other: hostileText,
  obstacles: hostileText,
  ideas: hostileText,
});

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });

/** view.state.values of the stage form as Slack sends them. */
export function stageValues(form: StageForm): StateValues {
  return {
    goal: text(form.goal),
    action: text(form.action),
    score: {
      value: { type: 'static_select', selected_option: form.score === null ? null : { value: form.score } },
    },
    thought: text(form.thought),
    touchpoints: {
      value: { type: 'multi_static_select', selected_options: form.touchpoints.map((value) => ({ value })) },
    },
    other_touchpoints: text(form.other),
    obstacles: text(form.obstacles),
    ideas: text(form.ideas),
  };
}

const MUTATIONS = ['drop', 'block', 'element', 'field'] as const;

/**
 * Valid values with one or two blocks dropped or broken at one depth (the block, its element, or the field
 * holding the answer), so each broken block reaches the code behind the others; plus blocks nobody asked for.
 * Now and then the whole thing is junk.
 */
export function brokenStructure(valid: StateValues): fc.Arbitrary<unknown> {
  const ids = Object.keys(valid);
  const breakage = fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...MUTATIONS), brokenValue), {
    minLength: 1,
    maxLength: 2,
  });
  const extra = fc.dictionary(hostileText, brokenValue, { maxKeys: 2 });
  const mutated = fc.tuple(breakage, extra).map(([broken, extraBlocks]) => {
    const values: Record<string, unknown> = { ...extraBlocks, ...valid };
    for (const [id, mutation, junk] of broken) {
      const element = valid[id]!.value as Record<string, unknown>;
      const field = Object.keys(element).find((key) => key !== 'type')!;
      if (mutation === 'drop') delete values[id];
      if (mutation === 'block') values[id] = junk;
      if (mutation === 'element') values[id] = { value: junk };
      if (mutation === 'field') values[id] = { value: { ...element, [field]: junk } };
    }
    return values;
  });
  const whole = fc.oneof(brokenValue, fc.dictionary(fc.constantFrom(...ids), brokenValue));
  return fc.oneof({ arbitrary: mutated, weight: 8 }, { arbitrary: whole, weight: 1 });
}
