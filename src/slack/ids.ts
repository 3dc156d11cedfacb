/** Every action_id, block_id and callback_id, once: listeners and view builders both import these. */
export const COMMAND = '/journey';

export const ACTIONS = {
  openHelp: 'help_open',
} as const;
