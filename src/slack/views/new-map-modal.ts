import type { ModalView, View } from '@slack/types';
import {
  DEFAULT_STAGE_NAMES,
  MAP_TYPE_LABELS,
  MAP_TYPES,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
} from '../../journey/model.ts';
import { NEW_MAP_FIELDS as F, VIEWS } from '../ids.ts';
import { clip } from '../text.ts';
import { plainText } from './blocks.ts';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export interface NewMapModalInput {
  /** Name typed after `/journey new`, if any. */
  name: string;
  /** Where the command ran: the default channel for updates when it is a channel. */
  channelId: string;
}

function option(text: string, value: string) {
  return { text: plainText(text, 75), value };
}

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** The `/journey new` modal; the map's channel travels in private_metadata. */
export function newMapModal({ name, channelId }: NewMapModalInput): ModalView {
  const weekdays = WEEKDAYS.map((day, index) => option(day, String(index + 1)));
  const hours = Array.from({ length: 24 }, (_, hour) => option(hourLabel(hour), String(hour)));
  const inChannel = /^[CG]/.test(channelId);
  const blocks: View['blocks'] = [
    {
      type: 'input',
      block_id: F.name,
      label: plainText('Map name'),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: MAX_NAME_LENGTH,
        ...(name ? { initial_value: clip(name, MAX_NAME_LENGTH) } : {}),
        placeholder: plainText('e.g. First-time online buyers'),
      },
    },
    {
      type: 'input',
      block_id: F.goal,
      label: plainText('Goal'),
      hint: plainText('What should this map tell us?'),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: MAX_TEXT_LENGTH,
        placeholder: plainText('e.g. Why do first-time buyers leave before paying?'),
      },
    },
    {
      type: 'input',
      block_id: F.personaName,
      label: plainText('Persona'),
      hint: plainText('One customer type this map follows.'),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: MAX_NAME_LENGTH,
        placeholder: plainText('e.g. Maya, busy parent'),
      },
    },
    {
      type: 'input',
      block_id: F.personaDescription,
      optional: true,
      label: plainText('About the persona'),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: 1000,
        placeholder: plainText('e.g. Shops on her phone in the evening, compares prices, hates surprises.'),
      },
    },
    {
      type: 'input',
      block_id: F.stages,
      label: plainText('Stages'),
      hint: plainText('One stage per line, in order: 2 to 10. Rename, add or remove as you like.'),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: 1000,
        initial_value: DEFAULT_STAGE_NAMES.join('\n'),
      },
    },
    {
      type: 'input',
      block_id: F.type,
      label: plainText('Map type'),
      element: {
        type: 'static_select',
        action_id: 'value',
        options: MAP_TYPES.map((type) => option(MAP_TYPE_LABELS[type], type)),
        initial_option: option(MAP_TYPE_LABELS.current_state, 'current_state'),
      },
    },
    {
      type: 'input',
      block_id: F.stakeholders,
      optional: true,
      label: plainText('Stakeholders to interview'),
      hint: plainText('Each gets a DM with a short guided interview. Anyone can join later.'),
      element: { type: 'multi_users_select', action_id: 'value', placeholder: plainText('Choose people') },
    },
    {
      type: 'input',
      block_id: F.channel,
      label: plainText('Channel for updates'),
      hint: plainText('The map card, summaries and the weekly digest go here.'),
      element: {
        type: 'conversations_select',
        action_id: 'value',
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(inChannel ? { initial_conversation: channelId } : {}),
      },
    },
    {
      type: 'input',
      block_id: F.weekday,
      label: plainText('Weekly digest day'),
      element: { type: 'static_select', action_id: 'value', options: weekdays, initial_option: weekdays[0] },
    },
    {
      type: 'input',
      block_id: F.hour,
      label: plainText('Digest hour (your time zone)'),
      element: { type: 'static_select', action_id: 'value', options: hours, initial_option: hours[9] },
    },
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.newMap,
    title: plainText('New journey map', 24),
    submit: plainText('Create map', 24),
    close: plainText('Cancel', 24),
    private_metadata: JSON.stringify({ channelId }),
    blocks,
  };
}
