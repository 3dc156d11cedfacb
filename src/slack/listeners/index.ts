import type { App } from '@slack/bolt';
import type { Deps } from '../deps.ts';
import * as commands from './commands/index.ts';
import * as views from './views/index.ts';

export function registerListeners(app: App, deps: Deps): void {
  commands.register(app, deps);
  views.register(app, deps);
}
