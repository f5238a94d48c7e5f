import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openRegistry, type Registry } from '../src/core/db.js';
import { copyRegistryTarget, registryTarget, TEST_ENGINE } from './pg/engine.js';
// @ts-expect-error a plain script of the repository, without types
import { pgBin } from '../scripts/pg-cluster.mjs';

/** A fixed clock: tests never read the real time. */
export const FIXED_NOW = new Date('2026-03-01T08:00:00.000Z');
export const fixedClock = () => FIXED_NOW;

const testDirs: string[] = [];
const fileDirs: string[] = [];
afterEach(() => {
  for (const d of testDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
process.on('exit', () => {
  for (const d of fileDirs) rmSync(d, { recursive: true, force: true });
});

/**
 * A fresh temporary directory, removed after the test; with `forFile`, kept until the test file ends
 * (for registries built once in beforeAll).
 */
export function tempDir(opts: { forFile?: boolean } = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'tdkt-test-'));
  (opts.forFile ? fileDirs : testDirs).push(d);
  return d;
}

/** A new registry FILE in a temporary directory. */
export async function tempRegistry(): Promise<Registry> {
  return openRegistry(registryTarget(join(tempDir(), 'registry.sqlite')), { clock: fixedClock, actor: 'tester' });
}

import { main } from '../src/cli/main.js';
import { bufferIO, type BufferOptions } from '../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs tdkt in-process against `db` with a fixed clock; never a TTY unless asked. */
export async function runCli(argv: string[], opts: BufferOptions & { db?: string } = {}): Promise<CliResult> {
  const { db, ...io } = opts;
  const buf = bufferIO({ clock: fixedClock, ...io, env: { TDKT_ACTOR: 'tester', TDKT_LANG: process.env.TDKT_LANG, ...(io.env ?? {}) } });
  const code = await main(db ? ['--db', registryTarget(db), ...argv] : argv, buf);
  return { code, stdout: buf.out(), stderr: buf.err() };
}

/**
 * A demo registry file: the seed ceremony and its illustrative history (`history: false` for the seed
 * alone); `forFile` keeps it for the whole test file.
 */
export async function demoRegistryFile(opts: { forFile?: boolean; history?: boolean } = {}): Promise<string> {
  const { buildDemo } = await import('../src/core/demo.js');
  const path = join(tempDir(opts), 'demo.sqlite');
  const reg = await buildDemo(registryTarget(path), { clock: fixedClock, actor: 'tester', history: opts.history });
  await reg.close();
  return path;
}

/**
 * A digest of everything the registry `path` holds, to show that a refused command wrote nothing: the
 * file's bytes on SQLite; on PostgreSQL, the data of its database as pg_dump prints it (every row, and
 * where each id sequence stands).
 */
export function registryDigest(path: string): string {
  const hash = createHash('sha256');
  if (TEST_ENGINE === 'sqlite') return hash.update(readFileSync(path)).digest('hex');
  const dump = execFileSync(pgBin('pg_dump') ?? 'pg_dump', ['--data-only', '--no-owner', registryTarget(path)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  // Without the random key of pg_dump's \restrict lines, which differs on every run.
  return hash.update(dump.replace(/^\\(un)?restrict .*$/gm, '')).digest('hex');
}

/** Copies the registry `from` (closed) to the new path `to`: its file, or on PostgreSQL its database. */
export function copyRegistry(from: string, to: string): void {
  if (TEST_ENGINE === 'sqlite') copyFileSync(from, to);
  else copyRegistryTarget(from, to);
}
