import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const el: Messages<typeof en> = {};
