/**
 * The rules over a large import's lines, run after the commit on two threads (the built program, with
 * dist/checks-worker.cjs), give the findings, the order and the counts that the same rules give inside
 * the transaction on one thread (a dry run, or --strict).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { collectFindingsInParallel } from '../../src/core/checks/parallel.js';
import { collectFindingsForLines } from '../../src/core/checks/run.js';
import { openRegistry } from '../../src/core/db.js';
import { BIN, ROOT } from '../trust/helpers.js';
import { registryTarget, TEST_ENGINE } from '../pg/engine.js';

const tdkt = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, '--db', registryTarget(db), '--actor', 'tester', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TDKT_LANG: process.env.TDKT_LANG ?? 'en' } });

/** LDTT 2021 for 1,500 people in 150 units: more than one group of recipients, 1,500 findings (no ratings recorded). */
function annex(): string {
  const rows = ['decision_number,decision_date,issuing_body,body_level,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no'];
  for (let i = 1; i <= 1500; i++) {
    rows.push(`07/QĐ-UBND,2022-01-12,UBND huyện Tiên Lãng,district,LDTT,cá nhân,Người thứ ${i},Trường số ${i % 150} Tiên Lãng,2021,${i}`);
  }
  return rows.join('\n') + '\n';
}

describe('tdkt import: the rules on two threads after the commit', () => {
  it('report what the rules inside the transaction report, in the same order', () => {
    const dir = tempDir();
    const file = join(dir, 'annex.csv');
    writeFileSync(file, annex());
    const db = join(dir, 'r.sqlite');
    expect(tdkt(db, 'init').status).toBe(0);
    const dry = tdkt(db, 'import', file, '--dry-run', '--json');
    const real = tdkt(db, 'import', file, '--json');
    expect(real.status, real.stderr).toBe(0);
    const findings = (stderr: string) => stderr.split('\n').filter((l) => !/^(Dry run|Imported)/.test(l));
    expect(findings(real.stderr)).toEqual(findings(dry.stderr));
    // The first twenty (each with its hint), then how many more and of which severity.
    expect(findings(real.stderr)).toHaveLength(2 * 20 + 2);
    expect(findings(real.stderr)[0]).toBe('missing evidence: LDTT 2021 for Người thứ 1: no rating recorded for 2021 [ldtt-criteria; Art. 24, Law 15/2003/QH11]');
    expect(real.stderr).toContain('… and 1,480 more: 1,500 findings in all (0 errors, 0 warnings, 1,500 missing evidence); tdkt check lists them all\n');
    expect(JSON.parse(real.stdout).findings).toEqual({ error: 0, warning: 0, missing: 1500 });
    expect(JSON.parse(dry.stdout).findings).toEqual({ error: 0, warning: 0, missing: 1500 });
    expect(tdkt(db, '--read-only', 'audit', 'verify').status).toBe(0);
  });
});

describe('collectFindingsInParallel', () => {
  // The worker opens the SQLite file itself; on PostgreSQL an import judges its lines on its SQLite stage.
  it.skipIf(TEST_ENGINE === 'postgres')('equals collectFindingsForLines, and fails (rather than guess) when its worker does', async () => {
    const dir = tempDir();
    const file = join(dir, 'annex.csv');
    writeFileSync(file, annex());
    const db = join(dir, 'r.sqlite');
    expect(tdkt(db, 'init').status).toBe(0);
    expect(tdkt(db, 'import', file).status).toBe(0);
    const reg = await openRegistry(registryTarget(db), { readOnly: true });
    try {
      const from = 1;
      const script = join(ROOT, 'dist', 'checks-worker.cjs');
      const one = await collectFindingsForLines(reg.db, { from }, { max: 700 });
      let share = { here: 0, worker: 0 };
      const two = await collectFindingsInParallel(reg.db, db, from, { max: 700, script, onShare: (s) => (share = s) });
      expect(two).toEqual(one);
      // Three groups of recipients (150 units of 10): the worker judged at least the one it started with.
      expect(share.here + share.worker).toBe(3);
      expect(share.worker).toBeGreaterThanOrEqual(1);
      expect(two.total).toBe(1500);
      expect(two.findings).toHaveLength(700);
      const broken = join(dir, 'broken.cjs');
      writeFileSync(broken, "require('node:worker_threads').parentPort.postMessage({ t: 'error', message: 'no registry here' });");
      await expect(collectFindingsInParallel(reg.db, db, from, { max: 700, script: broken })).rejects.toThrow('no registry here');
    } finally {
      await reg.close();
    }
  });
});
