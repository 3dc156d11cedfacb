import { type Logger, LogLevel } from '@slack/bolt';

/** A Bolt/WebClient logger that prints nothing, for tests that provoke errors on purpose. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => LogLevel.ERROR,
  setName() {},
};
