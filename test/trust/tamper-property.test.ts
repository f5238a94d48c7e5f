/**
 * Property-style tampering: random row, random column, random value — extreme ids, ±Infinity, NaN, a
 * wrong storage class, plain value changes — written with SQLite directly after dropping the triggers
 * that refuse it, which are then put back exactly as they were (so the schema check cannot be what
 * catches it). Every change that changed a stored value must make `audit verify` fail and name the row.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDITED_ENTITIES } from '../../src/core/audit.js';
import { openRegistry, openSqlite } from '../../src/core/db.js';
import { verifyRegistry, type VerifyReport } from '../../src/core/trust/verify.js';
import { runCli, tempDir } from '../helpers.js';
import { demoCopy } from './helpers.js';

/** A small seeded generator: a failing trial can be repeated. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXTREME_IDS = [-(2n ** 63n), -(2n ** 60n), -(2n ** 53n) - 1n, -1n, 0n, 2n ** 53n, 2n ** 63n - 1n];
/** Values of every kind: what SQLite stores for each depends on the column's affinity. */
const VALUES: { label: string; value: unknown }[] = [
  ...EXTREME_IDS.map((v) => ({ label: `${v}`, value: v })),
  { label: 'Infinity', value: Infinity },
  { label: '-Infinity', value: -Infinity },
  { label: 'NaN', value: NaN },
  { label: '2.5', value: 2.5 },
  { label: "'x'", value: 'x' },
  { label: "''", value: '' },
  { label: 'blob', value: Buffer.from([0, 1, 2]) },
  { label: '7', value: 7 },
  { label: "'2016'", value: '2016' },
  { label: 'NULL', value: null },
  { label: "'Chính phủ'", value: 'Chính phủ' },
];

let template: string;
beforeAll(async () => {
  template = await demoCopy({ forFile: true });
  // Rows an import records together (range events), besides the ones recorded one by one.
  const rows = ['decision_number,decision_date,issuing_body,body_ref,body_level,decision_ref,award_type,recipient_kind,recipient_ref,recipient_name,achievement_period,line_no,achievement'];
  for (let i = 1; i <= 40; i++) rows.push(`15/QĐ-UBND,2022-01-10,UBND phường Dư Hàng,ubnd-du-hang,commune,qd-du-hang,GK,cá nhân,dh-p${i},Người số ${i},2021,${i},Hoàn thành tốt nhiệm vụ năm 2021`);
  const r = await runCli(['import', '-', '--format', 'csv'], { db: template, stdin: rows.join('\n') + '\n' });
  expect(r.code, r.stderr).toBe(0);
  // A row in each table of evidence and settings.
  for (const argv of [
    ['evidence', 'rating', 'set', 'nguyen-van-a', '--year', '2021', '--rating', 'excellent'],
    ['evidence', 'discipline', 'add', 'tran-thi-b', '--form', 'reprimand', '--year', '2020'],
    ['evidence', 'initiative', 'add', 'nguyen-van-a', '--year', '2021', '--title', 'Số hóa hồ sơ thi đua', '--level', 'province'],
    ['evidence', 'members', 'set', 'truong-thcs-tran-phu', '--year', '2021', '--count', '48'],
    ['settings', 'set', 'quota.cstdcs-share', '15'],
    ['award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'B', '--yes'],
  ]) {
    const e = await runCli(argv, { db: template });
    expect(e.code, `${argv.join(' ')}: ${e.stderr}`).toBe(0);
  }
});

/** Runs `statements` on a copy of the template with the guarding triggers dropped, then put back. */
function tamper(path: string, fn: (db: ReturnType<typeof openSqlite>) => void): void {
  const db = openSqlite(path);
  try {
    db.pragma('foreign_keys = OFF');
    const triggers = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string; sql: string }[];
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    try {
      fn(db);
    } finally {
      for (const t of triggers) db.exec(t.sql);
    }
  } finally {
    db.close();
  }
}

async function verifyFile(path: string): Promise<VerifyReport> {
  const reg = await openRegistry(path, { readOnly: true, asIs: true });
  try {
    return await verifyRegistry(reg);
  } finally {
    await reg.close();
  }
}


describe('random tampering is always caught', () => {
  it('random row, column and value in every audited table', async () => {
    const random = mulberry32(20260301);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    let tried = 0;
    let detected = 0;
    const missed: string[] = [];
    const dir = tempDir();
    for (let trial = 0; trial < 220; trial++) {
      const path = join(dir, `t${trial}.sqlite`);
      copyFileSync(template, path);
      const table = pick(AUDITED_ENTITIES);
      const v = pick(VALUES);
      let changed = false;
      let what = '';
      tamper(path, (db) => {
        const ids = db.prepare(`SELECT id FROM "${table}"`).pluck().all() as number[];
        if (!ids.length) return;
        const id = pick(ids);
        const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
        const column = pick(columns);
        what = `${table} #${id} ${column} = ${v.label}`;
        const before = db.prepare(`SELECT quote("${column}") FROM "${table}" WHERE id = ?`).pluck().get(id);
        try {
          db.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE id = ?`).run(v.value, id);
        } catch {
          return; // NOT NULL or UNIQUE refused it: nothing changed
        }
        const newId = column === 'id' ? v.value : id;
        const after = db.prepare(`SELECT quote("${column}") FROM "${table}" WHERE id = ?`).pluck().get(newId);
        changed = before !== after;
      });
      if (!changed) continue;
      tried++;
      const report = await verifyFile(path);
      if (!report.ok && report.problems.some((p) => p.where.startsWith(`${table} #`))) detected++;
      else missed.push(what);
    }
    console.info(`random tampering: ${detected} detected of ${tried} changes tried`);
    expect(missed).toEqual([]);
    expect(tried).toBeGreaterThan(100);
    expect(detected).toBe(tried);
  }, 120_000);

  it('a forged row inserted at an extreme id in every audited table', async () => {
    const dir = tempDir();
    let tried = 0;
    let detected = 0;
    const missed: string[] = [];
    const withRows = new Set<string>();
    for (const table of AUDITED_ENTITIES) {
      for (const forged of EXTREME_IDS) {
        const path = join(dir, `${table}-${tried}.sqlite`);
        copyFileSync(template, path);
        let inserted = false;
        tamper(path, (db) => {
          const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
          // A copy of the table's last row, its unique values changed so that it can sit beside it.
          const unique = new Set(
            (db.prepare(`SELECT il.name FROM pragma_index_list(?) l, pragma_index_info(l.name) il WHERE l."unique" = 1`).pluck().all(table) as string[]),
          );
          const values = columns.map((c) => {
            if (c.name === 'id') return '?';
            if (!unique.has(c.name)) return `"${c.name}"`;
            return /int/i.test(c.type) ? `"${c.name}" + 100000` : `"${c.name}" || '-forged'`;
          });
          const last = db.prepare(`SELECT max(id) FROM "${table}"`).pluck().get();
          if (last === null) return;
          db.prepare(`INSERT INTO "${table}" SELECT ${values.join(', ')} FROM "${table}" WHERE id = ?`).run(forged, last);
          inserted = true;
        });
        if (!inserted) continue;
        withRows.add(table);
        tried++;
        const report = await verifyFile(path);
        if (!report.ok && report.problems.some((p) => p.where === `${table} #${forged}`)) detected++;
        else missed.push(`${table} #${forged}`);
      }
    }
    console.info(`forged rows at extreme ids: ${detected} detected of ${tried} tried`);
    expect(missed).toEqual([]);
    // Every table the demo registry holds rows of (the paperwork tables start empty).
    expect(withRows.size).toBeGreaterThanOrEqual(13);
    expect(tried).toBe(withRows.size * EXTREME_IDS.length);
    expect(detected).toBe(tried);
  }, 120_000);

  it('the guarding triggers refuse the same values from any client', async () => {
    const path = join(tempDir(), 'guarded.sqlite');
    copyFileSync(template, path);
    const db = openSqlite(path);
    try {
      const refused = (sql: string, ...params: unknown[]) => () => db.prepare(sql).run(...params);
      expect(refused('UPDATE award SET period_from = ? WHERE id = 5', Infinity)).toThrow('award: a value no tdkt command writes (an id outside 1 … 2^53 − 1, or a value of the wrong type)');
      expect(refused("UPDATE award SET period_from = 'x' WHERE id = 5")).toThrow(/award: a value no tdkt command writes/);
      expect(refused('UPDATE recipient SET name = ? WHERE id = 5', Buffer.from([1]))).toThrow(/recipient: a value no tdkt command writes/);
      expect(refused('INSERT INTO award (id, decision_id, recipient_id, award_type_id, period_from, period_to) VALUES (?, 6, 30, 58, 2021, 2021)', -(2n ** 60n))).toThrow(
        /award: a value no tdkt command writes/,
      );
      expect(refused('UPDATE body SET id = ? WHERE id = 1', 2n ** 53n)).toThrow(/body: a value no tdkt command writes/);
      expect(db.prepare('SELECT count(*) FROM award WHERE id < 1').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
