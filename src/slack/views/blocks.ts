import type { Block, Button, KnownBlock, PlainTextElement } from '@slack/types';
import { clip } from '../text.ts';

/** Slack's limits for the pieces the builders use (Block Kit reference). */
export const LIMITS = {
  messageBlocks: 50,
  surfaceBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  contextElements: 10,
  actionsElements: 25,
  optionText: 75,
  optionValue: 150,
  modalTitle: 24,
  privateMetadata: 3000,
  messageText: 4000,
} as const;

export type AnyBlock = KnownBlock | Block;

export function plainText(text: string, max: number = LIMITS.sectionText): PlainTextElement {
  return { type: 'plain_text', text: clip(text, max), emoji: true };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: plainText(text, LIMITS.headerText) };
}

/**
 * Mrkdwn the bot writes: verbatim, so Slack does not turn a bare URL, a #channel or a name someone typed into a
 * live link or mention; the bot's own links and mentions use the explicit <…> syntax, which still works.
 */
export function mrkdwn(text: string, max: number = LIMITS.sectionText) {
  return { type: 'mrkdwn' as const, text: clip(text, max), verbatim: true };
}

/** `text` must already be safe mrkdwn (user text escaped with escapeMrkdwn). */
export function section(text: string, accessory?: Button): KnownBlock {
  return {
    type: 'section',
    text: mrkdwn(text),
    ...(accessory ? { accessory } : {}),
  };
}

export function context(...texts: string[]): KnownBlock {
  return {
    type: 'context',
    elements: texts.slice(0, LIMITS.contextElements).map((text) => mrkdwn(text)),
  };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value?: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: plainText(text, LIMITS.buttonText),
    action_id: actionId,
    ...(value === undefined ? {} : { value: clip(value, LIMITS.buttonValue) }),
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string | undefined, ...elements: Button[]): KnownBlock {
  return {
    type: 'actions',
    ...(blockId ? { block_id: blockId } : {}),
    elements: elements.slice(0, LIMITS.actionsElements),
  };
}

/** Keeps a message within Slack's block limit, saying so when something had to go. */
export function fitBlocks(blocks: AnyBlock[], max: number = LIMITS.messageBlocks): AnyBlock[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), context('_More than fits in one message: see the export for the rest._')];
}

/** A message payload: blocks plus the plain fallback text notifications and screen readers use. */
export interface MessageContent {
  text: string;
  blocks: AnyBlock[];
}

export function message(text: string, blocks: AnyBlock[]): MessageContent {
  return { text: clip(text, LIMITS.messageText), blocks: fitBlocks(blocks) };
}
