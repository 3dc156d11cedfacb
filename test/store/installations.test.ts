import type { Installation } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../src/store/backend.ts';
import { createSealer, SealedRecordError, type Sealer } from '../../src/store/encryption.ts';
import { InstallationRepository } from '../../src/store/installations.ts';
import { backendCases } from '../support/backends.ts';
import { newId, uniqueTeamId } from '../support/factories.ts';

const KEY = 'installation-key-for-tests-0123456789abcdef';

function teamInstall(teamId: string, overrides: Partial<Installation<'v2', false>> = {}): Installation<'v2', false> {
  return {
    team: { id: teamId, name: `Acme Secret Workspace ${teamId}` },
    enterprise: undefined,
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token: `xoxb-${newId()}`, scopes: ['chat:write', 'commands'], id: 'B0BOT', userId: 'U0BOT' },
    appId: 'A0JOURNEY',
    tokenType: 'bot',
    isEnterpriseInstall: false,
    authVersion: 'v2',
    ...overrides,
  };
}

function orgInstall(enterpriseId: string): Installation<'v2', true> {
  return {
    team: undefined,
    enterprise: { id: enterpriseId, name: 'Globex Holdings' },
    user: { id: 'W0ADMIN', token: undefined, scopes: undefined },
    bot: { token: `xoxb-${newId()}`, scopes: ['chat:write'], id: 'B0ORG', userId: 'U0ORGBOT' },
    appId: 'A0JOURNEY',
    enterpriseUrl: 'https://globex.enterprise.slack.com/',
    isEnterpriseInstall: true,
    authVersion: 'v2',
  };
}

const teamQuery = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false as const });

const cases = await backendCases();
let sealer: Sealer;
let wrongKey: Sealer;

beforeAll(async () => {
  [sealer, wrongKey] = await Promise.all([createSealer(KEY), createSealer(`${KEY}-but-another`)]);
});

describe.each(cases)('installation store on $name', ({ url, available }) => {
  let backend: Backend;
  let installations: InstallationRepository;

  beforeAll(async () => {
    if (!available) return;
    backend = await openBackend(url());
    installations = new InstallationRepository(backend, sealer);
  });
  afterAll(async () => {
    await backend?.close();
  });

  it.skipIf(!available)('gives back exactly what the OAuth flow stored, for that workspace only', async () => {
    const [a, b] = [uniqueTeamId(), uniqueTeamId()];
    const [installA, installB] = [teamInstall(a), teamInstall(b)];
    await installations.storeInstallation(installA);
    await installations.storeInstallation(installB);
    expect(await installations.fetchInstallation(teamQuery(a))).toEqual(installA);
    expect(await installations.fetchInstallation(teamQuery(b))).toEqual(installB);
  });

  it.skipIf(!available)('keeps neither the token nor the workspace name in clear', async () => {
    const teamId = uniqueTeamId();
    const install = teamInstall(teamId);
    await installations.storeInstallation(install);
    const raw = await backend.records.get(`installation:team:${teamId}`);
    expect(typeof raw).toBe('string');
    expect(raw).toMatch(/^v1\./);
    expect(raw).not.toContain(install.bot!.token);
    expect(raw).not.toContain('xoxb-');
    expect(raw).not.toContain('Acme Secret Workspace');
  });

  it.skipIf(!available)('fails clearly with another key, never returning a garbled token', async () => {
    const teamId = uniqueTeamId();
    await installations.storeInstallation(teamInstall(teamId));
    const withWrongKey = new InstallationRepository(backend, wrongKey);
    const failure = withWrongKey.fetchInstallation(teamQuery(teamId));
    await expect(failure).rejects.toThrow(SealedRecordError);
    await expect(failure).rejects.toThrow(
      `installation of team ${teamId}: cannot decrypt: INSTALLATION_ENCRYPTION_KEY is not the key`,
    );
  });

  it.skipIf(!available)("will not open one workspace's record copied under another's key", async () => {
    const [victim, attacker] = [uniqueTeamId(), uniqueTeamId()];
    await installations.storeInstallation(teamInstall(victim));
    const sealed = await backend.records.get(`installation:team:${victim}`);
    await backend.records.set(`installation:team:${attacker}`, sealed);
    await expect(installations.fetchInstallation(teamQuery(attacker))).rejects.toThrow(SealedRecordError);
  });

  it.skipIf(!available)('finds an org-wide install by its enterprise id, from any of its workspaces', async () => {
    const enterpriseId = `E${newId()}`;
    const install = orgInstall(enterpriseId);
    await installations.storeInstallation(install);
    for (const teamId of [uniqueTeamId(), uniqueTeamId()]) {
      expect(await installations.fetchInstallation({ teamId, enterpriseId, isEnterpriseInstall: true })).toEqual(
        install,
      );
    }
    const raw = await backend.records.get(`installation:enterprise:${enterpriseId}`);
    expect(raw).not.toContain('Globex');
    await expect(installations.fetchInstallation(teamQuery(enterpriseId))).rejects.toThrow('not installed');
  });

  it.skipIf(!available)('replaces an installation on reinstall and forgets it on delete', async () => {
    const teamId = uniqueTeamId();
    await installations.storeInstallation(teamInstall(teamId));
    const reinstalled = teamInstall(teamId);
    await installations.storeInstallation(reinstalled);
    expect((await installations.fetchInstallation(teamQuery(teamId))).bot?.token).toBe(reinstalled.bot!.token);

    await installations.deleteInstallation(teamQuery(teamId));
    expect(await installations.find(teamQuery(teamId))).toBeUndefined();
    await expect(installations.fetchInstallation(teamQuery(teamId))).rejects.toThrow(
      `Journey Bot is not installed in team ${teamId}`,
    );
  });

  it.skipIf(!available)('deletes an org-wide install by its enterprise id and leaves workspaces alone', async () => {
    const enterpriseId = `E${newId()}`;
    const teamId = uniqueTeamId();
    await installations.storeInstallation(orgInstall(enterpriseId));
    await installations.storeInstallation(teamInstall(teamId));
    await installations.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall: true });
    expect(await installations.find({ enterpriseId, isEnterpriseInstall: true })).toBeUndefined();
    expect(await installations.find(teamQuery(teamId))).toBeDefined();
  });
});
