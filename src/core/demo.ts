/**
 * The demo registry: the Lê Chân conference of 17 January 2022 (docs/domain.md §8) in a file of its own, and
 * an illustrative history of the years before it (titles, ratings, initiatives, member counts) so that
 * the rules and the nomination lists have something to work on. Nothing of the history is presented at
 * the conference.
 */
import { existsSync, rmSync } from 'node:fs';
import seed from '../../fixtures/le-chan-2022.json' with { type: 'json' };
import history from '../../fixtures/le-chan-history.json' with { type: 'json' };
import { openRegistry, type OpenOptions, type Registry } from './db.js';
import { TdktError } from './errors.js';
import { isPostgresUrl } from './paths.js';
import { loadFixture, type Fixture } from './fixture.js';
import { DEMO } from '../i18n/messages/core-records-registry.js';

export const DEMO_CEREMONY = 'le-chan-2022';
export const seedFixture = seed as unknown as Fixture;
export const historyFixture = history as unknown as Fixture;

/** Is the file at `path` a demo registry (so that rebuilding it loses nothing of a clerk's)? */
async function isDemoRegistry(path: string): Promise<boolean> {
  try {
    // As it is: a demo made by an older tdkt (an older schema) is still a demo, to be rebuilt.
    const reg = await openRegistry(path, { readOnly: true, asIs: true });
    try {
      const first = await reg.db.selectFrom('audit_event').select('command').where('command', '<>', 'init').orderBy('id').limit(1).executeTakeFirst();
      const other = await reg.db.selectFrom('audit_event').select('id').where('command', 'not in', ['init', 'demo']).limit(1).executeTakeFirst();
      return first?.command === 'demo' && !other;
    } finally {
      await reg.close();
    }
  } catch {
    return false;
  }
}

/**
 * (Re)builds the demo registry at `path` and returns it open. Refuses to replace a file that is not a
 * demo registry. Writes the file; one transaction for the data.
 */
export async function buildDemo(path: string, opts: OpenOptions & { history?: boolean } = {}): Promise<Registry> {
  if (isPostgresUrl(path)) {
    const { emptyDemoDatabase } = await import('./postgres.js');
    await emptyDemoDatabase(path, isDemoRegistry);
  } else if (existsSync(path)) {
    if (!(await isDemoRegistry(path))) {
      throw new TdktError('conflict', DEMO.notADemo(path), { hint: DEMO.notADemoHint() });
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  const reg = await openRegistry(path, { ...opts, command: 'demo' });
  await loadFixture(reg, seedFixture);
  if (opts.history !== false) await loadFixture(reg, historyFixture);
  return reg;
}
