/**
 * Verifies a registry as an auditor would: SQLite's integrity and foreign-key checks, the audit trail's
 * hash chain, every audited row against the after-image of its latest event (the row's canonical JSON,
 * or its digest for rows an import created), and the schema against the one tdkt creates. Every problem
 * is reported, not just the first.
 *
 * Read-only: it runs in one read transaction, so it sees one consistent state even while clerks write.
 */
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { AUDITED_ENTITIES, DIGEST_PREFIX, GENESIS_HASH, RANGE_PREFIX, canonicalJson, eventHash, imageDigest, rowDigest, type AuditEventFields } from '../audit.js';
import { schemaAt, schemaOf, type Registry } from '../db.js';
import { VERIFY } from '../../i18n/messages/scale.js';

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
  /** The worker bundle (dist/checks-worker.cjs) that runs SQLite's own checks of a large file beside the rest. */
  worker?: string;
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

export interface EventRow extends AuditEventFields {
  id: number;
  prev_hash: string;
  hash: string;
}

export class Problems {
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

/** Registry files from this size on have SQLite's own checks run by a worker thread, beside the rows' comparison. */
const PARALLEL_FROM = 64 * 1024 ** 2;

/** Verifies the registry `reg`. Read-only. */
export async function verifyRegistry(reg: Registry, opts: VerifyOptions = {}): Promise<VerifyReport> {
  if (reg.engine === 'postgres') return (await import('./verify-postgres.js')).verifyPostgres(reg, opts);
  const sqlite = reg.sqlite;
  const problems = new Problems(opts.maxProblems ?? 1000);
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  const expected = await schemaAt(version);
  const quick = opts.quick ?? false;
  // SQLite's integrity and foreign-key checks read the whole file, as the rows' comparison does: on a
  // large file they run in a worker thread (its own read-only connection) while this thread compares.
  const beside = opts.worker && !sqlite.memory && sizeOf(reg.path) >= PARALLEL_FROM ? await soundnessInWorker(opts.worker, reg.path, quick) : undefined;
  const later = new Problems(opts.maxProblems ?? 1000);
  sqlite.exec('BEGIN');
  try {
    const sound = beside ? undefined : soundness(sqlite, quick);
    const chain = checkChain(sqlite, later, [...(opts.anchor ? [opts.anchor] : []), ...(opts.anchors ?? [])]);
    const rows = checkRows(sqlite, later);
    checkSchema(schemaOf(sqlite), expected, later);
    // Should the worker fail, the checks run here.
    addSoundness(problems, sound ?? (await beside!.result.catch(() => soundness(sqlite, quick))), quick);
    for (const p of later.list) problems.add(p.kind, p.where, p.message, { event_id: p.event_id ?? undefined, entity: p.entity ?? undefined, entity_id: p.entity_id ?? undefined });
    problems.more += later.more;
    return { ok: problems.list.length === 0, schema_version: version, ...chain, rows, problems: problems.list, more: problems.more };
  } finally {
    sqlite.exec('COMMIT');
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** What SQLite's integrity (or quick) check and foreign-key check answer; a failure to read is kept as its message. */
export interface Soundness {
  integrity: Record<string, string>[] | { failed: string };
  foreignKeys: { table: string; rowid: number; parent: string }[] | { failed: string };
}

/** Runs SQLite's integrity (or quick) check and its foreign-key check. Read-only. */
export function soundness(sqlite: Database.Database, quick: boolean): Soundness {
  const run = <T>(fn: () => T): T | { failed: string } => {
    try {
      return fn();
    } catch (e) {
      return { failed: (e as Error).message };
    }
  };
  return {
    integrity: run(() => sqlite.pragma(quick ? 'quick_check' : 'integrity_check') as Record<string, string>[]),
    foreignKeys: run(() => sqlite.pragma('foreign_key_check') as Soundness['foreignKeys'] & unknown[]),
  };
}

/**
 * soundness() of the registry file at `path`, run by the worker `script` (checks-worker.ts): the worker
 * is started before this returns (the caller then keeps this thread busy), its answer is the promise.
 */
async function soundnessInWorker(script: string, path: string, quick: boolean): Promise<{ result: Promise<Soundness> }> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(script, { workerData: { job: 'soundness', path, quick } });
  const result = new Promise<Soundness>((resolve, reject) => {
    worker.once('message', (m: { t: 'sound'; sound: Soundness } | { t: 'error'; message: string }) => (m.t === 'sound' ? resolve(m.sound) : reject(new Error(m.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`exit ${code}`))); // i18n-ignore: caught, the checks then run on this thread
  }).finally(() => void worker.terminate());
  result.catch(() => {});
  return { result };
}

function addSoundness(problems: Problems, sound: Soundness, quick: boolean): void {
  const pragma = quick ? 'quick_check' : 'integrity_check';
  if ('failed' in sound.integrity) problems.add('integrity', 'database file', VERIFY.readFailed(`PRAGMA ${pragma}`, sound.integrity.failed));
  else {
    for (const r of sound.integrity) {
      const message = Object.values(r)[0];
      if (message !== 'ok') problems.add('integrity', 'database file', `SQLite ${pragma}: ${message}`);
    }
  }
  if ('failed' in sound.foreignKeys) problems.add('integrity', 'database file', VERIFY.readFailed('PRAGMA foreign_key_check', sound.foreignKeys.failed));
  else {
    for (const r of sound.foreignKeys) {
      problems.add('foreign_key', `${r.table} #${r.rowid}`, VERIFY.noParent(r.parent), { entity: r.table, entity_id: r.rowid });
    }
  }
}

/** Runs `fn`, turning an SQLite failure (a damaged file) into a problem instead of an exception. */
function guarded<T>(problems: Problems, what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    problems.add('integrity', 'database file', VERIFY.readFailed(what, (e as Error).message));
    return fallback;
  }
}

export type AnyAnchor = Anchor & { at?: string | null; source?: string };

function checkChain(sqlite: Database.Database, problems: Problems, anchors: AnyAnchor[]): Pick<VerifyReport, 'events' | 'head'> {
  const chain = new ChainJudge(problems, anchors);
  const read = guarded(
    problems,
    VERIFY.theTrail(),
    () => {
      // Every event whose id tdkt could have written, in one pass; the others are named by checkValues.
      for (const e of sqlite.prepare(`SELECT * FROM audit_event WHERE id BETWEEN 1 AND ${MAX_ID} ORDER BY id`).iterate() as Iterable<EventRow>) chain.event(e);
      return true;
    },
    false,
  );
  if (read) {
    const seq = sqlite.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'`).get() as { seq: number } | undefined;
    if (seq && seq.seq > chain.prevId && seq.seq <= MAX_ID) {
      problems.add('chain', `event #${seq.seq}`, VERIFY.lastRemoved(chain.prevId + 1, seq.seq), { event_id: seq.seq });
    }
    chain.anchorsNotSeen();
  }
  return chain.result();
}

/**
 * Judges the audit trail's events, fed one by one in id order by each engine's reader: each follows
 * the one before (no id missing, its prev_hash the previous hash), matches its own hash, has a time
 * tdkt writes and no earlier than the one before, and matches the anchors noted for it.
 */
export class ChainJudge {
  private readonly wanted = new Map<number, AnyAnchor[]>();
  private readonly seen = new Set<number>();
  prevHash = GENESIS_HASH;
  prevId = 0;
  private prevAt = '';
  events = 0;
  constructor(
    private readonly problems: Problems,
    anchors: AnyAnchor[],
  ) {
    for (const a of anchors) this.wanted.set(a.id, [...(this.wanted.get(a.id) ?? []), a]);
  }

  event(e: EventRow): void {
    const problems = this.problems;
    this.events++;
    const where = `event #${e.id}`;
    const ids = { event_id: e.id, entity: e.entity, entity_id: e.entity_id ?? undefined };
    if (e.id !== this.prevId + 1) {
      problems.add('chain', where, VERIFY.eventsMissing(this.prevId + 1, e.id - 1), ids);
    } else if (e.prev_hash !== this.prevHash) {
      problems.add('chain', where, this.prevId === 0 ? VERIFY.notFollowingStart() : VERIFY.notFollowing(this.prevId, e.id), ids);
    }
    if (eventHash(e.prev_hash, e) !== e.hash) {
      problems.add('chain', where, VERIFY.hashMismatch(), ids);
    }
    if (typeof e.at !== 'string' || !ISO_INSTANT.test(e.at)) {
      problems.add('chain', where, VERIFY.badTime(JSON.stringify(e.at)), ids);
    } else if (e.at < this.prevAt) {
      problems.add('chain', where, VERIFY.timeBackwards(e.at, this.prevId, this.prevAt), ids);
    }
    for (const anchor of this.wanted.get(e.id) ?? []) {
      this.seen.add(e.id);
      if (!e.hash.startsWith(anchor.hash.toLowerCase())) {
        const noted = anchor.source ? ` (${anchor.source})` : '';
        problems.add('anchor', where, VERIFY.anchorMismatch(e.hash.slice(0, 16), anchor.hash.slice(0, 16), noted), ids);
      }
    }
    this.prevHash = e.hash;
    this.prevId = e.id;
    if (typeof e.at === 'string' && e.at > this.prevAt) this.prevAt = e.at;
  }

  /** The anchors naming an event the trail no longer holds (or not yet). */
  anchorsNotSeen(): void {
    for (const [id, list] of this.wanted) {
      if (this.seen.has(id)) continue;
      const a = list[0];
      const noted = a.source ? ` (${a.source}${a.at ? `, ${a.at}` : ''})` : '';
      this.problems.add('anchor', `event #${id}`, id > this.prevId ? VERIFY.anchorBeyond(noted, this.prevId) : VERIFY.anchorGone(noted), { event_id: id });
    }
  }

  result(): Pick<VerifyReport, 'events' | 'head'> {
    return { events: this.events, head: this.prevId ? { id: this.prevId, hash: this.prevHash } : null };
  }
}

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

/** A problem of one row, sorted with the table's others by id before it is added. */
export interface RowProblem {
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
    guarded(problems, VERIFY.table('audit_event'), () => checkValues(sqlite, 'audit_event', found), undefined);
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
      VERIFY.table(entity),
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
 * with its latest event: its latest one-row event, or the range event (an import's rows created
 * together) that covers it, whichever is later. The rows, the events' ids by row (from the index on
 * entity and row id, never the events themselves) and the range events (each read once, its list of
 * digests kept while the rows it covers pass) are walked together from the highest id down; an
 * event's after-image is read only for a row whose latest event is a one-row event. Then the events
 * whose row is gone.
 */
function compareTable(sqlite: Database.Database, entity: string, out: RowProblem[], withRanges: boolean): number {
  const T = quoteIdent(entity);
  const problem = (id: number, ...p: [string, { event_id?: number }?]) =>
    out.push({ key: BigInt(id), problem: ['row', `${entity} #${id}`, p[0], { ...(p[1] ?? {}), entity, entity_id: id }] });
  const badRanges = new Set<number>();
  const rangeRows: { id: number; first: number; last: number }[] = [];
  /** Every range event of the entity: the candidates for a row (rangeFinder orders them). */
  let candidates: { id: number; first: number; last: number }[] = [];
  if (withRanges) {
    const stmt = sqlite.prepare(`SELECT id, entity_id, entity_id_last, after FROM audit_event WHERE entity = ? AND entity_id_last IS NOT NULL AND id BETWEEN 1 AND ${MAX_ID} ORDER BY id`);
    for (const r of stmt.iterate(entity) as Iterable<{ id: number; entity_id: number; entity_id_last: number; after: string | null }>) {
      const count = r.entity_id_last - r.entity_id + 1;
      if (!Number.isSafeInteger(r.entity_id) || !Number.isSafeInteger(r.entity_id_last) || count < 1 || count > 1_000_000 || !isRangeList(r.after, count)) {
        badRanges.add(r.id);
        out.push({
          key: BigInt(Number.isSafeInteger(r.entity_id) ? r.entity_id : 0),
          problem: ['chain', `event #${r.id}`, VERIFY.rangeWithoutDigests(entity, r.entity_id, r.entity_id_last), { event_id: r.id, entity, entity_id: r.entity_id }],
        });
        continue;
      }
      rangeRows.push({ id: r.id, first: r.entity_id, last: r.entity_id_last });
    }
    candidates = (
      sqlite.prepare(`SELECT id, entity_id AS first, entity_id_last AS last FROM audit_event WHERE entity = ? AND entity_id_last IS NOT NULL`).all(entity) as {
        id: number;
        first: number;
        last: number;
      }[]
    );
  }
  const rangeIds = new Set(candidates.map((c) => c.id));
  const rangeFor = rangeFinder(candidates);
  const afterOf = sqlite.prepare('SELECT after FROM audit_event WHERE id = ?').pluck();
  let listId = 0;
  let list: string | null = null;
  const digestIn = (range: { id: number; first: number }, id: number): string | null => {
    if (listId !== range.id) {
      listId = range.id;
      list = afterOf.get(range.id) as string | null;
    }
    return list === null ? null : list.substr(RANGE_PREFIX.length + (id - range.first) * 65, 64);
  };
  // Each row as its canonical JSON, written by SQLite (json_object with the keys in order); should a
  // row's differ from what its event recorded, the row is read again and judged by canonicalJson itself
  // (SQLite writes a real number otherwise than JavaScript), so only a real difference is reported.
  const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(entity) as string[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byId = sqlite.prepare(`SELECT * FROM ${T} WHERE id = ?`);
  const exact = (id: number) => {
    const row = byId.get(id) as Record<string, unknown>;
    return { row, json: canonicalJson(row) };
  };
  /** The walk over the rows; `blobs`: a blob, which JSON cannot hold, is left out of SQLite's JSON (the row is then judged by canonicalJson). */
  const walk = (blobs: boolean, found: RowProblem[]): number => {
    const value = (c: string) => (blobs ? `CASE typeof(${quoteIdent(c)}) WHEN 'blob' THEN NULL ELSE ${quoteIdent(c)} END` : quoteIdent(c));
    const rows = sqlite
      .prepare(`SELECT id, json_object(${columns.map((c) => `'${c.replace(/'/g, "''")}', ${value(c)}`).join(', ')}) FROM ${T} WHERE id BETWEEN 1 AND ${MAX_ID} ORDER BY id DESC`)
      .raw(true);
    // The events of each row id, highest first (one-row events; range events are told apart by id).
    const events = (
      sqlite.prepare(`SELECT entity_id, id FROM audit_event WHERE entity = ? AND entity_id BETWEEN 1 AND ${MAX_ID} ORDER BY entity_id DESC, id DESC`).raw(true).iterate(entity) as Iterable<
        [number, number]
      >
    )[Symbol.iterator]();
    let ev = events.next();
    let count = 0;
    const judge = new RowJudge(entity, found, badRanges, { exact, after: (e) => afterOf.get(e) as string | null, digestIn });
    try {
      for (const [id, json] of rows.iterate() as Iterable<[number, string]>) {
        count++;
        while (!ev.done && ev.value[0] > id) ev = events.next();
        let singleId: number | null = null;
        let firstSingle: number | null = null;
        for (; !ev.done && ev.value[0] === id; ev = events.next()) {
          const e = ev.value[1];
          if (rangeIds.has(e)) continue;
          singleId ??= e;
          firstSingle = e;
        }
        judge.judge(id, json, singleId, firstSingle, withRanges ? rangeFor(id) : undefined);
      }
    } finally {
      events.return?.();
    }
    return count;
  };
  let found: RowProblem[] = [];
  let count: number;
  try {
    count = walk(false, found);
  } catch (e) {
    if (!/BLOB/i.test((e as Error).message)) throw e;
    found = [];
    count = walk(true, found);
  }
  out.push(...found);
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
    if (!later) problem(Number(g.entity_id), VERIFY.gone(g.id), { event_id: g.id });
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
      problem(id, VERIFY.gone(r.id), { event_id: r.id });
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
    problem(seq.seq, VERIFY.endRemoved(entity, from, seq.seq));
  }
  return count;
}

/** What the row judge reads of a row and of the events: each engine's reader gives it. */
export interface RowSource {
  /** The row read again, and its canonical JSON as canonicalJson writes it. */
  exact(id: number): { row: Record<string, unknown>; json: string };
  /** The after-image of the event `id`. */
  after(event: number): string | null;
  /** The digest of row `id` in the list of the range event `range`. */
  digestIn(range: { id: number; first: number }, id: number): string | null;
}

/**
 * Judges the rows of one table against their events, on either engine: fed by each engine's reader
 * with the rows from the highest id down, each with its canonical JSON (as read fast: `exact` reads it
 * again when it differs), the latest and first of its one-row events, and the range event covering it.
 * A row is judged against its latest event, whichever is later: a one-row event's after-image (the
 * canonical JSON, or a digest of it), or its digest in a range event's list.
 */
export class RowJudge {
  // Rows are read from the highest id down: each must have been created before every row above it.
  private laterFirst = Infinity;
  private laterRow = 0;
  constructor(
    private readonly entity: string,
    private readonly out: RowProblem[],
    private readonly badRanges: Set<number>,
    private readonly source: RowSource,
  ) {}

  private problem(id: number, message: string, ids: { event_id?: number } = {}): void {
    this.out.push({ key: BigInt(id), problem: ['row', `${this.entity} #${id}`, message, { ...ids, entity: this.entity, entity_id: id }] });
  }

  judge(id: number, json: string, singleId: number | null, firstSingle: number | null, range: { id: number; first: number } | undefined): void {
    const first = Math.min(firstSingle ?? Infinity, range?.id ?? Infinity);
    if (first === Infinity) {
      this.problem(id, VERIFY.noEvent());
      return;
    }
    if (first > this.laterFirst) {
      this.problem(id, VERIFY.lowerId(first, this.laterRow, this.laterFirst), { event_id: first });
    } else {
      this.laterFirst = first;
      this.laterRow = id;
    }
    if (range && (singleId === null || range.id > singleId)) {
      if (this.badRanges.has(range.id)) return;
      const digest = this.source.digestIn(range, id);
      if (rowDigest(json) !== digest && rowDigest(this.source.exact(id).json) !== digest) this.problem(id, VERIFY.digestDiffers(range.id), { event_id: range.id });
      return;
    }
    const evId = singleId!;
    const after = this.source.after(evId);
    if (after === null) {
      this.problem(id, VERIFY.recordedRemoved(evId), { event_id: evId });
    } else if (after.startsWith(DIGEST_PREFIX)) {
      if (imageDigest(json) !== after && imageDigest(this.source.exact(id).json) !== after) this.problem(id, VERIFY.digestDiffers(evId), { event_id: evId });
    } else if (json !== after) {
      const e = this.source.exact(id);
      if (e.json !== after) this.problem(id, VERIFY.differs(evId, differences(after, e.row)), { event_id: evId });
    }
  }
}

/** rangeDigests(after, count) !== null, without splitting the list: one digest of 64 hex digits a row, checked in one pass. */
export function isRangeList(after: string | null, count: number): boolean {
  const from = RANGE_PREFIX.length;
  if (after === null || after.length !== from + count * 65 - 1 || !after.startsWith(RANGE_PREFIX)) return false;
  for (let i = from; i < after.length; i++) {
    const c = after.charCodeAt(i);
    if ((i - from) % 65 === 64) {
      if (c !== 44) return false; // ','
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false; // 0-9, a-f
  }
  return true;
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
    // Written with <> and BETWEEN rather than NOT IN and two comparisons: a third faster over a million rows.
    let bad = allowed.map((a) => `typeof(${col}) <> '${a}'`).join(' AND ');
    if (c.name === 'id') bad += ` OR ${col} NOT BETWEEN 1 AND ${MAX_ID}`;
    else if (allowed[0] === 'integer') bad += ` OR ${col} NOT BETWEEN -${MAX_ID} AND ${MAX_ID}`;
    tests.push(`(${bad})`);
    checked.push({ name: c.name, allowed });
  }
  if (!tests.length) return;
  const select = checked.map((c, i) => `typeof(${quoteIdent(c.name)}) AS t${i}, quote(${quoteIdent(c.name)}) AS q${i}`).join(', ');
  const stmt = sqlite.prepare(`SELECT CAST(rowid AS TEXT) AS rid, ${select} FROM ${quoteIdent(table)} WHERE ${tests.join(' OR ')} ORDER BY rowid`);
  for (const r of stmt.iterate() as Iterable<Record<string, string>>) {
    const rid = r.rid;
    const found: { column: string; text: string }[] = [];
    checked.forEach((c, i) => {
      const cls = r[`t${i}`];
      const quoted = r[`q${i}`];
      const shown = quoted.length > 40 ? `${quoted.slice(0, 39)}…` : quoted;
      if (!c.allowed.includes(cls)) found.push({ column: c.name, text: VERIFY.valueClass(c.name, cls, shown, c.allowed[0]) });
      else if (cls === 'integer' && (c.name === 'id' ? !isSafeId(quoted) : !isSafeInteger(quoted))) {
        found.push({ column: c.name, text: VERIFY.valueRange(c.name, shown, c.name === 'id' ? `1 … ${MAX_ID}` : `±${MAX_ID}`) });
      }
    });
    if (!isSafeId(rid) && !found.some((f) => f.column === 'id')) found.unshift({ column: 'id', text: VERIFY.valueRange('id', rid, `1 … ${MAX_ID}`) });
    if (!found.length) continue;
    const id = isSafeId(rid) ? Number(rid) : null;
    rowProblems.push({
      key: BigInt(rid),
      problem: ['row', `${table} #${rid}`, VERIFY.behindBack(found.map((f) => f.text).join('; ')), id === null ? { entity: table } : { entity: table, entity_id: id }],
    });
  }
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
    return VERIFY.notJson();
  }
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(found)])].sort();
  const parts = keys
    .filter((k) => canonicalJson(recorded[k] ?? null) !== canonicalJson(found[k] ?? null) || !(k in recorded) || !(k in found))
    .map((k) => {
      if (!(k in recorded)) return VERIFY.notRecorded(k, show(found[k]));
      if (!(k in found)) return VERIFY.columnGone(k, show(recorded[k]));
      return VERIFY.changed(k, show(recorded[k]), show(found[k]));
    });
  return parts.join('; ');
}

function show(v: unknown): string {
  const s = JSON.stringify(v ?? null);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

export function checkSchema(actual: { type: string; name: string; sql: string | null }[], expected: { type: string; name: string; sql: string | null }[], problems: Problems): void {
  const key = (o: { type: string; name: string }) => `${o.type} ${o.name}`;
  const have = new Map(actual.map((o) => [key(o), o.sql]));
  const want = new Map(expected.map((o) => [key(o), o.sql]));
  for (const [k, sql] of want) {
    if (!have.has(k)) problems.add('schema', k, VERIFY.schemaMissing());
    else if (have.get(k) !== sql) problems.add('schema', k, VERIFY.schemaDiffers());
  }
  for (const k of have.keys()) if (!want.has(k)) problems.add('schema', k, VERIFY.schemaAdded());
}

/**
 * For a table's range events (each rows first … last), the one recording row `id`: the range ending first
 * at or after it, if it starts at or before it.
 */
export function rangeFinder<R extends { id: number; first: number; last: number }>(ranges: R[]): (id: number) => R | undefined {
  const sorted = [...ranges].sort((a, b) => (a.last < b.last ? -1 : a.last > b.last ? 1 : a.id - b.id));
  return (id) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].last >= id) hi = mid;
      else lo = mid + 1;
    }
    const c = sorted[lo];
    return c && c.first <= id ? c : undefined;
  };
}
