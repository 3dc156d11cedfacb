import { EventEmitter } from 'node:events';
import { type Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

/**
 * Secrets as they appear inside text: Slack tokens; OpenAI-style keys, also as OpenAI half-masks them in its own
 * error messages (`sk-abc****wxyz`); bearer credentials; the value after a secret-looking name in a form, JSON or
 * `name: value` text, also once that text is itself JSON-escaped inside a log line; and a password in a URL.
 */
const SECRET_PATTERN = new RegExp(
  [
    String.raw`\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]+`,
    String.raw`\bsk-[A-Za-z0-9_*-]{8,}`,
    String.raw`(?<=\bBearer\s+)[A-Za-z0-9._~+/=-]+`,
    String.raw`(?<=(?:secret|token|api[_-]?key|password)\\?["']?\s*[=:]\s*\\?["']?)[^&"'\s,}\\]+`,
    String.raw`(?<=://[^\s/:@]*:)[^\s/@]+(?=@)`,
  ].join('|'),
  'gi',
);
/** Field names whose value is a secret whatever it looks like: `botToken`, `client_secret`, `x-api-key`, `set-cookie`... */
const SECRET_KEY =
  /(?:token|secret|password|passwd|api_?key|authorization|cookie|credentials?|private_?key|encryption_?key)$/i;
const REDACTED = '[Redacted]';
const CIRCULAR = '[Circular]';
const TRUNCATED = '[Truncated]';
/** Deep enough for a cause of a cause of an API error's response body; the rest is cut, never walked. */
const MAX_DEPTH = 8;
/** Objects visited per log line: an HTTP client's error can reach whole request and agent objects. */
const MAX_NODES = 500;

export function scrubSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, REDACTED);
}

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.replaceAll('-', '_'));
}

/** One walk over one log line's fields: the objects on the current path (for cycles) and how many were visited. */
interface Walk {
  path: Set<object>;
  nodes: number;
}

/**
 * A copy of a log line's fields that is safe to write: every string scrubbed, every value under a secret-looking
 * name redacted, at any depth and under any field name, and every error (not only `err`) turned into plain data
 * with its cause chain, aggregated errors and own properties (an API error's body and headers) walked the same
 * way. Never throws: a logger that fails on odd input would hide the error being logged.
 */
export function scrubFields(fields: object): Record<string, unknown> {
  return scrubEntries(Object.entries(fields), newWalk(), 0);
}

const newWalk = (): Walk => ({ path: new Set(), nodes: 0 });

function scrubEntries(entries: Iterable<[unknown, unknown]>, walk: Walk, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const name = String(key);
    // Even a null is written as redacted: the line's last scrub would take a bare `"token":null` for a secret.
    out[name] = isSecretKey(name) && value !== undefined ? REDACTED : scrubValue(value, walk, depth + 1);
  }
  return out;
}

function scrubValue(value: unknown, walk: Walk, depth: number): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  if (typeof value !== 'object' || value === null) return value;
  if (walk.path.has(value)) return CIRCULAR;
  if (depth > MAX_DEPTH || ++walk.nodes > MAX_NODES) return TRUNCATED;
  walk.path.add(value);
  try {
    return scrubObject(value, walk, depth);
  } catch {
    return '[Unserializable]';
  } finally {
    walk.path.delete(value);
  }
}

function scrubObject(value: object, walk: Walk, depth: number): unknown {
  if (value instanceof Error) return scrubError(value, walk, depth);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, walk, depth + 1));
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  // Sockets, requests and agents hang off HTTP errors: huge, and nothing in them explains the failure.
  if (value instanceof EventEmitter) return `[${value.constructor.name}]`;
  // Headers and Map: JSON.stringify would write `{}` and hide them, walking their entries keeps names checked.
  if (value instanceof Map || value instanceof Headers) return scrubEntries(value.entries(), walk, depth);
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return scrubValue(toJSON.call(value), walk, depth + 1);
  return scrubEntries(Object.entries(value), walk, depth);
}

/**
 * Like pino's own error serializer (type, message, stack, then the error's own fields), except that the cause and
 * aggregated errors stay nested objects, walked like everything else, instead of being glued onto the message.
 */
function scrubError(error: Error, walk: Walk, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: error.constructor?.name || error.name,
    message: scrubSecrets(String(error.message)),
    stack: typeof error.stack === 'string' ? scrubSecrets(error.stack) : undefined,
  };
  const own = scrubEntries(Object.entries(error), walk, depth);
  for (const [key, value] of Object.entries(own)) if (!(key in out)) out[key] = value;
  if (error.cause !== undefined) out.cause = scrubValue(error.cause, walk, depth + 1);
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors)) out.errors = scrubValue(errors, walk, depth + 1);
  return out;
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'journey-bot' },
      // Every field of every line (and of a child's bindings) is scrubbed here, errors under any name included.
      formatters: { log: scrubFields, bindings: scrubFields },
      // The log formatter runs first and has made errors plain data already; pino's own serializer would take
      // that for an error again and glue the nested causes back onto the message.
      serializers: { err: (value: unknown) => value },
      hooks: {
        // The last look at the finished line catches what no field holds: a message pino took from an error's
        // own message (`log.error(err)`), or text interpolated into the message.
        streamWrite: scrubSecrets,
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
        .map((part) => (typeof part === 'string' ? part : safeJson(scrubValue(part, newWalk(), 0))))
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
