/**
 * Verifies a registry as an auditor would: SQLite's integrity and foreign-key checks, the audit trail's
 * hash chain, every audited row against the after-image of its latest event (the row's canonical JSON,
 * or its digest for rows an import created), and the schema against the one tdkt creates. Every problem
 * is reported, not just the first.
 *
 * Read-only: it runs in one read transaction, so it sees one consistent state even while clerks write.
 */
import type Database from 'better-sqlite3';
import { AUDITED_ENTITIES, DIGEST_PREFIX, GENESIS_HASH, RANGE_PREFIX, canonicalJson, eventHash, imageDigest, rangeDigests, rowDigest, type AuditEventFields } from '../audit.js';
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
  /** More such anchors: typed in, or read from an anchors file (trust/anchors.ts). */
  anchors?: (Anchor & { at?: string | null; source?: string })[];
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
    const chain = checkChain(sqlite, problems, [...(opts.anchor ? [opts.anchor] : []), ...(opts.anchors ?? [])]);
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

type AnyAnchor = Anchor & { at?: string | null; source?: string };

function checkChain(sqlite: Database.Database, problems: Problems, anchors: AnyAnchor[]): Pick<VerifyReport, 'events' | 'head'> {
  const wanted = new Map<number, AnyAnchor[]>();
  for (const a of anchors) wanted.set(a.id, [...(wanted.get(a.id) ?? []), a]);
  const seen = new Set<number>();
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  let prevAt = '';
  let events = 0;
  const read = guarded(
    problems,
    'the audit trail',
    () => {
      // Every event whose id tdkt could have written, in one pass; the others are named by checkValues.
      for (const e of sqlite.prepare(`SELECT * FROM audit_event WHERE id BETWEEN 1 AND ${MAX_ID} ORDER BY id`).iterate() as Iterable<EventRow>) {
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
        if (typeof e.at !== 'string' || !ISO_INSTANT.test(e.at)) {
          problems.add('chain', where, `its time ${JSON.stringify(e.at)} is not a time tdkt writes (an ISO instant such as 2026-03-01T08:00:00.000Z)`, ids);
        } else if (e.at < prevAt) {
          problems.add('chain', where, `was written at ${e.at}, before event #${prevId} (${prevAt}): time in the audit trail only moves forward`, ids);
        }
        for (const anchor of wanted.get(e.id) ?? []) {
          seen.add(e.id);
          if (!e.hash.startsWith(anchor.hash.toLowerCase())) {
            const noted = anchor.source ? ` (${anchor.source})` : '';
            problems.add('anchor', where, `its hash is ${e.hash.slice(0, 16)}…, not the ${anchor.hash.slice(0, 16)}… noted${noted}: history up to it was rewritten`, ids);
          }
        }
        prevHash = e.hash;
        prevId = e.id;
        if (typeof e.at === 'string' && e.at > prevAt) prevAt = e.at;
      }
      return true;
    },
    false,
  );
  if (read) {
    const seq = sqlite.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'`).get() as { seq: number } | undefined;
    if (seq && seq.seq > prevId && seq.seq <= MAX_ID) {
      const gap = seq.seq - prevId === 1 ? `event #${seq.seq} was` : `events #${prevId + 1}–#${seq.seq} were`;
      problems.add('chain', `event #${seq.seq}`, `the last ${gap} removed from the audit trail`, { event_id: seq.seq });
    }
    for (const [id, list] of wanted) {
      if (seen.has(id)) continue;
      const a = list[0];
      const noted = a.source ? ` (${a.source}${a.at ? `, ${a.at}` : ''})` : '';
      problems.add(
        'anchor',
        `event #${id}`,
        id > prevId
          ? `was noted${noted}, but the audit trail ends at event #${prevId}: the last events were removed`
          : `the event noted${noted} is no longer in the audit trail`,
        { event_id: id },
      );
    }
  }
  return { events, head: prevId ? { id: prevId, hash: prevHash } : null };
}

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

/** A problem of one row, sorted with the table's others by id before it is added. */
interface RowProblem {
  key: bigint;
  problem: [ProblemKind, string, string, { event_id?: number; entity?: string; entity_id?: number }];
}

function checkRows(sqlite: Database.Database, problems: Problems): number {
  let checked = 0;
  const tables = new Set((sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name));
  // A registry older than schema 5 (still to be upgraded) has no range events.
  const ranges = (sqlite.prepare(`SELECT name FROM pragma_table_info('audit_event')`).pluck().all() as string[]).includes('entity_id_last');
  if (tables.has('audit_event')) {
    const found: RowProblem[] = [];
    guarded(problems, 'table audit_event', () => checkValues(sqlite, 'audit_event', found), undefined);
    for (const f of found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      const [, where, message, ids] = f.problem;
      problems.add('chain', where.replace(/^audit_event /, 'event '), message, { event_id: ids.entity_id });
    }
  }
  for (const entity of AUDITED_ENTITIES) {
    if (!tables.has(entity)) continue;
    const found: RowProblem[] = [];
    checked += guarded(
      problems,
      `table ${entity}`,
      () => {
        checkValues(sqlite, entity, found);
        return compareTable(sqlite, entity, found, ranges);
      },
      0,
    );
    for (const f of found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) problems.add(...f.problem);
  }
  return checked;
}

/**
 * Compares every row of `entity` whose id tdkt could have written (the others are named by checkValues)
 * with its latest event, found by SQL for each row: its latest one-row event, or the range event (an
 * import's rows created together) that covers it, whichever is later; the range's digest for the row is
 * cut out of the event by SQL too. Then the events whose row is gone. No id is walked in JavaScript.
 */
function compareTable(sqlite: Database.Database, entity: string, out: RowProblem[], withRanges: boolean): number {
  const T = quoteIdent(entity);
  const problem = (id: number, ...p: [string, { event_id?: number }?]) =>
    out.push({ key: BigInt(id), problem: ['row', `${entity} #${id}`, p[0], { ...(p[1] ?? {}), entity, entity_id: id }] });
  const badRanges = new Set<number>();
  const rangeRows: { id: number; first: number; last: number }[] = [];
  if (withRanges) {
    const stmt = sqlite.prepare(`SELECT id, entity_id, entity_id_last, after FROM audit_event WHERE entity = ? AND entity_id_last IS NOT NULL AND id BETWEEN 1 AND ${MAX_ID} ORDER BY id`);
    for (const r of stmt.iterate(entity) as Iterable<{ id: number; entity_id: number; entity_id_last: number; after: string | null }>) {
      const count = r.entity_id_last - r.entity_id + 1;
      if (!Number.isSafeInteger(r.entity_id) || !Number.isSafeInteger(r.entity_id_last) || count < 1 || count > 1_000_000 || !rangeDigests(r.after, count)) {
        badRanges.add(r.id);
        out.push({
          key: BigInt(Number.isSafeInteger(r.entity_id) ? r.entity_id : 0),
          problem: ['chain', `event #${r.id}`, `records ${entity} #${r.entity_id}–#${r.entity_id_last} but does not list one digest for each of them`, { event_id: r.id, entity, entity_id: r.entity_id }],
        });
        continue;
      }
      rangeRows.push({ id: r.id, first: r.entity_id, last: r.entity_id_last });
    }
  }
  const single = (fn: string) =>
    `(SELECT ${fn}(e.id) FROM audit_event e WHERE e.entity = @entity AND e.entity_id = t.id${withRanges ? ' AND e.entity_id_last IS NULL' : ''})`;
  const candidate = withRanges
    ? `(SELECT r.id FROM audit_event r WHERE r.entity = @entity AND r.entity_id_last IS NOT NULL AND r.entity_id_last >= t.id ORDER BY r.entity_id_last LIMIT 1)`
    : 'NULL';
  const rows = sqlite.prepare(
    `SELECT q.*, r.id AS __range_id, substr(r.after, ${RANGE_PREFIX.length + 1} + (q.id - r.entity_id) * 65, 64) AS __range_digest,
            (SELECT s.after FROM audit_event s WHERE s.id = q.__single_id) AS __single_after
       FROM (SELECT t.*, ${single('max')} AS __single_id, ${single('min')} AS __first_id, ${candidate} AS __candidate
               FROM ${T} t WHERE t.id BETWEEN 1 AND ${MAX_ID}) q
       LEFT JOIN audit_event r ON r.id = q.__candidate AND r.entity_id <= q.id
      ORDER BY q.id DESC`,
  );
  let count = 0;
  // Rows are read from the highest id down: each must have been created before every row above it.
  let laterFirst = Infinity;
  let laterRow = 0;
  for (const raw of rows.iterate({ entity }) as Iterable<Record<string, unknown>>) {
    const { __single_id, __first_id, __candidate, __range_id, __range_digest, __single_after, ...row } = raw as Record<string, unknown> & {
      __single_id: number | null;
      __first_id: number | null;
      __range_id: number | null;
      __range_digest: string | null;
      __single_after: string | null;
    };
    void __candidate;
    const id = row.id as number;
    count++;
    const first = Math.min(__first_id ?? Infinity, __range_id ?? Infinity);
    if (first === Infinity) {
      problem(id, "no audit event records this row: it was inserted behind tdkt's back");
      continue;
    }
    if (first > laterFirst) {
      problem(id, `was first recorded by event #${first}, after #${laterRow} (event #${laterFirst}), which has a higher id: ids only grow, so it was written with a lower id behind tdkt's back`, {
        event_id: first,
      });
    } else {
      laterFirst = first;
      laterRow = id;
    }
    if (__range_id !== null && (__single_id === null || __range_id > __single_id)) {
      if (badRanges.has(__range_id)) continue;
      if (rowDigest(canonicalJson(row)) !== __range_digest) {
        problem(
          id,
          `differs from event #${__range_id}, which recorded it last as a digest of its values (as import records the rows it creates): a value was changed; compare the row with the imported file or a backup to see which`,
          { event_id: __range_id },
        );
      }
      continue;
    }
    const evId = __single_id!;
    const after = __single_after;
    if (after === null) {
      problem(id, `event #${evId} records it as removed, yet the row is there`, { event_id: evId });
    } else if (after.startsWith(DIGEST_PREFIX)) {
      if (imageDigest(canonicalJson(row)) !== after) {
        problem(
          id,
          `differs from event #${evId}, which recorded it last as a digest of its values (as import records the rows it creates): a value was changed; compare the row with the imported file or a backup to see which`,
          { event_id: evId },
        );
      }
    } else if (canonicalJson(row) !== after) {
      problem(id, `differs from event #${evId}, which recorded it last: ${differences(after, row)}`, { event_id: evId });
    }
  }
  // Rows recorded by a one-row event that are gone.
  const gone = sqlite.prepare(
    `SELECT e.id, CAST(e.entity_id AS TEXT) AS entity_id FROM audit_event e
      WHERE e.entity = @entity AND e.entity_id IS NOT NULL AND e.after IS NOT NULL${withRanges ? ' AND e.entity_id_last IS NULL' : ''}
        AND e.id = (SELECT max(x.id) FROM audit_event x WHERE x.entity = @entity AND x.entity_id = e.entity_id${withRanges ? ' AND x.entity_id_last IS NULL' : ''})
        AND NOT EXISTS (SELECT 1 FROM ${T} t WHERE t.id = e.entity_id)`,
  );
  for (const g of gone.all({ entity }) as { id: number; entity_id: string }[]) {
    if (!isSafeId(g.entity_id)) continue; // an event no tdkt command writes: its hash or the chain says so
    const later = withRanges && rangeRows.some((r) => r.id > g.id && r.first <= Number(g.entity_id) && Number(g.entity_id) <= r.last);
    if (!later) problem(Number(g.entity_id), `the row recorded by event #${g.id} is gone: it was deleted behind tdkt's back`, { event_id: g.id });
  }
  // Rows recorded by a range event that are gone (and were not recorded later by a one-row event).
  const present = sqlite.prepare(`SELECT count(*) FROM ${T} WHERE id BETWEEN ? AND ?`).pluck();
  const ids = sqlite.prepare(`SELECT id FROM ${T} WHERE id BETWEEN ? AND ? ORDER BY id`).pluck();
  const latestSingle = sqlite.prepare(`SELECT max(id) FROM audit_event WHERE entity = ? AND entity_id = ? AND entity_id_last IS NULL`).pluck();
  for (const r of rangeRows) {
    if ((present.get(r.first, r.last) as number) === r.last - r.first + 1) continue;
    const have = new Set(ids.all(r.first, r.last) as number[]);
    for (let id = r.first; id <= r.last; id++) {
      if (have.has(id)) continue;
      const later = latestSingle.get(entity, id) as number | null;
      if (later !== null && later > r.id) continue; // the one-row event speaks for it (see above)
      problem(id, `the row recorded by event #${r.id} is gone: it was deleted behind tdkt's back`, { event_id: r.id });
    }
  }
  // The table's autoincrement counter past its last row: rows at the end were removed.
  const seq = sqlite.prepare(`SELECT seq, (SELECT max(id) FROM ${T} WHERE id BETWEEN 1 AND ${MAX_ID}) AS last FROM sqlite_sequence WHERE name = ?`).get(entity) as
    | { seq: number; last: number | null }
    | undefined;
  // Rows a correction removed, its removal recorded (a withdrawn presentation, an undone revocation), are not missing.
  const removedOnRecord = sqlite.prepare(
    `SELECT count(DISTINCT e.entity_id) FROM audit_event e WHERE e.entity = ? AND e.entity_id BETWEEN ? AND ? AND e.after IS NULL
       AND e.id = (SELECT max(x.id) FROM audit_event x WHERE x.entity = e.entity AND x.entity_id = e.entity_id)`,
  ).pluck();
  if (seq && Number.isSafeInteger(seq.seq) && seq.seq > (seq.last ?? 0) && (removedOnRecord.get(entity, (seq.last ?? 0) + 1, seq.seq) as number) < seq.seq - (seq.last ?? 0)) {
    const from = (seq.last ?? 0) + 1;
    problem(seq.seq, `${from === seq.seq ? `${entity} #${seq.seq} was` : `${entity} #${from}–#${seq.seq} were`} created and is no longer there: rows at the end of the table were removed`);
  }
  return count;
}

/** The largest id tdkt can write and read back exactly (a JavaScript number is exact up to 2^53 − 1). */
export const MAX_ID = Number.MAX_SAFE_INTEGER;

/** The storage classes each declared column type may hold: what tdkt writes (and NULL where allowed). */
function allowedClasses(declared: string): string[] | null {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return ['integer', 'null'];
  if (t.includes('CHAR') || t.includes('TEXT') || t.includes('CLOB')) return ['text', 'null'];
  return null;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Values no tdkt command writes, found by SQL over every row whatever its id: an id outside 1 … 2^53 − 1,
 * a value whose storage class is not its column's (text in an integer column, a real such as ±Infinity,
 * a blob), an integer too large to read back exactly. NaN cannot be stored (SQLite turns it into NULL).
 */
function checkValues(sqlite: Database.Database, table: string, rowProblems: RowProblem[]): void {
  const columns = sqlite.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
  const tests: string[] = [];
  const checked: { name: string; allowed: string[] }[] = [];
  for (const c of columns) {
    const allowed = allowedClasses(c.type);
    if (!allowed) continue;
    const col = quoteIdent(c.name);
    let bad = `typeof(${col}) NOT IN (${allowed.map((a) => `'${a}'`).join(', ')})`;
    if (c.name === 'id') bad += ` OR ${col} NOT BETWEEN 1 AND ${MAX_ID}`;
    else if (allowed[0] === 'integer') bad += ` OR ${col} > ${MAX_ID} OR ${col} < -${MAX_ID}`;
    tests.push(`(${bad})`);
    checked.push({ name: c.name, allowed });
  }
  if (!tests.length) return;
  const select = checked.map((c, i) => `typeof(${quoteIdent(c.name)}) AS t${i}, quote(${quoteIdent(c.name)}) AS q${i}`).join(', ');
  const stmt = sqlite.prepare(`SELECT CAST(rowid AS TEXT) AS rid, ${select} FROM ${quoteIdent(table)} WHERE ${tests.join(' OR ')} ORDER BY rowid`);
  for (const r of stmt.iterate() as Iterable<Record<string, string>>) {
    const rid = r.rid;
    const found: string[] = [];
    checked.forEach((c, i) => {
      const cls = r[`t${i}`];
      const quoted = r[`q${i}`];
      const shown = quoted.length > 40 ? `${quoted.slice(0, 39)}…` : quoted;
      if (!c.allowed.includes(cls)) found.push(`${c.name} holds ${article(cls)} ${cls} (${shown}), not ${article(c.allowed[0])} ${c.allowed[0]}`);
      else if (cls === 'integer' && (c.name === 'id' ? !isSafeId(quoted) : !isSafeInteger(quoted))) {
        found.push(`${c.name} is ${shown}, outside what tdkt writes (${c.name === 'id' ? `1 … ${MAX_ID}` : `±${MAX_ID}`})`);
      }
    });
    if (!isSafeId(rid) && !found.some((f) => f.startsWith('id '))) found.unshift(`id is ${rid}, outside what tdkt writes (1 … ${MAX_ID})`);
    if (!found.length) continue;
    const id = isSafeId(rid) ? Number(rid) : null;
    rowProblems.push({
      key: BigInt(rid),
      problem: ['row', `${table} #${rid}`, `${found.join('; ')}: no tdkt command writes this; it was written behind tdkt's back`, id === null ? { entity: table } : { entity: table, entity_id: id }],
    });
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function isSafeInteger(text: string): boolean {
  return /^-?\d+$/.test(text) && BigInt(text) <= BigInt(MAX_ID) && BigInt(text) >= -BigInt(MAX_ID);
}

function isSafeId(text: string): boolean {
  return /^\d+$/.test(text) && BigInt(text) >= 1n && BigInt(text) <= BigInt(MAX_ID);
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
