import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openRegistry, type Registry } from '../src/core/db.js';

/** A fixed clock: tests never read the real time. */
export const FIXED_NOW = new Date('2026-03-01T08:00:00.000Z');
export const fixedClock = () => FIXED_NOW;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'tdkt-test-'));
  dirs.push(d);
  return d;
}

/** A new registry FILE in a temporary directory. */
export async function tempRegistry(): Promise<Registry> {
  return openRegistry(join(tempDir(), 'registry.sqlite'), { clock: fixedClock, actor: 'tester' });
}
