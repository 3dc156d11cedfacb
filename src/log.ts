import { type Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

/** Slack tokens, OpenAI-style keys, and the OAuth client secret as the Web API client logs a form or JSON body. */
const SECRET_PATTERN =
  /\b(?:xox[abposre]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|sk-[A-Za-z0-9_-]{8,})|(?<=client_secret["']?\s*[=:]\s*["']?)[^&"'\s,}]+/g;
const REDACTED = '[Redacted]';

const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'userToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'encryptionKey',
  'apiKey',
  'authorization',
  'password',
];

/** pino's `*.key` only reaches one level down, so list the nesting depths our log fields use. */
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]);

export function scrubSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, REDACTED);
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'journey-bot' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: {
        err: (err: unknown) => {
          const serialized = pino.stdSerializers.err(err as Error);
          return {
            ...serialized,
            message: scrubSecrets(serialized.message),
            stack: serialized.stack && scrubSecrets(serialized.stack),
          };
        },
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

const BOLT_TO_PINO: Record<BoltLogLevel, LogLevel> = {
  [BoltLogLevel.ERROR]: 'error',
  [BoltLogLevel.WARN]: 'warn',
  [BoltLogLevel.INFO]: 'info',
  [BoltLogLevel.DEBUG]: 'debug',
};

/** Bolt and its WebClient log free-form arguments; this sends them through the same redacting pino. */
export function boltLogger(root: Logger): BoltLogger {
  let log = root.child({ component: 'bolt' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      const error = msg.find((part) => part instanceof Error);
      const text = msg
        .filter((part) => part !== error)
        .map((part) => (typeof part === 'string' ? part : safeJson(part)))
        .join(' ');
      if (error) log[level]({ err: error }, text || 'bolt error');
      else log[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (level) => {
      log.level = BOLT_TO_PINO[level] ?? 'info';
    },
    getLevel: () => {
      const entry = Object.entries(BOLT_TO_PINO).find(([, pinoLevel]) => pinoLevel === log.level);
      return (entry?.[0] as BoltLogLevel | undefined) ?? BoltLogLevel.INFO;
    },
    setName: (name) => {
      log = root.child({ component: name });
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
