/**
 * `tdkt import` on a PostgreSQL registry: the one import (run.ts, tuned for SQLite's synchronous
 * statements) runs on a stage, a SQLite copy of the registry, and what it wrote is then written to the
 * server. So the rules, the matching, the messages and the audit trail are those of every import, and
 * what the command prints is what it prints on a SQLite file.
 *
 * 1. The stage: a new SQLite registry (schema only) in a temporary folder, filled with every row of a
 *    snapshot of the server (a REPEATABLE READ transaction, which waits for no writer and makes none
 *    wait), ids kept (copy.ts's copyTables). The snapshot's audit head is noted.
 * 2. One write transaction on the server, holding the writers' lock (Registry.write): no other clerk
 *    writes until it ends, so the ids and the audit chain go on from where the stage saw them. If the
 *    head moved since the snapshot (another clerk wrote meanwhile), the stage is filled again, now
 *    under the lock. Each table's id sequence is set where the server's stands, and each table's
 *    largest id noted.
 * 3. The import runs on the stage, with the same options, clock, actor and command.
 * 4. Unless it was a dry run or it failed, what it wrote goes to the server, in the transaction of 1:
 *    table by table in COPY_TABLES order (the parents first), the rows it created (ids above the noted
 *    largest) through COPY, the rows its audit events name below them written again with UPDATE; then
 *    its audit events, in id order; then the rows it removed, children first (a removal is allowed once
 *    the trail records it); then the id sequences are moved past the new ids.
 * 5. The stage is removed, whatever happened. When the import fails nothing is written on the server.
 *
 * The cost is the stage: the whole registry is copied first (docs/performance.md gives the figures);
 * other clerks' writes wait only for the import itself, unless one of them lands during the copy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type BetterSqlite3 from 'better-sqlite3';
import { resetIdentities } from '../../../schema/dialect.js';
import { auditHead } from '../audit.js';
import { COPY_TABLES, copyTables } from '../copy.js';
import { openRegistry, type Registry, type Tx } from '../db.js';
import { copyRowsIn, identityPositions } from '../postgres.js';
import type { DB } from '../tables.js';
import type { ImportAwardsOptions, ImportSummary } from './importer.js';

type Table = (typeof COPY_TABLES)[number];

/** Where the stage stood before the import: each table's largest id, the audit trail's last event. */
interface Before {
  maxId: Map<Table, number>;
  head: number;
}

/** Runs `importAwards` (passed in: importer.ts calls this module) for the PostgreSQL registry `reg` through a SQLite stage. */
export async function importStaged(
  reg: Registry,
  input: Readable,
  opts: ImportAwardsOptions,
  importAwards: (reg: Registry, input: Readable, opts: ImportAwardsOptions) => Promise<ImportSummary>,
): Promise<ImportSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-import-'));
  let stage: Registry | undefined;
  try {
    // The stage is filled from a snapshot before the writers' lock is taken: copying a large registry
    // takes a while, and other clerks write meanwhile.
    const seen = await reg.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (snapshot) => {
        stage = await fillStage(reg, snapshot, join(dir, 'stage-1.sqlite'));
        return auditHead(snapshot);
      });
    return await reg.write(async (trx) => {
      // Every write records audit events: an unchanged head means the snapshot is what the lock holds.
      const now = await auditHead(trx);
      if (now?.id !== seen?.id || now?.hash !== seen?.hash) {
        await stage!.close();
        stage = undefined;
        stage = await fillStage(reg, trx, join(dir, 'stage-2.sqlite'));
      }
      continueSequences(stage!.sqlite, await identityPositions(trx));
      const before = noteBefore(stage!.sqlite);
      const summary = await importAwards(stage!, input, opts);
      if (!opts.dryRun) await applyStage(trx, stage!.sqlite, before);
      return summary;
    });
  } finally {
    await stage?.close();
    input.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A new SQLite registry (schema only) at `file`, filled with every row `from` sees, ids kept. */
async function fillStage(reg: Registry, from: Tx, file: string): Promise<Registry> {
  const stage = await openRegistry(file, { create: true, bare: true, clock: reg.clock, actor: reg.actor, command: reg.command, anchors: false });
  try {
    // A throw-away file: no waiting for the disk at each commit.
    stage.sqlite.pragma('synchronous = OFF');
    await stage.write(async (strx) => {
      await copyTables(from, strx);
    });
    return stage;
  } catch (e) {
    await stage.close();
    throw e;
  }
}

/** The stage's AUTOINCREMENT counters where the server's sequences stand: an id the server handed out once is never given again. */
function continueSequences(sqlite: BetterSqlite3.Database, positions: Map<string, number>): void {
  const update = sqlite.prepare('UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?');
  const insert = sqlite.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)');
  for (const [table, last] of positions) {
    if (!(COPY_TABLES as readonly string[]).includes(table) || last <= 0) continue;
    if (update.run(last, table).changes === 0) insert.run(table, last);
  }
}

function noteBefore(sqlite: BetterSqlite3.Database): Before {
  const maxId = new Map<Table, number>();
  for (const t of COPY_TABLES) maxId.set(t, (sqlite.prepare(`SELECT coalesce(max(id), 0) FROM "${t}"`).pluck().get() as number) ?? 0);
  return { maxId, head: maxId.get('audit_event')! };
}

/** Writes on the server what the import wrote on the stage since `before` (see the module's comment, step 4). */
async function applyStage(trx: Tx, sqlite: BetterSqlite3.Database, before: Before): Promise<void> {
  const touched = touchedRows(sqlite, before);
  const columns = (t: Table) => (sqlite.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name);
  const removed: { table: Table; id: number }[] = [];
  for (const table of COPY_TABLES) {
    if (table === 'audit_event') continue;
    const cols = columns(table);
    await copyNewRows(trx, sqlite, table, cols, before.maxId.get(table)!);
    const ids = touched.get(table);
    if (!ids) continue;
    const read = sqlite.prepare(`SELECT * FROM "${table}" WHERE id = ?`);
    for (const id of [...ids].sort((a, b) => a - b)) {
      const row = read.get(id) as Record<string, unknown> | undefined;
      if (!row) {
        removed.push({ table, id });
        continue;
      }
      const { id: _id, ...values } = row;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await trx.updateTable(table).set(values as any).where('id', '=', id).execute();
    }
  }
  await copyNewRows(trx, sqlite, 'audit_event', columns('audit_event'), before.head);
  for (const r of removed.reverse()) await trx.deleteFrom(r.table).where('id', '=', r.id).execute();
  await resetIdentities(trx);
  // The server's trail now ends where the stage's does.
  const staged = sqlite.prepare('SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const head = await auditHead(trx);
  // i18n-ignore: a programmer's assertion (the same rows were just written)
  if (staged?.hash !== head?.hash) throw new Error(`the server's audit trail ends at #${head?.id}, the stage's at #${staged?.id}`);
}

/**
 * The rows the import's audit events name below each table's noted largest id: rows that were there and
 * that it changed or removed. (Rows it created are those above the largest id.)
 */
function touchedRows(sqlite: BetterSqlite3.Database, before: Before): Map<Table, Set<number>> {
  const out = new Map<Table, Set<number>>();
  const events = sqlite.prepare('SELECT entity, entity_id, entity_id_last FROM audit_event WHERE id > ? AND entity_id IS NOT NULL ORDER BY id');
  for (const e of events.iterate(before.head) as Iterable<{ entity: Table; entity_id: number; entity_id_last: number | null }>) {
    const max = before.maxId.get(e.entity);
    if (max === undefined || e.entity_id > max) continue;
    let ids = out.get(e.entity);
    if (!ids) out.set(e.entity, (ids = new Set()));
    const last = Math.min(e.entity_id_last ?? e.entity_id, max);
    for (let id = e.entity_id; id <= last; id++) ids.add(id);
  }
  return out;
}

/** The stage's rows of `table` above `after`, in id order, into the server through COPY. */
async function copyNewRows(trx: Tx, sqlite: BetterSqlite3.Database, table: keyof DB, cols: string[], after: number): Promise<void> {
  if (!sqlite.prepare(`SELECT 1 FROM "${table}" WHERE id > ? LIMIT 1`).get(after)) return;
  const rows = sqlite.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${table}" WHERE id > ? ORDER BY id`).raw();
  await copyRowsIn(trx, table, cols, rows.iterate(after) as Iterable<unknown[]>);
}
