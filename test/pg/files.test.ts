/** The lists of test/pg/files.ts name files that exist: a renamed test cannot drop out of the PostgreSQL run unseen. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINES_OWN, NO_REGISTRY, SQLITE_ONLY } from './files.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the files left out of the PostgreSQL run', () => {
  it('exist, each with its reason', () => {
    const named = [...Object.keys(SQLITE_ONLY), ...NO_REGISTRY, ...ENGINES_OWN.filter((f) => !f.includes('*'))];
    expect(named.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
    expect(Object.values(SQLITE_ONLY).every((why) => why.length > 20)).toBe(true);
  });
});
