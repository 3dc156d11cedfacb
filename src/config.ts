import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function prefixed(prefix: string, what: string) {
  return z
    .string({ error: 'is required' })
    .trim()
    .startsWith(prefix, { message: `must be ${what} starting with "${prefix}"` });
}

const urlWithSlash = z
  .url({ message: 'must be a URL such as https://slack.com/api/' })
  .transform((url) => (url.endsWith('/') ? url : `${url}/`));

const storeUrl = z
  .string()
  .trim()
  .regex(/^(sqlite|redis|rediss|postgres|postgresql):\/\/.+/, {
    message: 'must start with sqlite://, redis://, rediss:// or postgres://',
  });

const OAUTH_KEYS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
const MIN_KEY_LENGTH = 32;

const secret = z.string().trim().min(1, { message: 'is required' });

const fields = z.object({
  SLACK_BOT_TOKEN: prefixed('xoxb-', 'a bot token').optional(),
  SLACK_SIGNING_SECRET: z.string({ error: 'is required' }).trim().min(1, { message: 'is required' }),
  SLACK_APP_TOKEN: prefixed('xapp-', 'an app-level token').optional(),
  SLACK_CLIENT_ID: secret.optional(),
  SLACK_CLIENT_SECRET: secret.optional(),
  SLACK_STATE_SECRET: secret.optional(),
  INSTALLATION_ENCRYPTION_KEY: z
    .string()
    .trim()
    .min(MIN_KEY_LENGTH, { message: `must be at least ${MIN_KEY_LENGTH} characters (a long random string)` })
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_API_URL: urlWithSlash.optional(),
  STORE_URL: storeUrl.default('sqlite://./data/journey.sqlite'),
  OPENAI_API_KEY: z.string().trim().optional(),
  OPENAI_BASE_URL: z.url({ message: 'must be a URL' }).optional(),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  CACHE_MEGABYTES: z.coerce.number().int().min(0).max(65_536).default(48),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

/** Every key the app reads; .env.example and the README document each one. */
export const SETTING_KEYS = Object.keys(fields.shape);

/** One workspace with SLACK_BOT_TOKEN, or any number through the OAuth install, whose settings go together. */
const schema = fields.superRefine((env, ctx) => {
  const oauth = OAUTH_KEYS.some((key) => env[key] !== undefined);
  if (!oauth) {
    if (env.SLACK_BOT_TOKEN === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: `is required (or set ${OAUTH_KEYS.join(', ')} for the multi-workspace install)`,
      });
    }
    return;
  }
  const present = OAUTH_KEYS.filter((key) => env[key] !== undefined);
  const because = `${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set (multi-workspace install)`;
  for (const key of [...OAUTH_KEYS, 'INSTALLATION_ENCRYPTION_KEY'] as const) {
    if (env[key] === undefined)
      ctx.addIssue({ code: 'custom', path: [key], message: `is required because ${because}` });
  }
});

export type LogLevel = (typeof LOG_LEVELS)[number];

/** The multi-workspace install: Bolt's OAuth flow, installations sealed in the store with `installationKey`. */
export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  installationKey: string;
}

export interface Config {
  slack: {
    /** Single-workspace mode only; with `oauth` each workspace's token comes from its installation. */
    botToken?: string;
    signingSecret: string;
    appToken?: string;
    apiUrl?: string;
    oauth?: OAuthConfig;
  };
  port: number;
  storeUrl: string;
  openai?: { apiKey: string; baseUrl?: string; model: string };
  logLevel: LogLevel;
  /** How long a request being worked on stays with its process without a sign of life before another takes it. */
  outboxLeaseMs: number;
  /** How much memory the maps read last may keep in this process. */
  cacheBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The only reader of the environment. A bad key stops start-up with one line that names the key and
 * why, never its value (values are secrets).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty line in .env (`SLACK_APP_TOKEN=`) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value?.trim()));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')} (see .env.example)`);
  }
  const e = parsed.data;
  const oauth =
    e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && e.INSTALLATION_ENCRYPTION_KEY
      ? {
          clientId: e.SLACK_CLIENT_ID,
          clientSecret: e.SLACK_CLIENT_SECRET,
          stateSecret: e.SLACK_STATE_SECRET,
          installationKey: e.INSTALLATION_ENCRYPTION_KEY,
        }
      : undefined;
  return {
    slack: {
      botToken: oauth ? undefined : e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      oauth,
    },
    port: e.PORT,
    storeUrl: e.STORE_URL,
    openai: e.OPENAI_API_KEY
      ? { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL }
      : undefined,
    logLevel: e.LOG_LEVEL,
    outboxLeaseMs: e.OUTBOX_LEASE_SECONDS * 1000,
    cacheBytes: e.CACHE_MEGABYTES * 1024 * 1024,
  };
}
