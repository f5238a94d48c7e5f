/** Helpers of the trust tests: demo copies, file states, the plain sqlite3 shell, child processes. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';
import { copyRegistry, fixedClock, registryDigest, runCli, tempDir } from '../helpers.js';
import { psql, registryTarget, TEST_ENGINE } from '../pg/engine.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'tdkt.js');

let template: string | undefined;
let templateDir: string | undefined;
afterAll(() => {
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
});

/**
 * A copy of the demo registry (built once per test file) in a fresh temporary directory; `forFile`
 * keeps it for the whole test file (for copies made in beforeAll).
 */
export async function demoCopy(opts: { forFile?: boolean } = {}): Promise<string> {
  if (!template) {
    const { buildDemo } = await import('../../src/core/demo.js');
    templateDir = mkdtempSync(join(tmpdir(), 'tdkt-demo-'));
    template = join(templateDir, 'demo.sqlite');
    // The seed ceremony alone: these tests name its lines and count its events.
    const reg = await buildDemo(registryTarget(template), { clock: fixedClock, actor: 'tester', history: false });
    await reg.close();
  }
  const dest = join(tempDir(opts), 'registry.sqlite');
  copyRegistry(template, dest);
  return dest;
}

export interface FileState {
  sha256: string;
  wal: boolean;
  shm: boolean;
}

/** The registry file's bytes (as a hash) and whether -wal and -shm exist beside it; on PostgreSQL, the digest of its data. */
export function fileState(path: string): FileState {
  if (TEST_ENGINE === 'postgres') return { sha256: registryDigest(path), wal: false, shm: false };
  return {
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    wal: existsSync(`${path}-wal`),
    shm: existsSync(`${path}-shm`),
  };
}

/** Runs SQL with the plain sqlite3 shell (psql on PostgreSQL), as someone editing the registry behind tdkt's back would. */
export function sqlite3(db: string, sql: string): string {
  // On PostgreSQL the same person uses psql (unaligned rows, fields separated by |, as the sqlite3 shell prints them).
  if (TEST_ENGINE === 'postgres') return psql(registryTarget(db), sql);
  return execFileSync('sqlite3', [db, sql], { encoding: 'utf8' });
}

/** `PRAGMA integrity_check` through the sqlite3 shell. */
export function integrity(db: string): string {
  return sqlite3(db, 'PRAGMA integrity_check;').trim();
}

export function count(db: string, sql: string): number {
  return Number(sqlite3(db, sql).trim());
}

/** An honorary title (award #63) so that strip has a line to act on. */
export async function addHonoraryTitle(path: string): Promise<void> {
  for (const argv of [
    ['body', 'add', 'Chủ tịch nước', '--level', 'state', '--abbr', 'CTN', '--ref', 'ctn'],
    ['recipient', 'add', 'Trần Thị Bích', '--kind', 'individual', '--ref', 'tran-thi-bich'],
    ['decision', 'add', '1520/QĐ-CTN', '--date', '2021-11-15', '--body', 'ctn'],
    ['award', 'add', '-d', '1520/QĐ-CTN', '-r', 'tran-thi-bich', '-t', 'DHVD_NGUT', '-p', '2021'],
  ]) {
    const r = await runCli(argv, { db: path });
    expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
  }
}

