/**
 * Many clerks writing at once to one registry on PostgreSQL: 8 processes × 100 award lines, each line its
 * own transaction. Every line is there once, and the audit chain verifies (writers queue on the
 * advisory lock before reading the chain's head, so it never forks).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import { loadFixture } from '../../src/core/fixture.js';
import { fixedClock, runCli } from '../helpers.js';
import { batchFixture } from '../trust/batch.js';
import { ROOT } from '../trust/helpers.js';
import { freshPgDatabase, PG_ADMIN } from './engine.js';

const WRITERS = 8;
const EACH = 100;

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(!PG_ADMIN)('concurrent writers on PostgreSQL', () => {
  it(`${WRITERS} processes × ${EACH} award lines, at once`, { timeout: 300_000 }, async () => {
    const db = freshPgDatabase('cc');
    const setup = await openRegistry(db, { clock: fixedClock, actor: 'tester' });
    // Two people a writer: 50 years each, within the years a period may name.
    const fixture = batchFixture('cc', WRITERS * 2);
    fixture.decisions![0].lines = [];
    await loadFixture(setup, fixture);
    await setup.close();
    const pad = (i: number) => String(i + 1).padStart(4, '0');

    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) => run([join(ROOT, 'test/trust/many-writes.mjs'), db, 'qd-cc', `cc-p${pad(2 * w)},cc-p${pad(2 * w + 1)}`, '1950', String(EACH)])),
    );
    for (const r of results) expect(r).toEqual({ code: 0, stderr: '' });

    const reg = await openRegistry(db, { readOnly: true });
    try {
      const lines = await reg.db
        .selectFrom('award')
        .innerJoin('recipient', 'recipient.id', 'award.recipient_id')
        .select(['recipient.ref', 'award.period_from'])
        .execute();
      expect(lines).toHaveLength(WRITERS * EACH);
      // Every (writer, year) once.
      expect(new Set(lines.map((l) => `${l.ref} ${l.period_from}`)).size).toBe(WRITERS * EACH);
      const events = await reg.db.selectFrom('audit_event').select('id').where('entity', '=', 'award').where('action', '=', 'create').execute();
      expect(events).toHaveLength(WRITERS * EACH);
    } finally {
      await reg.close();
    }
    const verify = await runCli(['--read-only', 'audit', 'verify'], { db });
    expect(verify.stderr).toMatch(/^Verified \d+ audit events/);
    expect(verify.code).toBe(0);
  });
});
