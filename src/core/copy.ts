/**
 * `tdkt copy`: a registry copied whole into a new one on either engine — a SQLite file into an empty
 * PostgreSQL database when an office moves to a server, and back (a server's registry into a file, to
 * carry or to keep). Every row keeps its id, so references and the audit trail's after-images stay true,
 * and the audit trail is copied event for event: the copy's chain ends at the same head. The copy is
 * proven before it is reported: equal rows per table, the same head, and the full audit verification of
 * the copy.
 */
import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { AUDITED_ENTITIES, auditHead } from './audit.js';
import { openRegistry, type OpenOptions, type Registry } from './db.js';
import { TdktError } from './errors.js';
import { isPostgresUrl } from './paths.js';
import { resetIdentities } from '../../schema/dialect.js';
import type { DB } from './tables.js';
import { COPY } from '../i18n/messages/postgres.js';

/**
 * Every table of the registry, each after the tables it refers to: the audited tables in the order the
 * schema creates them, then the audit trail (which refers to none). A test holds this list equal to the
 * schema's tables.
 */
export const COPY_TABLES = [...AUDITED_ENTITIES, 'audit_event'] as const satisfies readonly (keyof DB)[];

/** Columns that refer to their own table: a row may name one with a higher id (set once every row is in). */
const SELF_REFERENCES: Partial<Record<(typeof COPY_TABLES)[number], string>> = { body: 'parent_id', recipient: 'unit_id' };

/** Rows read and written at a time. */
const BATCH = 500;

export interface CopyReport {
  from: string;
  to: string;
  tables: { table: string; from: number; to: number }[];
  head: { id: number; hash: string } | null;
  verified: { ok: boolean; events: number; rows: number; problems: number };
}

/** Copies the registry at `from` into a new registry at `to` (a file that does not exist, or an empty database). */
export async function copyRegistry(from: string, to: string, opts: Pick<OpenOptions, 'clock' | 'actor' | 'notice'> & { progress?: (table: string, rows: number) => void } = {}): Promise<CopyReport> {
  if (from === to) throw new TdktError('usage', COPY.same());
  if (!isPostgresUrl(to) && existsSync(to)) throw new TdktError('conflict', COPY.targetExists(to), { hint: COPY.targetExistsHint() });
  const source = await openRegistry(from, { readOnly: true, clock: opts.clock, actor: opts.actor, notice: opts.notice, command: 'copy' });
  let target: Registry | undefined;
  try {
    target = await openRegistry(to, { create: true, bare: true, clock: opts.clock, actor: opts.actor, command: 'copy', anchors: false });
    if (!target.created) throw new TdktError('conflict', COPY.targetExists(target.path), { hint: COPY.targetExistsHint() });
    const tables: { table: (typeof COPY_TABLES)[number]; from: number; to: number }[] = [];
    await target.write(async (trx) => {
      for (const t of await copyTables(source.db, trx, opts.progress)) tables.push({ table: t.table, from: t.rows, to: 0 });
      // Rows given their ids leave PostgreSQL's id sequences behind: the next row must get a new id.
      if (target!.engine === 'postgres') await resetIdentities(trx);
    });
    // Proof: the rows each table holds on both sides, the same head, and the copy's own verification.
    for (const t of tables) {
      t.from = await countRows(source.db, t.table);
      t.to = await countRows(target.db, t.table);
    }
    const [a, b] = [await auditHead(source.db), await auditHead(target.db)];
    const { verifyRegistry } = await import('./trust/verify.js');
    const v = await verifyRegistry(target);
    const report: CopyReport = {
      from: source.path,
      to: target.path,
      tables,
      head: b ? { id: b.id, hash: b.hash } : null,
      verified: { ok: v.ok, events: v.events, rows: v.rows, problems: v.problems.length + v.more },
    };
    const unequal = tables.filter((t) => t.from !== t.to).map((t) => t.table);
    if (unequal.length || a?.hash !== b?.hash || !v.ok) {
      throw new TdktError('verification', COPY.notProven(target.path), {
        hint: COPY.notProvenHint(),
        issues: [
          ...unequal.map((t) => ({ where: t, message: COPY.unequalRows() })),
          ...(a?.hash !== b?.hash ? [{ where: 'audit_event', message: COPY.otherHead() }] : []),
          ...v.problems.slice(0, 10).map((p) => ({ where: p.where, message: p.message })),
        ],
      });
    }
    return report;
  } finally {
    await target?.close();
    await source.close();
  }
}

async function countRows(db: Kysely<DB>, table: keyof DB): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Copies every table of the registry `from` into the bare registry `to` (its schema only), in COPY_TABLES
 * order, each row with its id: `tdkt copy`, and the stage of an import on PostgreSQL (import/staged.ts).
 * Run it inside a write transaction of `to`; `from` is read as the caller's handle sees it.
 */
export async function copyTables(
  from: Kysely<DB>,
  to: Kysely<DB>,
  progress?: (table: string, rows: number) => void,
): Promise<{ table: (typeof COPY_TABLES)[number]; rows: number }[]> {
  const out: { table: (typeof COPY_TABLES)[number]; rows: number }[] = [];
  for (const table of COPY_TABLES) {
    out.push({ table, rows: await copyTable(from, to, table, (rows) => progress?.(table, rows)) });
  }
  return out;
}

/** Copies `table` in id order, a batch at a time; returns the rows copied. */
async function copyTable(from: Kysely<DB>, to: Kysely<DB>, table: (typeof COPY_TABLES)[number], progress: (rows: number) => void): Promise<number> {
  const self = SELF_REFERENCES[table];
  const later: { id: number; ref: number }[] = [];
  let last = 0;
  let copied = 0;
  for (;;) {
    const rows = (await from
      .selectFrom(table)
      .selectAll()
      .where('id', '>', last)
      .orderBy('id')
      .limit(BATCH)
      .execute()) as Record<string, unknown>[];
    if (rows.length === 0) break;
    if (self) {
      for (const r of rows) {
        const ref = r[self] as number | null;
        // A reference to a row not yet copied is set once it is.
        if (ref != null && ref >= (r.id as number)) {
          later.push({ id: r.id as number, ref });
          r[self] = null;
        }
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await to.insertInto(table).values(rows as any).execute();
    last = rows[rows.length - 1].id as number;
    copied += rows.length;
    progress(copied);
  }
  for (const l of later) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await to.updateTable(table).set({ [self!]: l.ref } as any).where('id', '=', l.id).execute();
  }
  return copied;
}
