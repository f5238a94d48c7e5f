/**
 * A CSV read in the parsing worker (the built dist/import-worker.cjs, as `tdkt import` uses it) gives
 * the same import as the file read on the main thread: the same summary, the same registry, the same
 * refusals. The worker is built by `npm run build` (npm test builds first).
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import { importAwards, type ImportAwardsOptions } from '../../src/core/import/importer.js';
import { demoRegistryFile, fixedClock, tempDir } from '../helpers.js';
import { auditProblems, FIXTURES, snapshot } from './support.js';
import { registryTarget } from '../pg/engine.js';

const WORKER = join(import.meta.dirname, '..', '..', 'dist', 'import-worker.cjs');

/** Imports `file` into a fresh copy of the demo registry; returns the summary or the error, and the registry's rows. */
async function importWith(file: string, worker: boolean, opts: Partial<ImportAwardsOptions> = {}) {
  const db = await demoRegistryFile({ history: false });
  const reg = await openRegistry(registryTarget(db), { clock: fixedClock, actor: 'tester' });
  let outcome: unknown;
  try {
    outcome = await importAwards(reg, createReadStream(file), {
      format: 'csv',
      name: 'annex.csv',
      parseWorker: worker ? { path: file, script: WORKER } : undefined,
      ...opts,
    });
  } catch (e) {
    const err = e as Error & { hint?: string; issues?: unknown };
    outcome = { error: err.constructor.name, message: err.message, hint: err.hint, issues: err.issues };
  } finally {
    await reg.close();
  }
  // Each registry's migrations carry the time they ran: compare everything else.
  const rows = (JSON.parse(snapshot(db)) as [string, unknown][]).filter(([t]) => t !== 'schema_migration');
  return { outcome, rows: JSON.stringify(rows), db };
}

describe('tdkt import: parsing in a worker thread', () => {
  it('the worker is built', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  for (const fixture of ['excel-semicolon-bom.csv', 'bad-rows.csv', 'truncated.csv', 'windows-1258.csv', 'utf16.csv', 'empty.csv', 'header-only.csv']) {
    it(`${fixture}: the same outcome and registry as on the main thread`, async () => {
      const file = join(FIXTURES, fixture);
      const inThread = await importWith(file, false);
      const inWorker = await importWith(file, true);
      expect(inWorker.outcome).toEqual(inThread.outcome);
      expect(inWorker.rows).toBe(inThread.rows);
      expect(await auditProblems(inWorker.db)).toEqual([]);
    });
  }

  it('a file of many batches (sep= line, bad rows far apart): same rows, row numbers, progress and bad rows', async () => {
    const header = 'STT;Số quyết định;Ngày quyết định;Cơ quan ban hành;Hình thức khen thưởng;Loại đối tượng;Tên đối tượng;Đơn vị;Năm';
    const lines = ['sep=;', header];
    for (let i = 1; i <= 5000; i++) {
      const date = i % 1700 === 0 ? '31/02/2022' : '10/01/2022';
      lines.push(`${i};905/QĐ-UBND;${date};UBND quận Lê Chân;Giấy khen;cá nhân;"Nguyễn Văn ""Số"" ${i}";Trường THCS Trần Phú;2021`);
    }
    const file = join(tempDir(), 'many.csv');
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const seen = () => {
      const bad: unknown[] = [];
      let last = { rows: 0, bytes: 0 };
      return {
        bad,
        last: () => last,
        opts: {
          onBadRows: (rows: unknown[]) => void bad.push(...rows),
          onProgress: (p: { rows: number; bytes: number }) => void (last = p),
        },
      };
    };
    const a = seen();
    const b = seen();
    const inThread = await importWith(file, false, a.opts);
    const inWorker = await importWith(file, true, b.opts);
    expect(inWorker.outcome).toEqual(inThread.outcome);
    expect((inWorker.outcome as { message: string }).message).toBe('annex.csv: 2 of 5,000 rows cannot be imported; nothing was written');
    expect(b.bad).toEqual(a.bad);
    expect(b.bad.map((r) => (r as { row: number }).row)).toEqual([1702, 3402]);
    expect(b.last()).toEqual({ rows: 5000, bytes: Buffer.byteLength(lines.join('\r\n') + '\r\n') });
    expect(a.last()).toEqual(b.last());
    expect(inWorker.rows).toBe(inThread.rows);
  });
});
