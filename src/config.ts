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

const schema = z.object({
  SLACK_BOT_TOKEN: prefixed('xoxb-', 'a bot token'),
  SLACK_SIGNING_SECRET: z.string({ error: 'is required' }).trim().min(1, { message: 'is required' }),
  SLACK_APP_TOKEN: prefixed('xapp-', 'an app-level token').optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_API_URL: urlWithSlash.optional(),
  STORE_URL: storeUrl.default('sqlite://./data/journey.sqlite'),
  OPENAI_API_KEY: z.string().trim().optional(),
  OPENAI_BASE_URL: z.url({ message: 'must be a URL' }).optional(),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  slack: {
    botToken: string;
    signingSecret: string;
    appToken?: string;
    apiUrl?: string;
  };
  port: number;
  storeUrl: string;
  openai?: { apiKey: string; baseUrl?: string; model: string };
  logLevel: LogLevel;
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
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim()));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')} (see .env.example)`);
  }
  const e = parsed.data;
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    },
    port: e.PORT,
    storeUrl: e.STORE_URL,
    openai: e.OPENAI_API_KEY
      ? { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL }
      : undefined,
    logLevel: e.LOG_LEVEL,
  };
}
