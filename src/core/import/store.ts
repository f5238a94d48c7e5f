/**
 * The synchronous write path of an import: prepared statements on the raw connection that runs the
 * import's transaction, and the audit trail in the same hash chain as every other write. Rows created
 * one after another in a table are recorded together, by one event listing each row's digest
 * (Auditor.rangeRecorder): the SHA-256 of the row's canonical JSON, built from the values inserted,
 * encoded exactly as canonicalJson encodes `SELECT *` of the row (checked against the table's columns
 * when the store opens; if they differ, the row is read back instead).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { canonicalJson, rowDigest, type Auditor, type AuditedEntity } from '../audit.js';
import { slugify, slugOfFolded } from '../text.js';

type Values = Record<string, string | number | null>;

/** Encodes a row of known columns as canonicalJson would, without sorting keys on every call. */
class RowImage {
  private readonly keys: string[];
  private readonly prefixes: string[];
  private readonly exact: boolean;
  private readonly readBack: BetterSqlite3.Statement;
  constructor(sqlite: BetterSqlite3.Database, table: string, columns: string[]) {
    this.keys = [...columns].sort();
    this.prefixes = this.keys.map((k, i) => (i === 0 ? '{' : ',') + JSON.stringify(k) + ':');
    const actual = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).sort();
    this.exact = actual.length === this.keys.length && actual.every((c, i) => c === this.keys[i]);
    this.readBack = sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`);
  }
  encode(row: Values): string {
    if (!this.exact) return canonicalJson(this.readBack.get(row.id));
    let out = '';
    for (let i = 0; i < this.keys.length; i++) out += this.prefixes[i] + jsonValue(row[this.keys[i]]);
    return out + '}';
  }
}

/** Characters JSON.stringify writes escaped (surrogates: to let it decide for pairs and lone halves alike). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a column's value, the same text, with the usual cases spelled out (a million lines call it fourteen times each). */
export function jsonValue(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return ESCAPED.test(v) ? JSON.stringify(v) : '"' + v + '"';
}

const COLUMNS = {
  body: ['id', 'ref', 'name', 'name_folded', 'level', 'abbr', 'place', 'parent_id', 'note', 'created_at', 'updated_at'],
  recipient: ['id', 'ref', 'kind', 'name', 'name_folded', 'unit_id', 'position', 'place', 'note', 'created_at', 'updated_at'],
  decision: ['id', 'ref', 'number', 'symbol', 'date', 'year', 'body_id', 'signer_name', 'signer_capacity', 'summary', 'regime', 'note', 'created_at', 'updated_at'],
  ceremony: ['id', 'ref', 'name', 'name_folded', 'date', 'place', 'organiser_id', 'note', 'created_at', 'updated_at'],
  award: ['id', 'decision_id', 'line_no', 'recipient_id', 'award_type_id', 'period_from', 'period_to', 'achievement', 'kind', 'unit_name', 'position', 'note', 'created_at', 'updated_at'],
  presentation: ['id', 'ceremony_id', 'award_id', 'created_at'],
} as const;
type StoreTable = keyof typeof COLUMNS;

const REF_CACHE_LIMIT = 50_000;

export class ImportStore {
  private readonly insert: Record<StoreTable, BetterSqlite3.Statement>;
  private readonly images: Record<StoreTable, RowImage>;
  private readonly refTaken: Record<'body' | 'recipient' | 'decision' | 'ceremony', BetterSqlite3.Statement>;
  private readonly nextSuffix = new Map<string, number>();
  private readonly record: ReturnType<Auditor['rangeRecorder']>;
  private readonly order = {} as Record<StoreTable, string[]>;
  private readonly params = {} as Partial<Record<StoreTable, unknown[]>>;

  constructor(
    sqlite: BetterSqlite3.Database,
    audit: Auditor,
    private readonly now: string,
  ) {
    // Positional parameters: binding by name costs a lookup per column and row.
    const ins = (table: StoreTable) => {
      const cols = COLUMNS[table].filter((c) => c !== 'id');
      this.order[table] = cols;
      return sqlite.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
    };
    this.insert = { body: ins('body'), recipient: ins('recipient'), decision: ins('decision'), ceremony: ins('ceremony'), award: ins('award'), presentation: ins('presentation') };
    const img = (t: StoreTable) => new RowImage(sqlite, t, [...COLUMNS[t]]);
    this.images = { body: img('body'), recipient: img('recipient'), decision: img('decision'), ceremony: img('ceremony'), award: img('award'), presentation: img('presentation') };
    const taken = (t: string) => sqlite.prepare(`SELECT 1 FROM ${t} WHERE ref = ?`).pluck();
    this.refTaken = { body: taken('body'), recipient: taken('recipient'), decision: taken('decision'), ceremony: taken('ceremony') };
    this.record = audit.rangeRecorder(sqlite);
  }

  /** Is `ref` free in `table`? */
  refFree(table: 'body' | 'recipient' | 'decision' | 'ceremony', ref: string): boolean {
    return this.refTaken[table].get(ref) === undefined;
  }

  /** `base` slugified, or `base-2`, `base-3`, … whichever is free (as uniqueRef, without a LIKE scan). */
  uniqueRef(table: 'body' | 'recipient' | 'decision' | 'ceremony', base: string, baseFolded = false): string {
    const slug = baseFolded ? slugOfFolded(base) : slugify(base);
    const key = `${table}:${slug}`;
    let i = this.nextSuffix.get(key);
    if (i === undefined) {
      if (this.refFree(table, slug)) {
        this.remember(key, 2);
        return slug;
      }
      i = 2;
    }
    while (!this.refFree(table, `${slug}-${i}`)) i++;
    this.remember(key, i + 1);
    return `${slug}-${i}`;
  }

  private remember(key: string, next: number): void {
    if (this.nextSuffix.size >= REF_CACHE_LIMIT) this.nextSuffix.clear();
    this.nextSuffix.set(key, next);
  }

  /** Inserts a row with its timestamps (added to `values`) and records it in the audit trail; returns the new id. */
  create(table: StoreTable, values: Values, action = 'create'): number {
    const row = values;
    row.created_at = this.now;
    if (table !== 'presentation') row.updated_at = this.now;
    const cols = this.order[table];
    // One array per table, refilled: better-sqlite3 reads it during run() and keeps nothing of it.
    const params = (this.params[table] ??= new Array(cols.length));
    for (let i = 0; i < cols.length; i++) params[i] = row[cols[i]];
    const id = Number(this.insert[table].run(params).lastInsertRowid);
    row.id = id;
    this.record(table as AuditedEntity, action, id, rowDigest(this.images[table].encode(row)));
    return id;
  }
}
