/**
 * Several clerks' processes writing at once: every write succeeds (BEGIN IMMEDIATE queues writers on the
 * busy timeout), every row is there, and the audit chain verifies. Runs the built CLI and library.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import { loadFixture } from '../../src/core/fixture.js';
import { fixedClock, runCli, tempDir } from '../helpers.js';
import { batchFixture } from './batch.js';
import { BIN, count, integrity, ROOT } from './helpers.js';

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TDKT_ACTOR: 'clerk' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

const PROCESSES = 6;
const AWARDS_EACH = 4;
const LIBRARY_WRITERS = 4;
const LIBRARY_AWARDS_EACH = 30;

describe('concurrent writers', () => {
  it(`${PROCESSES} tdkt processes × ${AWARDS_EACH} award add, and ${LIBRARY_WRITERS} library writers × ${LIBRARY_AWARDS_EACH}, at once`, { timeout: 120_000 }, async () => {
    const db = join(tempDir(), 'shared.sqlite');
    const setup = await openRegistry(db, { clock: fixedClock, actor: 'tester' });
    const people = PROCESSES * AWARDS_EACH;
    const fixture = batchFixture('cc', people);
    fixture.decisions![0].lines = [];
    await loadFixture(setup, fixture);
    await setup.close();
    const pad = (i: number) => String(i + 1).padStart(4, '0');

    const clerk = async (w: number) => {
      const results = [];
      for (let j = 0; j < AWARDS_EACH; j++) {
        const k = w * AWARDS_EACH + j;
        results.push(await run([BIN, '--db', db, 'award', 'add', '-d', 'qd-cc', '-r', `cc-p${pad(k)}`, '-t', 'GK', '-p', '2021', '--line', String(k + 1)]));
      }
      return results;
    };
    const library = (w: number) => run([join(ROOT, 'test/trust/many-writes.mjs'), db, 'qd-cc', `cc-p${pad(w)}`, '1950', String(LIBRARY_AWARDS_EACH)]);

    const [clerks, writers] = await Promise.all([
      Promise.all(Array.from({ length: PROCESSES }, (_, w) => clerk(w))),
      Promise.all(Array.from({ length: LIBRARY_WRITERS }, (_, w) => library(w))),
    ]);
    for (const r of [...clerks.flat(), ...writers]) expect(r).toEqual({ code: 0, stderr: expect.not.stringMatching(/locked|busy|tdkt:/) });

    const total = people + LIBRARY_WRITERS * LIBRARY_AWARDS_EACH;
    expect(count(db, 'SELECT count(*) FROM award;')).toBe(total);
    expect(count(db, 'SELECT count(DISTINCT line_no) FROM award WHERE line_no IS NOT NULL;')).toBe(people);
    expect(count(db, "SELECT count(*) FROM audit_event WHERE entity = 'award' AND action = 'create';")).toBe(total);
    expect(integrity(db)).toBe('ok');
    const verify = await runCli(['--read-only', 'audit', 'verify'], { db });
    expect(verify.code).toBe(0);
    expect(verify.stderr).toMatch(new RegExp(`^Verified ${count(db, 'SELECT count(*) FROM audit_event;')} audit events`));
  });
});
