import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson, DIGEST_PREFIX, eventHash, GENESIS_HASH, AUDITED_ENTITIES, imageDigest, RANGE_PREFIX } from '../../src/core/audit.js';
import { copyRegistry as copyRegistryTo, tempDir } from '../helpers.js';
import { psql, registryTarget, TEST_ENGINE } from '../pg/engine.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'import');

/** A copy of a registry (its file, or on PostgreSQL its database) under a path in a fresh temporary directory. */
export function copyRegistry(path: string): string {
  const to = join(tempDir(), 'copy.sqlite');
  copyRegistryTo(path, to);
  return to;
}

/** Every row of every table, in id order (JSON of [table, rows] pairs): equal snapshots mean an unchanged registry. */
export function snapshot(path: string): string {
  if (TEST_ENGINE === 'postgres') return pgSnapshot(registryTarget(path));
  const db = new Database(path, { readonly: true });
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

/**
 * What `audit verify` checks: the chain of hashes from the genesis, and every audited row equal to
 * the after-image of its latest event. Returns the problems (none: []).
 */
export async function auditProblems(path: string): Promise<string[]> {
  if (TEST_ENGINE === 'postgres') return verifiedProblems(path);
  const db = new Database(path, { readonly: true });
  const problems: string[] = [];
  try {
    let prev = GENESIS_HASH;
    for (const e of db.prepare('SELECT * FROM audit_event ORDER BY id').iterate() as Iterable<Record<string, any>>) {
      if (e.prev_hash !== prev) problems.push(`event ${e.id}: prev_hash breaks the chain`);
      if (eventHash(e.prev_hash, e as any) !== e.hash) problems.push(`event ${e.id}: hash does not match`);
      prev = e.hash;
    }
    for (const t of AUDITED_ENTITIES) {
      // The after-image each row was given last, events read in order (a range event gives each of its rows a digest).
      const byId = new Map<number, string>();
      for (const e of db.prepare('SELECT entity_id, entity_id_last, after FROM audit_event WHERE entity = ? ORDER BY id').iterate(t) as Iterable<{ entity_id: number; entity_id_last: number | null; after: string }>) {
        if (e.entity_id_last === null) byId.set(e.entity_id, e.after);
        else {
          const digests = e.after.slice(RANGE_PREFIX.length).split(',');
          if (!e.after.startsWith(RANGE_PREFIX) || digests.length !== e.entity_id_last - e.entity_id + 1) problems.push(`range event of ${t} #${e.entity_id}: malformed`);
          digests.forEach((d, i) => byId.set(e.entity_id + i, DIGEST_PREFIX + d));
        }
      }
      for (const row of db.prepare(`SELECT * FROM ${t}`).iterate() as Iterable<Record<string, unknown>>) {
        const after = byId.get(row.id as number);
        const image = after?.startsWith(DIGEST_PREFIX) ? imageDigest(canonicalJson(row)) : canonicalJson(row);
        if (after !== image) problems.push(`${t} #${row.id}: differs from its latest audit event`);
      }
    }
  } finally {
    db.close();
  }
  return problems;
}

export function count(path: string, table: string): number {
  if (TEST_ENGINE === 'postgres') return Number(psql(registryTarget(path), `SELECT count(*) FROM ${table}`).trim());
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** On PostgreSQL, the problems tdkt's own verification finds there (the chain and every audited row; see auditProblems). */
async function verifiedProblems(path: string): Promise<string[]> {
  const { openRegistry } = await import('../../src/core/db.js');
  const { verifyRegistry } = await import('../../src/core/trust/verify.js');
  const reg = await openRegistry(registryTarget(path), { readOnly: true });
  try {
    const report = await verifyRegistry(reg);
    return report.problems.map((p) => `${p.where}: ${p.message}`);
  } finally {
    await reg.close();
  }
}

/** snapshot on PostgreSQL: each table's rows as the server writes them in JSON, ordered by the first column. */
function pgSnapshot(url: string): string {
  const lines = (...statements: string[]) => psql(url, ...statements).split('\n').filter(Boolean);
  const tables = lines("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
  const rows = lines(...tables.map((t) => `SELECT coalesce(array_to_json(array_agg(r)), '[]') FROM (SELECT * FROM "${t}" ORDER BY 1) r`));
  return JSON.stringify(tables.map((t, i) => [t, JSON.parse(rows[i])]));
}
