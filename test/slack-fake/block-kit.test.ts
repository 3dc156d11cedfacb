import { describe, expect, it } from 'vitest';
import { type Surface, validateBlocks, validateView } from './block-kit.ts';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const chars = (count: number, char = 'x') => char.repeat(count);
const option = (value: string, text = value) => ({ text: plain(text), value });
const section = (text = 'Hello') => ({ type: 'section', text: mrkdwn(text) });
const button = (actionId: string, extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id: actionId,
  text: plain('Go'),
  ...extra,
});
const actions = (...elements: unknown[]) => ({ type: 'actions', elements });
const staticSelect = (extra: Record<string, unknown> = {}) => ({
  type: 'static_select',
  action_id: 'stage',
  placeholder: plain('Pick a stage'),
  options: [option('awareness'), option('decision')],
  ...extra,
});
const input = (element: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'input',
  block_id: 'name',
  label: plain('Name'),
  element,
  ...extra,
});
const textInput = (extra: Record<string, unknown> = {}) => ({ type: 'plain_text_input', action_id: 'value', ...extra });
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  callback_id: 'new_map',
  title: plain('New journey map'),
  submit: plain('Create'),
  close: plain('Cancel'),
  blocks: [input(textInput())],
  ...extra,
});
const repeat = <T>(count: number, make: (index: number) => T) =>
  Array.from({ length: count }, (_, index) => make(index));

const error = (pointer: string, problem: string) => `[ERROR] ${problem} [json-pointer:${pointer}]`;

describe('validateBlocks and validateView accept well-formed payloads', () => {
  it('accepts a message using every block the app may send', () => {
    const blocks = [
      { type: 'header', text: plain('Checkout journey') },
      {
        type: 'section',
        block_id: 'summary',
        text: mrkdwn('*Goal*: find where buyers drop out'),
        accessory: button('open_map', { value: 'map-1', style: 'primary', url: 'https://example.com/map' }),
      },
      { type: 'section', fields: [mrkdwn('*Stage*'), plain('Awareness')] },
      { type: 'divider' },
      {
        type: 'context',
        elements: [
          mrkdwn('Updated just now'),
          { type: 'image', image_url: 'https://example.com/a.png', alt_text: 'Ana' },
        ],
      },
      actions(
        button('undo', {
          value: 'contribution-1',
          style: 'danger',
          confirm: { title: plain('Undo?'), text: mrkdwn('Removes *it*'), confirm: plain('Yes'), deny: plain('No') },
        }),
        staticSelect({ initial_option: option('decision') }),
        { type: 'overflow', action_id: 'more', options: [{ ...option('archive'), url: 'https://example.com' }] },
        { type: 'datepicker', action_id: 'due', initial_date: '2026-11-23' },
      ),
      { type: 'image', image_url: 'https://example.com/map.png', alt_text: 'Journey map', title: plain('Map') },
      { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'hi' }] }] },
    ];
    expect(validateBlocks(blocks, 'message')).toEqual([]);
  });

  it('accepts a modal with input blocks of each kind', () => {
    const view = modal({
      private_metadata: JSON.stringify({ mapId: 'm1' }),
      blocks: [
        input(textInput({ multiline: true, min_length: 1, max_length: 3000, placeholder: plain('e.g. Checkout') })),
        input({ type: 'multi_users_select', action_id: 'value', max_selected_items: 20 }, { block_id: 'people' }),
        input(
          {
            type: 'static_select',
            action_id: 'value',
            option_groups: [{ label: plain('Maps'), options: [option('current'), option('future')] }],
            initial_option: option('future'),
          },
          { block_id: 'type' },
        ),
        input(
          {
            type: 'radio_buttons',
            action_id: 'value',
            options: [option('1', '😞 Very negative'), option('5', '😍 Very positive')],
            initial_option: option('5', '😍 Very positive'),
          },
          { block_id: 'feeling', optional: true, hint: plain('How does the customer feel?') },
        ),
        input({ type: 'conversations_select', action_id: 'value' }, { block_id: 'channel' }),
        input({ type: 'number_input', action_id: 'value', is_decimal_allowed: false }, { block_id: 'hour' }),
        {
          type: 'section',
          text: mrkdwn('Stages'),
          accessory: {
            type: 'checkboxes',
            action_id: 'stages',
            options: [{ text: mrkdwn('*Awareness*'), value: 'awareness' }],
            initial_options: [{ text: mrkdwn('*Awareness*'), value: 'awareness' }],
          },
        },
      ],
    });
    expect(validateView(view)).toEqual([]);
  });

  it('accepts a Home tab without a title', () => {
    const view = {
      type: 'home',
      blocks: [{ type: 'header', text: plain('Your maps') }, section(), actions(button('new'))],
    };
    expect(validateView(view)).toEqual([]);
  });

  const limits: { name: string; surface: Surface; blocks: unknown[] }[] = [
    { name: '50 blocks in a message', surface: 'message', blocks: repeat(50, () => ({ type: 'divider' })) },
    { name: '100 blocks in a modal', surface: 'modal', blocks: repeat(100, () => ({ type: 'divider' })) },
    { name: '100 blocks in a Home tab', surface: 'home', blocks: repeat(100, () => ({ type: 'divider' })) },
    { name: 'section text of 3000 characters', surface: 'message', blocks: [section(chars(3000))] },
    {
      name: 'section text of 3000 emoji (counted as characters)',
      surface: 'message',
      blocks: [section(chars(3000, '😀'))],
    },
    {
      name: '10 section fields of 2000 characters',
      surface: 'message',
      blocks: [{ type: 'section', fields: repeat(10, () => mrkdwn(chars(2000))) }],
    },
    { name: 'header of 150 characters', surface: 'message', blocks: [{ type: 'header', text: plain(chars(150)) }] },
    {
      name: 'context with 10 elements',
      surface: 'message',
      blocks: [{ type: 'context', elements: repeat(10, () => plain('a')) }],
    },
    {
      name: 'actions with 25 elements',
      surface: 'message',
      blocks: [actions(...repeat(25, (index) => button(`b${index}`)))],
    },
    {
      name: 'button at every limit',
      surface: 'message',
      blocks: [
        actions(button(chars(255), { text: plain(chars(75)), value: chars(2000), url: `https://x.io/${chars(2987)}` })),
      ],
    },
    { name: 'block_id of 255 characters', surface: 'message', blocks: [{ ...section(), block_id: chars(255) }] },
    {
      name: 'select with 100 options at the text and value limits',
      surface: 'message',
      blocks: [actions(staticSelect({ options: repeat(100, (index) => option(`${index}${chars(147)}`, chars(75))) }))],
    },
    {
      name: 'input with a 2000-character label and a 3000-character max_length',
      surface: 'modal',
      blocks: [input(textInput({ max_length: 3000 }), { label: plain(chars(2000)) })],
    },
  ];

  it.each(limits)('accepts $name', ({ surface, blocks }) => {
    expect(validateBlocks(blocks, surface)).toEqual([]);
  });

  it('accepts a modal whose title, submit and close are 24 characters and metadata 3000', () => {
    const view = modal({
      title: plain(chars(24)),
      submit: plain(chars(24)),
      close: plain(chars(24)),
      private_metadata: chars(3000),
      callback_id: chars(255),
    });
    expect(validateView(view)).toEqual([]);
  });
});

describe('validateBlocks rejects each limit with the pointer Slack would report', () => {
  const message = (...blocks: unknown[]) => validateBlocks(blocks, 'message');
  const inModal = (...blocks: unknown[]) => validateBlocks(blocks, 'modal');
  const firstElement = '/blocks/0/elements/0';

  const cases: { name: string; issues: () => string[]; pointer: string; problem: string }[] = [
    {
      name: '51 blocks in a message',
      issues: () => message(...repeat(51, () => ({ type: 'divider' }))),
      pointer: '/blocks',
      problem: 'must have at most 50 items',
    },
    {
      name: '101 blocks in a modal',
      issues: () => inModal(...repeat(101, () => ({ type: 'divider' }))),
      pointer: '/blocks',
      problem: 'must have at most 100 items',
    },
    {
      name: 'blocks that are not an array',
      issues: () => validateBlocks('[]', 'message'),
      pointer: '/blocks',
      problem: 'must be an array',
    },
    {
      name: 'section text over 3000',
      issues: () => message(section(chars(3001))),
      pointer: '/blocks/0/text/text',
      problem: 'must be at most 3000 characters',
    },
    {
      name: 'empty section text',
      issues: () => message(section('')),
      pointer: '/blocks/0/text/text',
      problem: 'must not be empty',
    },
    {
      name: 'section with neither text nor fields',
      issues: () => message({ type: 'section' }),
      pointer: '/blocks/0',
      problem: 'must have text or fields',
    },
    {
      name: '11 section fields',
      issues: () => message({ type: 'section', fields: repeat(11, () => plain('a')) }),
      pointer: '/blocks/0/fields',
      problem: 'must have at most 10 items',
    },
    {
      name: 'section field over 2000',
      issues: () => message({ type: 'section', fields: [plain('a'), plain(chars(2001))] }),
      pointer: '/blocks/0/fields/1/text',
      problem: 'must be at most 2000 characters',
    },
    {
      name: 'header over 150',
      issues: () => message({ type: 'header', text: plain(chars(151)) }),
      pointer: '/blocks/0/text/text',
      problem: 'must be at most 150 characters',
    },
    {
      name: 'mrkdwn header',
      issues: () => message({ type: 'header', text: mrkdwn('*Hi*') }),
      pointer: '/blocks/0/text/type',
      problem: 'must be plain_text',
    },
    {
      name: 'context with 11 elements',
      issues: () => message({ type: 'context', elements: repeat(11, () => plain('a')) }),
      pointer: '/blocks/0/elements',
      problem: 'must have at most 10 items',
    },
    {
      name: 'button in a context block',
      issues: () => message({ type: 'context', elements: [button('go')] }),
      pointer: `${firstElement}/type`,
      problem: 'button is not allowed in a context block',
    },
    {
      name: 'actions with 26 elements',
      issues: () => message(actions(...repeat(26, (index) => button(`b${index}`)))),
      pointer: '/blocks/0/elements',
      problem: 'must have at most 25 items',
    },
    {
      name: 'actions without elements',
      issues: () => message(actions()),
      pointer: '/blocks/0/elements',
      problem: 'must have at least 1 item',
    },
    {
      name: 'button text over 75',
      issues: () => message(actions(button('go', { text: plain(chars(76)) }))),
      pointer: `${firstElement}/text/text`,
      problem: 'must be at most 75 characters',
    },
    {
      name: 'mrkdwn button text',
      issues: () => message(actions(button('go', { text: mrkdwn('*Go*') }))),
      pointer: `${firstElement}/text/type`,
      problem: 'must be plain_text',
    },
    {
      name: 'button value over 2000',
      issues: () => message(actions(button('go', { value: chars(2001) }))),
      pointer: `${firstElement}/value`,
      problem: 'must be at most 2000 characters',
    },
    {
      name: 'action_id over 255',
      issues: () => message(actions(button(chars(256)))),
      pointer: `${firstElement}/action_id`,
      problem: 'must be at most 255 characters',
    },
    {
      name: 'button url over 3000',
      issues: () => message(actions(button('go', { url: `https://x.io/${chars(2988)}` }))),
      pointer: `${firstElement}/url`,
      problem: 'must be at most 3000 characters',
    },
    {
      name: 'button style outside primary/danger',
      issues: () => message(actions(button('go', { style: 'fancy' }))),
      pointer: `${firstElement}/style`,
      problem: 'must be primary or danger',
    },
    {
      name: 'block_id over 255',
      issues: () => message({ ...section(), block_id: chars(256) }),
      pointer: '/blocks/0/block_id',
      problem: 'must be at most 255 characters',
    },
    {
      name: 'a repeated block_id',
      issues: () => message({ ...section(), block_id: 'same' }, { ...section(), block_id: 'same' }),
      pointer: '/blocks/1/block_id',
      problem: 'must be unique within the message or view',
    },
    {
      name: 'a repeated action_id in one actions block',
      issues: () => message(actions(button('go'), button('go'))),
      pointer: '/blocks/0/elements/1/action_id',
      problem: 'must be unique within the block',
    },
    {
      name: 'option text over 75',
      issues: () => message(actions(staticSelect({ options: [option('a', chars(76))] }))),
      pointer: `${firstElement}/options/0/text/text`,
      problem: 'must be at most 75 characters',
    },
    {
      name: 'option value over 150',
      issues: () => message(actions(staticSelect({ options: [option(chars(151), 'A')] }))),
      pointer: `${firstElement}/options/0/value`,
      problem: 'must be at most 150 characters',
    },
    {
      name: '101 options',
      issues: () => message(actions(staticSelect({ options: repeat(101, (index) => option(`o${index}`)) }))),
      pointer: `${firstElement}/options`,
      problem: 'must have at most 100 items',
    },
    {
      name: 'mrkdwn option in a select',
      issues: () => message(actions(staticSelect({ options: [{ text: mrkdwn('*a*'), value: 'a' }] }))),
      pointer: `${firstElement}/options/0/text/type`,
      problem: 'must be plain_text',
    },
    {
      name: 'select with both options and option_groups',
      issues: () => message(actions(staticSelect({ option_groups: [{ label: plain('G'), options: [option('g')] }] }))),
      pointer: firstElement,
      problem: 'must have exactly one of options or option_groups',
    },
    {
      name: 'initial_option missing from the options',
      issues: () => message(actions(staticSelect({ initial_option: option('retention') }))),
      pointer: `${firstElement}/initial_option`,
      problem: 'must match one of the options',
    },
    {
      name: 'multi select allowing 0 items',
      issues: () => message(actions({ type: 'multi_users_select', action_id: 'who', max_selected_items: 0 })),
      pointer: `${firstElement}/max_selected_items`,
      problem: 'must be at least 1',
    },
    {
      name: 'checkboxes with 11 options',
      issues: () =>
        message(actions({ type: 'checkboxes', action_id: 'c', options: repeat(11, (index) => option(`${index}`)) })),
      pointer: `${firstElement}/options`,
      problem: 'must have at most 10 items',
    },
    {
      name: 'input block in a message',
      issues: () => message(input(textInput())),
      pointer: '/blocks/0/type',
      problem: 'input blocks are only allowed in modals',
    },
    {
      name: 'input label over 2000',
      issues: () => inModal(input(textInput(), { label: plain(chars(2001)) })),
      pointer: '/blocks/0/label/text',
      problem: 'must be at most 2000 characters',
    },
    {
      name: 'mrkdwn input label',
      issues: () => inModal(input(textInput(), { label: mrkdwn('*Name*') })),
      pointer: '/blocks/0/label/type',
      problem: 'must be plain_text',
    },
    {
      name: 'plain_text_input max_length over 3000',
      issues: () => inModal(input(textInput({ max_length: 3001 }))),
      pointer: '/blocks/0/element/max_length',
      problem: 'must be at most 3000',
    },
    {
      name: 'plain_text_input min_length above max_length',
      issues: () => inModal(input(textInput({ min_length: 10, max_length: 5 }))),
      pointer: '/blocks/0/element/min_length',
      problem: 'must not be greater than max_length',
    },
    {
      name: 'plain_text_input in an actions block',
      issues: () => message(actions(textInput())),
      pointer: `${firstElement}/type`,
      problem: 'plain_text_input is not allowed in an actions block',
    },
    {
      name: 'an unknown block type',
      issues: () => message({ type: 'carousel_of_doom' }),
      pointer: '/blocks/0/type',
      problem: 'unsupported block type: carousel_of_doom',
    },
    {
      name: 'an unknown element type',
      issues: () => message(actions({ type: 'slider', action_id: 's' })),
      pointer: `${firstElement}/type`,
      problem: 'unsupported element type: slider',
    },
    {
      name: 'image block without alt_text',
      issues: () => message({ type: 'image', image_url: 'https://example.com/a.png' }),
      pointer: '/blocks/0/alt_text',
      problem: 'is required',
    },
    {
      name: 'image block image_url over 3000',
      issues: () => message({ type: 'image', alt_text: 'map', image_url: `https://x.io/${chars(2988)}` }),
      pointer: '/blocks/0/image_url',
      problem: 'must be at most 3000 characters',
    },
  ];

  it.each(cases)('rejects $name', ({ issues, pointer, problem }) => {
    expect(issues()).toEqual([error(pointer, problem)]);
  });
});

describe('validateView rejects modal and Home tab limits', () => {
  const cases: { name: string; view: unknown; pointer: string; problem: string }[] = [
    {
      name: 'a title over 24',
      view: modal({ title: plain(chars(25)) }),
      pointer: '/view/title/text',
      problem: 'must be at most 24 characters',
    },
    {
      name: 'a modal without title',
      view: modal({ title: undefined }),
      pointer: '/view/title',
      problem: 'is required',
    },
    {
      name: 'a mrkdwn title',
      view: modal({ title: mrkdwn('New') }),
      pointer: '/view/title/type',
      problem: 'must be plain_text',
    },
    {
      name: 'submit over 24',
      view: modal({ submit: plain(chars(25)) }),
      pointer: '/view/submit/text',
      problem: 'must be at most 24 characters',
    },
    {
      name: 'close over 24',
      view: modal({ close: plain(chars(25)) }),
      pointer: '/view/close/text',
      problem: 'must be at most 24 characters',
    },
    {
      name: 'input blocks without submit',
      view: modal({ submit: undefined }),
      pointer: '/view/submit',
      problem: 'is required when the view has input blocks',
    },
    {
      name: 'private_metadata over 3000',
      view: modal({ private_metadata: chars(3001) }),
      pointer: '/view/private_metadata',
      problem: 'must be at most 3000 characters',
    },
    {
      name: 'callback_id over 255',
      view: modal({ callback_id: chars(256) }),
      pointer: '/view/callback_id',
      problem: 'must be at most 255 characters',
    },
    {
      name: '101 blocks in a Home tab',
      view: { type: 'home', blocks: repeat(101, () => ({ type: 'divider' })) },
      pointer: '/view/blocks',
      problem: 'must have at most 100 items',
    },
    {
      name: 'an input block in a Home tab',
      view: { type: 'home', blocks: [input(textInput())] },
      pointer: '/view/blocks/0/type',
      problem: 'input blocks are only allowed in modals',
    },
    {
      name: 'an unknown view type',
      view: { type: 'dialog', blocks: [] },
      pointer: '/view/type',
      problem: 'must be modal or home',
    },
  ];

  it.each(cases)('rejects $name', ({ view, pointer, problem }) => {
    expect(validateView(view)).toEqual([error(pointer, problem)]);
  });
});
