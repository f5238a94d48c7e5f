/**
 * Verifies a registry as an auditor would: SQLite's integrity and foreign-key checks, the audit trail's
 * hash chain, every audited row against the after-image of its latest event (the row's canonical JSON,
 * or its digest for rows an import created), and the schema against the one tdkt creates. Every problem
 * is reported, not just the first.
 *
 * Read-only: it runs in one read transaction, so it sees one consistent state even while clerks write.
 */
import type Database from 'better-sqlite3';
import { AUDITED_ENTITIES, DIGEST_PREFIX, GENESIS_HASH, canonicalJson, eventHash, imageDigest, rangeDigests, type AuditEventFields } from '../audit.js';
import { schemaAt, schemaOf, type Registry } from '../db.js';

export type ProblemKind = 'integrity' | 'foreign_key' | 'chain' | 'anchor' | 'row' | 'schema';

export interface Problem {
  kind: ProblemKind;
  /** Where: "event #17", "award #12", "trigger award_no_delete", "database file". */
  where: string;
  message: string;
  event_id: number | null;
  entity: string | null;
  entity_id: number | null;
}

export interface Anchor {
  /** An event id an auditor noted earlier … */
  id: number;
  /** … and its hash (or at least its first 8 hex digits). */
  hash: string;
}

export interface VerifyOptions {
  /** Also prove that history up to this event is the one noted earlier (see docs/audit.md). */
  anchor?: Anchor;
  /** SQLite's quick_check instead of the full integrity_check (faster on large files). */
  quick?: boolean;
  /** Problems listed at most; the rest are counted in `more`. */
  maxProblems?: number;
}

export interface VerifyReport {
  ok: boolean;
  schema_version: number;
  /** Audit events read. */
  events: number;
  /** The last event: note its id and hash to anchor a later verification. */
  head: { id: number; hash: string } | null;
  /** Audited rows compared with their events. */
  rows: number;
  problems: Problem[];
  /** Problems found beyond `maxProblems`. */
  more: number;
}

const PAGE = 2000;

interface EventRow extends AuditEventFields {
  id: number;
  prev_hash: string;
  hash: string;
}

class Problems {
  readonly list: Problem[] = [];
  more = 0;
  constructor(private readonly max: number) {}
  add(kind: ProblemKind, where: string, message: string, ids: { event_id?: number; entity?: string; entity_id?: number } = {}): void {
    if (this.list.length >= this.max) {
      this.more++;
      return;
    }
    this.list.push({ kind, where, message, event_id: ids.event_id ?? null, entity: ids.entity ?? null, entity_id: ids.entity_id ?? null });
  }
}

/** Verifies the registry `reg`. Read-only. */
export async function verifyRegistry(reg: Registry, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const sqlite = reg.sqlite;
  const problems = new Problems(opts.maxProblems ?? 1000);
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  const expected = await schemaAt(version);
  sqlite.exec('BEGIN');
  try {
    checkIntegrity(sqlite, problems, opts.quick ?? false);
    checkForeignKeys(sqlite, problems);
    const chain = checkChain(sqlite, problems, opts.anchor);
    const rows = checkRows(sqlite, problems);
    checkSchema(schemaOf(sqlite), expected, problems);
    return { ok: problems.list.length === 0, schema_version: version, ...chain, rows, problems: problems.list, more: problems.more };
  } finally {
    sqlite.exec('COMMIT');
  }
}

/** Runs `fn`, turning an SQLite failure (a damaged file) into a problem instead of an exception. */
function guarded<T>(problems: Problems, what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    problems.add('integrity', 'database file', `reading ${what} failed: ${(e as Error).message}`);
    return fallback;
  }
}

function checkIntegrity(sqlite: Database.Database, problems: Problems, quick: boolean): void {
  const pragma = quick ? 'quick_check' : 'integrity_check';
  const rows = guarded(problems, `PRAGMA ${pragma}`, () => sqlite.pragma(pragma) as Record<string, string>[], []);
  for (const r of rows) {
    const message = Object.values(r)[0];
    if (message !== 'ok') problems.add('integrity', 'database file', `SQLite ${pragma}: ${message}`);
  }
}

function checkForeignKeys(sqlite: Database.Database, problems: Problems): void {
  const rows = guarded(problems, 'PRAGMA foreign_key_check', () => sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[], []);
  for (const r of rows) {
    problems.add('foreign_key', `${r.table} #${r.rowid}`, `refers to a row of ${r.parent} that does not exist`, { entity: r.table, entity_id: r.rowid });
  }
}

/** Rows of `sql` (which takes the last key seen and a page size), page by page in key order. */
function* paged<T>(sqlite: Database.Database, sql: string, key: (row: T) => number, params: unknown[] = []): Generator<T> {
  const stmt = sqlite.prepare(sql);
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = stmt.all(...params, after, PAGE) as T[];
    yield* rows;
    if (rows.length < PAGE) return;
    after = key(rows[rows.length - 1]);
  }
}

function checkChain(sqlite: Database.Database, problems: Problems, anchor?: Anchor): Pick<VerifyReport, 'events' | 'head'> {
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  let events = 0;
  let anchorSeen = false;
  const read = guarded(
    problems,
    'the audit trail',
    () => {
      for (const e of paged<EventRow>(sqlite, 'SELECT * FROM audit_event WHERE id > ? ORDER BY id LIMIT ?', (r) => r.id)) {
        events++;
        const where = `event #${e.id}`;
        const ids = { event_id: e.id, entity: e.entity, entity_id: e.entity_id ?? undefined };
        if (e.id !== prevId + 1) {
          const gap = e.id - prevId - 1 === 1 ? `event #${prevId + 1} is` : `events #${prevId + 1}–#${e.id - 1} are`;
          problems.add('chain', where, `${gap} missing: removed from the audit trail`, ids);
        } else if (e.prev_hash !== prevHash) {
          const before = prevId === 0 ? 'the start of the chain' : `event #${prevId}`;
          problems.add('chain', where, `does not follow ${before}: ${prevId === 0 ? 'the trail was cut or replaced' : `#${prevId} was rewritten after #${e.id} was written`}`, ids);
        }
        if (eventHash(e.prev_hash, e) !== e.hash) {
          problems.add('chain', where, `its contents do not match its hash: the event was changed after it was written`, ids);
        }
        if (anchor && e.id === anchor.id) {
          anchorSeen = true;
          if (!e.hash.startsWith(anchor.hash.toLowerCase())) {
            problems.add('anchor', where, `its hash is ${e.hash.slice(0, 16)}…, not the ${anchor.hash.slice(0, 16)}… noted: history up to it was rewritten`, ids);
          }
        }
        prevHash = e.hash;
        prevId = e.id;
      }
      return true;
    },
    false,
  );
  if (read) {
    const seq = sqlite.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'`).get() as { seq: number } | undefined;
    if (seq && seq.seq > prevId) {
      const gap = seq.seq - prevId === 1 ? `event #${seq.seq} was` : `events #${prevId + 1}–#${seq.seq} were`;
      problems.add('chain', `event #${seq.seq}`, `the last ${gap} removed from the audit trail`, { event_id: seq.seq });
    }
    if (anchor && !anchorSeen) problems.add('anchor', `event #${anchor.id}`, 'the event noted is no longer in the audit trail', { event_id: anchor.id });
  }
  return { events, head: prevId ? { id: prevId, hash: prevHash } : null };
}

interface LatestEvent {
  entity_id: number;
  id: number;
  after: string | null;
}

function checkRows(sqlite: Database.Database, problems: Problems): number {
  let checked = 0;
  const tables = new Set((sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name));
  // A registry older than schema 5 (still to be upgraded) has no range events.
  const ranges = (sqlite.prepare(`SELECT name FROM pragma_table_info('audit_event')`).pluck().all() as string[]).includes('entity_id_last');
  for (const entity of AUDITED_ENTITIES) {
    if (!tables.has(entity)) continue;
    checked += guarded(problems, `table ${entity}`, () => compareTable(sqlite, entity, problems, ranges), 0);
  }
  return checked;
}

/** Merges the table's rows with the latest event of each id, both in id order. */
function compareTable(sqlite: Database.Database, entity: string, problems: Problems, withRanges: boolean): number {
  const rows = paged<Record<string, unknown> & { id: number }>(sqlite, `SELECT * FROM "${entity}" WHERE id > ? ORDER BY id LIMIT ?`, (r) => r.id);
  const singles = paged<LatestEvent & { entity_id_last: number | null }>(
    sqlite,
    `SELECT e.entity_id, e.id, e.after, ${withRanges ? 'e.entity_id_last' : 'NULL AS entity_id_last'} FROM audit_event e
       JOIN (SELECT entity_id, max(id) AS last FROM audit_event
              WHERE entity = ? AND entity_id IS NOT NULL AND entity_id > ?
              GROUP BY entity_id ORDER BY entity_id LIMIT ?) l ON e.id = l.last
      ORDER BY e.entity_id`,
    (r) => r.entity_id,
    [entity],
  );
  type RangeEvent = { id: number; entity_id: number; entity_id_last: number; after: string | null };
  const ranges: Iterable<RangeEvent> = withRanges
    ? paged<RangeEvent>(
        sqlite,
        `SELECT id, entity_id, entity_id_last, after FROM audit_event
          WHERE entity = ? AND entity_id_last IS NOT NULL AND entity_id_last > ?
          ORDER BY entity_id_last LIMIT ?`,
        (r) => r.entity_id_last,
        [entity],
      )
    : [];
  const latest = latestOf(
    // A range event is the latest of its first row only when nothing later changed it: the ranges say so.
    filter(singles, (e) => e.entity_id_last === null),
    rangeRows(ranges, entity, problems),
  );
  let count = 0;
  let r = rows.next();
  let e = latest.next();
  while (!r.done || !e.done) {
    if (e.done || (!r.done && r.value.id < e.value.entity_id)) {
      const id = r.value!.id;
      problems.add('row', `${entity} #${id}`, 'no audit event records this row: it was inserted behind tdkt\'s back', { entity, entity_id: id });
      count++;
      r = rows.next();
    } else if (r.done || e.value.entity_id < r.value.id) {
      const ev = e.value;
      if (ev.after !== null) {
        problems.add('row', `${entity} #${ev.entity_id}`, `the row recorded by event #${ev.id} is gone: it was deleted behind tdkt's back`, { event_id: ev.id, entity, entity_id: ev.entity_id });
      }
      e = latest.next();
    } else {
      const row = r.value;
      const ev = e.value;
      if (ev.after === null) {
        problems.add('row', `${entity} #${row.id}`, `event #${ev.id} records it as removed, yet the row is there`, { event_id: ev.id, entity, entity_id: row.id });
      } else if (ev.after.startsWith(DIGEST_PREFIX)) {
        if (imageDigest(canonicalJson(row)) !== ev.after) {
          problems.add(
            'row',
            `${entity} #${row.id}`,
            `differs from event #${ev.id}, which recorded it last as a digest of its values (as import records the rows it creates): a value was changed; compare the row with the imported file or a backup to see which`,
            { event_id: ev.id, entity, entity_id: row.id },
          );
        }
      } else if (canonicalJson(row) !== ev.after) {
        problems.add('row', `${entity} #${row.id}`, `differs from event #${ev.id}, which recorded it last: ${differences(ev.after, row)}`, {
          event_id: ev.id,
          entity,
          entity_id: row.id,
        });
      }
      count++;
      r = rows.next();
      e = latest.next();
    }
  }
  return count;
}

function* filter<T>(items: Iterable<T>, keep: (t: T) => boolean): Generator<T> {
  for (const t of items) if (keep(t)) yield t;
}

/** Each row a range event records, with its digest as a one-row event would hold it. */
function* rangeRows(
  events: Iterable<{ id: number; entity_id: number; entity_id_last: number; after: string | null }>,
  entity: string,
  problems: Problems,
): Generator<LatestEvent> {
  for (const ev of events) {
    const digests = rangeDigests(ev.after, ev.entity_id_last - ev.entity_id + 1);
    if (!digests) {
      problems.add('chain', `event #${ev.id}`, `records ${entity} #${ev.entity_id}–#${ev.entity_id_last} but does not list one digest for each of them`, {
        event_id: ev.id,
        entity,
        entity_id: ev.entity_id,
      });
      continue;
    }
    for (let i = 0; i < digests.length; i++) yield { entity_id: ev.entity_id + i, id: ev.id, after: DIGEST_PREFIX + digests[i] };
  }
}

/** Two streams of events in row order, merged: for each row, the later event. */
function* latestOf(a: Iterable<LatestEvent>, b: Iterable<LatestEvent>): Generator<LatestEvent> {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  let x = ia.next();
  let y = ib.next();
  while (!x.done || !y.done) {
    if (y.done || (!x.done && x.value.entity_id < y.value.entity_id)) {
      yield x.value;
      x = ia.next();
    } else if (x.done || y.value.entity_id < x.value.entity_id) {
      yield y.value;
      y = ib.next();
    } else {
      yield x.value.id > y.value.id ? x.value : y.value;
      x = ia.next();
      y = ib.next();
    }
  }
}

/** "period_from: recorded 2021, found 2019; note: …" */
export function differences(recordedJson: string, found: Record<string, unknown>): string {
  let recorded: Record<string, unknown>;
  try {
    recorded = JSON.parse(recordedJson) as Record<string, unknown>;
  } catch {
    return 'the recorded image is not valid JSON';
  }
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(found)])].sort();
  const parts = keys
    .filter((k) => canonicalJson(recorded[k] ?? null) !== canonicalJson(found[k] ?? null) || !(k in recorded) || !(k in found))
    .map((k) => {
      if (!(k in recorded)) return `${k}: not recorded, found ${show(found[k])}`;
      if (!(k in found)) return `${k}: recorded ${show(recorded[k])}, column gone`;
      return `${k}: recorded ${show(recorded[k])}, found ${show(found[k])}`;
    });
  return parts.join('; ');
}

function show(v: unknown): string {
  const s = JSON.stringify(v ?? null);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

function checkSchema(actual: { type: string; name: string; sql: string | null }[], expected: { type: string; name: string; sql: string | null }[], problems: Problems): void {
  const key = (o: { type: string; name: string }) => `${o.type} ${o.name}`;
  const have = new Map(actual.map((o) => [key(o), o.sql]));
  const want = new Map(expected.map((o) => [key(o), o.sql]));
  for (const [k, sql] of want) {
    if (!have.has(k)) problems.add('schema', k, 'is missing: it was dropped behind tdkt\'s back');
    else if (have.get(k) !== sql) problems.add('schema', k, 'differs from the one tdkt creates');
  }
  for (const k of have.keys()) if (!want.has(k)) problems.add('schema', k, 'was added behind tdkt\'s back');
}
