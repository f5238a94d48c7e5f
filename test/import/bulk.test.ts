/**
 * Bulk load: an import into a registry without award lines builds the indexes over lines after the last
 * row, and finds duplicates within the file from memory meanwhile. The answers are the same as with the
 * indexes kept up, and the registry ends with its indexes as they were.
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import { danglingReferences, importAwards } from '../../src/core/import/importer.js';
import { annualKey, LineKeys, regularKey } from '../../src/core/import/line-keys.js';
import { jsonValue } from '../../src/core/import/store.js';
import { runCli, tempDir } from '../helpers.js';
import { TEST_ENGINE } from '../pg/engine.js';
import { auditProblems, snapshot } from './support.js';

const HEADER = 'decision_number,decision_date,issuing_body,body_level,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no';
const line = (type: string, name: string, period: string, no: number) => `01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,${type},cá nhân,${name},Trường THCS Đại Đồng,${period},${no}`;
const GOOD = [line('LDTT', 'Nguyễn Văn An', '2021', 1), line('GK', 'Trần Thị Bình', '1985-2021', 2), line('GK', 'Lê Văn Cường', '2021', 3)];
// The same lines again: an annual title, a regular merit, and one whose 37-year period does not fit the packed keys.
const AGAIN = [line('LDTT', 'Nguyễn Văn An', '2021', 4), line('GK', 'Lê Văn Cường', '2021', 5), line('GK', 'Trần Thị Bình', '1985-2021', 6)];

function indexes(db: string): { name: string; sql: string }[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'award' ORDER BY name`).all() as { name: string; sql: string }[];
  } finally {
    sqlite.close();
  }
}

async function emptyRegistry(): Promise<string> {
  const db = join(tempDir(), 'empty.sqlite');
  expect((await runCli(['init'], { db })).code).toBe(0);
  return db;
}

async function importRows(db: string, rows: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'annex.csv'), [HEADER, ...rows, ''].join('\n'));
  return runCli(['import', 'annex.csv'], { db, cwd: dir });
}

describe('tdkt import into a registry without award lines (bulk load)', () => {
  it('finds duplicates within the file, of every kind, and leaves the registry as it was', async () => {
    const db = await emptyRegistry();
    const before = snapshot(db);
    const r = await importRows(db, [...GOOD, ...AGAIN]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'tdkt: annex.csv: 3 of 6 rows cannot be imported; nothing was written',
      '  row 5, column «achievement_period»: Nguyễn Văn An already holds LDTT for 2021 (row 2 of this file): an annual title is conferred at most once per recipient and year [one-annual-title; Art. 19–20; Art. 5.2, Law 06/2022/QH15]',
      '  row 6, column «achievement_period»: Lê Văn Cường already received GK for 2021 (row 4 of this file) from the same body: one achievement, one award [one-achievement-one-award; Art. 5.2, Law 06/2022/QH15 (one achievement, one award)]',
      '  row 7, column «achievement_period»: Trần Thị Bình already received GK for 1985–2021 (row 3 of this file) from the same body: one achievement, one award [one-achievement-one-award; Art. 5.2, Law 06/2022/QH15 (one achievement, one award)]',
    ]);
    expect(snapshot(db)).toBe(before);
    expect((await runCli(['--read-only', 'audit', 'verify'], { db })).code).toBe(0);
  });

  // The indexes a bulk load drops and builds again are SQLite's (sqlite_master); PostgreSQL imports through a stage.
  it.skipIf(TEST_ENGINE === 'postgres')('ends with the indexes the schema has, and a second import is judged by them', async () => {
    const db = await emptyRegistry();
    const expected = indexes(db);
    expect(expected.map((i) => i.name)).toEqual(expect.arrayContaining(['award_recipient_lines', 'award_type_period']));
    const r = await importRows(db, GOOD);
    expect(r.code, r.stderr).toBe(0);
    expect(indexes(db)).toEqual(expected);
    expect(await auditProblems(db)).toEqual([]);
    const verify = await runCli(['--read-only', 'audit', 'verify'], { db });
    expect(verify.code, verify.stdout).toBe(0);
    const again = await importRows(db, AGAIN.map((l) => l.replace('01/QĐ-UBND', '02/QĐ-UBND')));
    expect(again.code).toBe(1);
    expect(again.stderr.split('\n').slice(1, 4)).toEqual([
      '  row 2, column «achievement_period»: Nguyễn Văn An already holds LDTT for 2021 (decision 01/QĐ-UBND, ubnd-huyen-kien-thuy-2022-1): an annual title is conferred at most once per recipient and year [one-annual-title; Art. 19–20; Art. 5.2, Law 06/2022/QH15]',
      '  row 3, column «achievement_period»: Lê Văn Cường already received GK for 2021 (decision 01/QĐ-UBND, ubnd-huyen-kien-thuy-2022-1) from the same body: one achievement, one award [one-achievement-one-award; Art. 5.2, Law 06/2022/QH15 (one achievement, one award)]',
      '  row 4, column «achievement_period»: Trần Thị Bình already received GK for 1985–2021 (decision 01/QĐ-UBND, ubnd-huyen-kien-thuy-2022-1) from the same body: one achievement, one award [one-achievement-one-award; Art. 5.2, Law 06/2022/QH15 (one achievement, one award)]',
    ]);
  });
});

describe('LineKeys', () => {
  it('packs (recipient, type, years) exactly, and refuses what does not fit', () => {
    expect(annualKey(1, 0, 1900)).toBe(65536 * 64);
    expect(annualKey(2 ** 30 - 1, 255, 2155)! < 2 ** 53).toBe(true);
    expect(regularKey(2 ** 30 - 1, 255, 2155)! < 2 ** 53).toBe(true);
    expect(annualKey(7, 3, 2021)).not.toBe(regularKey(7, 3, 2021));
    expect(regularKey(7, 3, 2020)).not.toBe(regularKey(7, 3, 2021));
    for (const bad of [annualKey(0, 1, 2021), annualKey(2 ** 30, 1, 2021), annualKey(7, 256, 2021), annualKey(7, 1, 1899), annualKey(7, 1, 2156), regularKey(7, 1, 1899), regularKey(7, 1, 2156)]) {
      expect(bad).toBeUndefined();
    }
  });

  it('never denies a key it holds, denies those it does not (by fingerprint), and says when it is full', () => {
    const keys = new LineKeys(1 << 10);
    const added: number[] = [];
    for (let r = 1; r <= 716; r++) {
      const k = annualKey(r, r % 50, 2000 + (r % 20))!;
      expect(keys.has(k)).toBe(false);
      expect(keys.add(k)).toBe(true);
      added.push(k);
    }
    expect(keys.size).toBe(716);
    for (const k of added) expect(keys.has(k)).toBe(true);
    // A key added again is "perhaps there" to add as well: the caller asks the registry.
    expect(keys.add(added[0])).toBe(false);
    for (let r = 1; r <= 716; r++) expect(keys.has(regularKey(r, r % 50, 2000 + (r % 20))!)).toBe(false);
    expect(keys.add(annualKey(999, 1, 2001)!)).toBe(false);
    expect(keys.size).toBe(716);
  });
});

// The journal of a SQLite file.
describe.skipIf(TEST_ENGINE === 'postgres')('a bulk load writes the registry file directly', () => {
  const journalDuring = async (reg: Awaited<ReturnType<typeof openRegistry>>, rows: string[]) => {
    const seen: string[] = [];
    const done = importAwards(reg, Readable.from([[HEADER, ...rows, ''].join('\n')]), {
      format: 'csv',
      name: 'annex.csv',
      onProgress: () => void seen.push(reg.sqlite.pragma('journal_mode', { simple: true }) as string),
    });
    return { seen, done };
  };

  it('through a rollback journal, and is back in WAL mode after it, imported or refused', async () => {
    const db = await emptyRegistry();
    const reg = await openRegistry(db);
    try {
      const refused = await journalDuring(reg, [...GOOD, line('LDTT', 'Nguyễn Văn An', '2021', 4)]);
      await expect(refused.done).rejects.toThrow('1 of 4 rows cannot be imported');
      expect(new Set(refused.seen)).toEqual(new Set(['delete']));
      expect(reg.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(reg.sqlite.prepare('SELECT count(*) FROM award').pluck().get()).toBe(0);
      const imported = await journalDuring(reg, GOOD);
      expect((await imported.done).awards.created).toBe(3);
      expect(new Set(imported.seen)).toEqual(new Set(['delete']));
      expect(reg.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      await reg.close();
    }
    expect(await auditProblems(db)).toEqual([]);
  });

  it('but through the WAL while another connection has the registry open', async () => {
    const db = await emptyRegistry();
    const other = new Database(db, { readonly: true });
    const reg = await openRegistry(db);
    try {
      other.prepare('SELECT count(*) FROM award').get();
      const imported = await journalDuring(reg, GOOD);
      expect((await imported.done).awards.created).toBe(3);
      expect(new Set(imported.seen)).toEqual(new Set(['wal']));
      expect(other.prepare('SELECT count(*) FROM award').pluck().get()).toBe(3);
    } finally {
      await reg.close();
      other.close();
    }
  });
});

describe('a bulk load checks its references once, at the end', () => {
  // SQLite's foreign-key pragma and its check of a file's references.
  it.skipIf(TEST_ENGINE === 'postgres')("turns SQLite's foreign-key checks back on for the connection, and leaves its references sound", async () => {
    const db = await emptyRegistry();
    const reg = await openRegistry(db);
    try {
      await importAwards(reg, Readable.from([[HEADER, ...GOOD, ''].join('\n')]), { format: 'csv', name: 'annex.csv' });
      expect(reg.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(danglingReferences(reg.sqlite, 'all lines')).toEqual([]);
      await expect(importAwards(reg, Readable.from([[HEADER, ...AGAIN, ''].join('\n')]), { format: 'csv', name: 'again.csv' })).rejects.toThrow('3 of 3 rows cannot be imported');
      expect(reg.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      await reg.close();
    }
  });

  it('names every kind of dangling reference', () => {
    const sqlite = new Database(':memory:');
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec(`CREATE TABLE decision (id INTEGER PRIMARY KEY); CREATE TABLE recipient (id INTEGER PRIMARY KEY, unit_id INTEGER REFERENCES recipient(id));
      CREATE TABLE award_type (id INTEGER PRIMARY KEY);
      CREATE TABLE award (id INTEGER PRIMARY KEY, decision_id INTEGER REFERENCES decision(id), recipient_id INTEGER REFERENCES recipient(id), award_type_id INTEGER REFERENCES award_type(id));
      INSERT INTO decision VALUES (1); INSERT INTO recipient VALUES (1, NULL), (2, 9); INSERT INTO award_type VALUES (1);
      INSERT INTO award VALUES (1, 1, 1, 1), (2, 1, 1, 1), (3, 4, 1, 1), (4, 1, 8, 1), (5, 1, 1, 6);`);
    expect(danglingReferences(sqlite, 'all lines')).toEqual(['recipient #2 → recipient', 'award.decision_id 4 → decision', 'award.recipient_id 8 → recipient', 'award.award_type_id 6 → award_type']);
    expect(danglingReferences(sqlite, 4)).toEqual(['recipient #2 → recipient', 'award.recipient_id 8 → recipient', 'award.award_type_id 6 → award_type']);
    sqlite.close();
  });
});

describe('the row image an import hashes', () => {
  it('writes each value exactly as JSON.stringify does', () => {
    const values: (string | number | null)[] = [null, 0, -3, 1.5, 2021, 1e21, '', 'a', 'Nguyễn Văn Á', 'q"uote', 'back\\slash', 'tab\tx', 'nl\nx', '\u0001', '\u001f', 'emoji 😀', 'lone \ud800 half', '\u2028 sep', "<>&'", '/slash'];
    for (const v of values) expect(jsonValue(v)).toBe(JSON.stringify(v));
    expect(jsonValue(undefined)).toBe('null');
  });
});
