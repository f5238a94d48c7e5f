import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';

let db: string;
beforeAll(async () => {
  db = await demoRegistryFile({ forFile: true });
});

const complete = async (...words: string[]) => {
  const r = await runCli(['__complete', '--', ...words], { env: { TDKT_DB: registryTarget(db) } });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
};

describe('shell completion', () => {
  it('prints a script for each shell, and refuses another', async () => {
    for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
      const r = await runCli(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('tdkt __complete --');
    }
    expect(await runCli(['completion', 'tcsh'])).toEqual({ code: 2, stdout: '', stderr: 'tdkt: no completion for "tcsh": choose one of bash, zsh, fish, powershell\nRun with --help for usage.\n' });
  });

  it('completes commands, subcommands and options', async () => {
    expect(await complete('ro')).toEqual(['roster']);
    expect(await complete('award', 're')).toEqual(['revoke', 'reinstate']);
    expect(await complete('ceremony', '')).toEqual(['add', 'list', 'show', 'present', 'script', 'edit', 'move', 'withdraw']);
    expect(await complete('roster', '--inc')).toEqual(['--include-revoked']);
    expect(await complete('award', 'add', '--kind', '')).toEqual(['regular', 'sudden', 'movement', 'service', 'seniority', 'foreign']);
  });

  it('completes references from the registry: ceremonies, recipients, decisions, award types', async () => {
    expect(await complete('roster', 'le')).toEqual(['le-chan-2022']);
    expect(await complete('history', 'truong-thcs')).toEqual(['truong-thcs-ngo-quyen', 'truong-thcs-tran-phu']);
    expect(await complete('award', 'add', '--decision', '05/')).toEqual(['05/QĐ-UBND']);
    expect(await complete('award', 'add', '-t', 'BK_')).toEqual(['BK_TTG', 'BK_BT']);
  });

  it('never creates a registry', async () => {
    const missing = join(tempDir(), 'none.sqlite');
    const r = await runCli(['__complete', '--', 'roster', ''], { env: { TDKT_DB: missing } });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(missing)).toBe(false);
  });
});
