import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.ts';
import { COMMAND } from '../../ids.ts';
import { journeyCommand } from './journey.ts';

export function register(app: App, deps: Deps): void {
  app.command(COMMAND, journeyCommand(deps));
}
