import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTING_KEYS } from '../src/config.ts';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-secret', SLACK_SIGNING_SECRET: 'shh-signing' };
const oauth = {
  SLACK_SIGNING_SECRET: 'shh-signing',
  SLACK_CLIENT_ID: '1234567890.0987654321',
  SLACK_CLIENT_SECRET: 'client-secret-value',
  SLACK_STATE_SECRET: 'state-secret-value',
  INSTALLATION_ENCRYPTION_KEY: 'k'.repeat(32),
};

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      port: 3000,
      storeUrl: 'sqlite://./data/journey.sqlite',
      logLevel: 'info',
      openai: undefined,
      slack: { botToken: 'xoxb-1-secret', appToken: undefined, apiUrl: undefined },
    });
  });

  it('treats empty lines from .env as unset', () => {
    const config = loadConfig({ ...valid, SLACK_APP_TOKEN: '', OPENAI_API_KEY: ' ', PORT: '' });
    expect(config.slack.appToken).toBeUndefined();
    expect(config.openai).toBeUndefined();
    expect(config.port).toBe(3000);
  });

  it('reads every setting', () => {
    const config = loadConfig({
      ...valid,
      SLACK_APP_TOKEN: 'xapp-1-abc',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      STORE_URL: 'postgres://u@db:5432/journey',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1',
      OPENAI_MODEL: 'local-model',
      LOG_LEVEL: 'debug',
      OUTBOX_LEASE_SECONDS: '30',
      CACHE_MEGABYTES: '16',
    });
    expect(config).toEqual({
      slack: {
        botToken: 'xoxb-1-secret',
        signingSecret: 'shh-signing',
        appToken: 'xapp-1-abc',
        apiUrl: 'http://127.0.0.1:9999/api/',
      },
      port: 8080,
      storeUrl: 'postgres://u@db:5432/journey',
      openai: { apiKey: 'sk-test', baseUrl: 'http://127.0.0.1:8000/v1', model: 'local-model' },
      logLevel: 'debug',
      outboxLeaseMs: 30_000,
      cacheBytes: 16 * 1024 * 1024,
    });
  });

  it('switches to the multi-workspace install when the OAuth settings are there, without a bot token', () => {
    const config = loadConfig(oauth);
    expect(config.slack.oauth).toEqual({
      clientId: '1234567890.0987654321',
      clientSecret: 'client-secret-value',
      stateSecret: 'state-secret-value',
      installationKey: 'k'.repeat(32),
    });
    expect(config.slack.botToken).toBeUndefined();
  });

  it('does not use a bot token left in .env once the OAuth install is on', () => {
    expect(loadConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-old' }).slack.botToken).toBeUndefined();
    expect(loadConfig(valid).slack.oauth).toBeUndefined();
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: 'x' }, 'SLACK_BOT_TOKEN is required (or set SLACK_CLIENT_ID'],
    [{ ...oauth, INSTALLATION_ENCRYPTION_KEY: '' }, 'INSTALLATION_ENCRYPTION_KEY is required because SLACK_CLIENT_ID'],
    [{ ...oauth, INSTALLATION_ENCRYPTION_KEY: 'short-but-secret' }, 'at least 32 characters'],
    [
      { ...oauth, SLACK_STATE_SECRET: ' ' },
      'SLACK_STATE_SECRET is required because SLACK_CLIENT_ID, SLACK_CLIENT_SECRET',
    ],
    [
      { ...valid, SLACK_CLIENT_ID: '1234567890.0987654321' },
      'SLACK_CLIENT_SECRET is required because SLACK_CLIENT_ID is set',
    ],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is required'],
    [{ ...valid, SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"'],
    [{ ...valid, SLACK_APP_TOKEN: 'nope' }, 'SLACK_APP_TOKEN must be an app-level token'],
    [{ ...valid, PORT: 'eighty' }, 'PORT'],
    [{ ...valid, STORE_URL: 'mysql://db' }, 'STORE_URL must start with sqlite://'],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ ...valid, SLACK_API_URL: 'not a url' }, 'SLACK_API_URL must be a URL'],
  ])('stops with one readable line for %j', (env, expected) => {
    const error = (() => {
      try {
        loadConfig(env);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(expected);
    expect(message).not.toContain('\n');
    for (const value of Object.values(env)) if (value.length > 6) expect(message).not.toContain(value);
  });

  it('documents every setting in .env.example and the README', () => {
    const envExample = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(SETTING_KEYS).toContain('INSTALLATION_ENCRYPTION_KEY');
    for (const key of SETTING_KEYS) {
      expect(envExample, key).toMatch(new RegExp(`^${key}=`, 'm'));
      expect(readme, key).toContain(`\`${key}\``);
    }
  });
});
