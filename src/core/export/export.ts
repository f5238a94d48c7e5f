/**
 * Exports of the registry as tables for files: award lines (in the import layout, so an export imports
 * again as it is), recipients, a ceremony's roster (one table per section) and counts. Read-only; rows
 * stream from SQLite in batches, so an export of millions of lines keeps memory flat. The formats
 * themselves are projections chosen in src/render (writeExport). On PostgreSQL the rows stream through a
 * cursor (src/core/postgres.ts).
 */
import { sql, type CompiledQuery } from 'kysely';
import type { AwardFilter } from '../award/queries.js';
import { filteredAwards, revocationStatus } from '../award/queries.js';
import type { Registry } from '../db.js';
import { buildRoster, type RosterLine } from '../report/roster.js';
import { countAwards, type CountFilter, type CountRow } from '../report/counts.js';
import { EVIDENCE_KEYS, IMPORT_COLUMNS } from '../import/columns.js';
import type { Column } from '../../render/model.js';
import { openTableWriter, type FileFormat, type Sink } from '../../render/render.js';
import { delimitedCell, delimitedLine } from '../../render/delimited.js';
import type BetterSqlite3 from 'better-sqlite3';

export interface ExportTable<R = Record<string, unknown>> {
  /** The sheet's name in a workbook. */
  name: string;
  columns: Column<R>[];
  /** Batches of rows, in a total order. */
  rows: Iterable<R[]> | AsyncIterable<R[]>;
  /** The title row of a workbook laid out for people (default: the name). */
  title?: string;
  /** CSV or TSV text of the rows in chunks, each with the number of rows in it, written without making the rows. */
  text?: (sep: ',' | '\t', eol: string) => Iterable<[string, number]>;
}

/** The import columns' Vietnamese headers, by key. */
const VI_HEADERS = new Map(IMPORT_COLUMNS.map((c) => [c.key, c.vi]));

const BATCH = 1000;
const keyColumns = <R>(keys: readonly string[]): Column<R>[] => keys.map((key) => ({ key, header: key }));

/** The rows of a query in batches: a statement's iteration on SQLite, a cursor on PostgreSQL. */
function rowBatches(reg: Registry, q: CompiledQuery): Iterable<Record<string, unknown>[]> | AsyncIterable<Record<string, unknown>[]> {
  if (reg.engine === 'postgres') return (async function* () {
    const { cursorBatches } = await import('../postgres.js');
    yield* cursorBatches(reg.db, q, BATCH);
  })();
  return batches(reg.sqlite.prepare(q.sql).iterate(...(q.parameters as unknown[])) as Iterable<Record<string, unknown>>);
}

function* batches<R>(it: Iterable<R>): Generator<R[]> {
  let batch: R[] = [];
  for (const r of it) {
    batch.push(r);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The columns of `export awards`: the import columns of the award line (plus `status` with revoked lines); evidence is not a line's. */
export function awardExportKeys(includeRevoked = false): string[] {
  return IMPORT_COLUMNS.map((c) => c.key).filter((k) => (includeRevoked || k !== 'status') && !EVIDENCE_KEYS.includes(k));
}

/**
 * Where each export column of an award line comes from: the line's own row (`own`, its column in
 * LINE_SELECT), its decision with the signing body (`decision`, DECISION_SELECT), the ceremony it was
 * handed over at (`ceremony`, CEREMONY_SELECT) or its type (`type`). A decision's, a ceremony's and a
 * type's values are read once each and shared by their lines: a million lines name three thousand
 * decisions and twenty ceremonies.
 */
const AWARD_SOURCES: Record<string, ['own' | 'decision' | 'ceremony' | 'type', number]> = {
  line_no: ['own', 0],
  decision_number: ['decision', 0],
  decision_date: ['decision', 1],
  issuing_body: ['decision', 2],
  award_type: ['type', 0],
  recipient_kind: ['own', 4],
  recipient_name: ['own', 5],
  unit: ['own', 6],
  position: ['own', 7],
  achievement_period: ['own', 8],
  achievement: ['own', 9],
  commendation_kind: ['own', 10],
  ceremony: ['ceremony', 0],
  decision_ref: ['decision', 3],
  body_ref: ['decision', 4],
  body_level: ['decision', 5],
  body_abbr: ['decision', 6],
  signer_name: ['decision', 7],
  signer_capacity: ['decision', 8],
  decision_summary: ['decision', 9],
  recipient_ref: ['own', 11],
  unit_ref: ['own', 12],
  ceremony_ref: ['ceremony', 1],
  ceremony_date: ['ceremony', 2],
  ceremony_place: ['ceremony', 3],
  ceremony_organiser: ['ceremony', 4],
  note: ['own', 13],
  status: ['own', 14],
};

/** The line's own columns, in the order AWARD_SOURCES numbers them (1–3: its decision, ceremony and type, by id). */
const LINE_SELECT = [
  'a.line_no',
  'a.decision_id',
  'p.ceremony_id',
  'a.award_type_id',
  'r.kind',
  'r.name',
  'a.unit_name',
  'a.position',
  "CASE WHEN a.period_from = a.period_to THEN CAST(a.period_from AS TEXT) ELSE a.period_from || '–' || a.period_to END",
  'a.achievement',
  'a.kind',
  'r.ref',
  // The unit's reference goes with the unit printed on the line; without one it would name a unit
  // that an import could not create.
  'CASE WHEN a.unit_name IS NOT NULL THEN u.ref END',
  'a.note',
  'x.action',
];
/** What a decision, a ceremony and a type give their lines (AWARD_SOURCES numbers the columns), and where each is read from. */
const SHARED = {
  decision: {
    columns: ['d.symbol', 'd.date', 'b.name', 'd.ref', 'b.ref', 'b.level', 'b.abbr', 'd.signer_name', 'd.signer_capacity', 'd.summary'],
    from: 'decision d JOIN body b ON b.id = d.body_id',
    id: 'd.id',
  },
  ceremony: { columns: ['c.name', 'c.ref', 'c.date', 'c.place', 'cb.ref'], from: 'ceremony c LEFT JOIN body cb ON cb.id = c.organiser_id', id: 'c.id' },
  type: { columns: ['code'], from: 'award_type', id: 'id' },
};
type Shared = keyof typeof SHARED;
/** The select list of a shared source, each column under its own name (two of them are `ref`). */
const sharedColumns = (s: Shared) => SHARED[s].columns.map((c, i) => `${c} AS c${i}`).join(', ');
const NO_CEREMONY = [null, null, null, null, null];

/**
 * Award lines in the import layout, filtered like `award list`, ordered by decision date, decision,
 * annex line, id. Rows are arrays in the columns' order; CSV and TSV are written as text straight from
 * the lines and the shared values of their decisions and ceremonies. Read-only.
 */
export function awardExport(reg: Registry, f: AwardFilter = {}): ExportTable<unknown[]> {
  const includeRevoked = Boolean(f.includeRevoked);
  const keys = awardExportKeys(includeRevoked);
  const compiled = filteredAwards(reg.db, f)
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .select(LINE_SELECT.map((e, i) => sql.raw(e).as(`c${i}`)))
    .compile();
  const sources = keys.map((k) => AWARD_SOURCES[k]);
  if (reg.engine === 'postgres') return { ...awardTable(keys), rows: postgresAwardRows(reg, compiled, sources, includeRevoked) };
  const lines = reg.sqlite.prepare(compiled.sql).raw(true);
  const by = (s: Shared) => cacheOf(reg.sqlite.prepare(`SELECT ${sharedColumns(s)} FROM ${SHARED[s].from} WHERE ${SHARED[s].id} = ?`).raw(true));
  const shared = { decision: by('decision'), ceremony: by('ceremony'), type: by('type') };
  const statusAt = LINE_SELECT.length - 1;
  const own = ownValues(includeRevoked);
  const values = (r: unknown[], which: Shared) => sharedValues(r, which, (id) => shared[which].get(id));
  function* rows(): Generator<unknown[][]> {
    let batch: unknown[][] = [];
    for (const raw of lines.iterate(...(compiled.parameters as unknown[])) as Iterable<unknown[]>) {
      const r = own(raw);
      batch.push(sources.map(([from, at]) => (from === 'own' ? r[at] : values(r, from)[at])));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  /** The columns in runs from one source: a decision's or a ceremony's run is rendered once. */
  function* text(sep: ',' | '\t', eol: string): Generator<[string, number]> {
    const runs: { from: 'own' | 'decision' | 'ceremony' | 'type'; ats: number[] }[] = [];
    for (const [from, at] of sources) {
      const last = runs[runs.length - 1];
      if (last && last.from === from && from !== 'own') last.ats.push(at);
      else runs.push({ from, ats: [at] });
    }
    const rendered = new Map<unknown[], string[]>();
    const cells = (v: unknown[], run: number) => {
      let list = rendered.get(v);
      if (!list) rendered.set(v, (list = []));
      return (list[run] ??= runs[run].ats.map((at) => delimitedCell(v[at], sep)).join(sep));
    };
    let out = '';
    let n = 0;
    for (const raw of lines.iterate(...(compiled.parameters as unknown[])) as Iterable<unknown[]>) {
      const r = own(raw);
      let line = '';
      for (let i = 0; i < runs.length; i++) {
        const run = runs[i];
        line += (i ? sep : '') + (run.from === 'own' ? delimitedCell(r[run.ats[0]], sep) : cells(values(r, run.from), i));
      }
      out += line + eol;
      if (++n === BATCH) {
        yield [out, n];
        out = '';
        n = 0;
      }
    }
    if (out) yield [out, n];
  }
  return { ...awardTable(keys), rows: rows(), text };
}

const awardTable = (keys: string[]) => ({ name: 'Awards', title: 'DANH SÁCH KHEN THƯỞNG', columns: arrayColumns(keys) });

/** A line's own values as exported: its revocation named as import reads it. */
function ownValues(includeRevoked: boolean): (r: unknown[]) => unknown[] {
  const statusAt = LINE_SELECT.length - 1;
  return (r) => {
    if (includeRevoked) r[statusAt] = revocationStatus(r[statusAt] as string | null);
    return r;
  };
}

/** The values a line takes from its decision, its ceremony (none: empty) or its type, looked up by id. */
function sharedValues(r: unknown[], which: Shared, get: (id: number) => unknown[]): unknown[] {
  if (which === 'ceremony') return r[2] === null ? NO_CEREMONY : get(r[2] as number);
  return get(r[which === 'decision' ? 1 : 3] as number);
}

/**
 * The lines on PostgreSQL: the decisions, ceremonies and types are read first (a few thousand rows at
 * most), then the lines stream through a cursor that holds the registry's one connection.
 */
async function* postgresAwardRows(reg: Registry, compiled: CompiledQuery, sources: [Shared | 'own', number][], includeRevoked: boolean): AsyncGenerator<unknown[][]> {
  const { cursorBatches } = await import('../postgres.js');
  const maps = {} as Record<Shared, Map<number, unknown[]>>;
  for (const s of Object.keys(SHARED) as Shared[]) {
    const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.raw(`${SHARED[s].id} AS id, ${sharedColumns(s)} FROM ${SHARED[s].from}`)}`.execute(reg.db);
    maps[s] = new Map(rows.map(({ id, ...v }) => [id as number, Object.values(v)]));
  }
  const own = ownValues(includeRevoked);
  for await (const batch of cursorBatches(reg.db, compiled, BATCH)) {
    yield batch.map((row) => {
      const r = own(Object.values(row));
      return sources.map(([from, at]) => (from === 'own' ? r[at] : sharedValues(r, from, (id) => maps[from].get(id) ?? [])[at]));
    });
  }
}

/** Values of a row read by id, once per id. */
function cacheOf(stmt: BetterSqlite3.Statement): { get(id: number): unknown[] } {
  const seen = new Map<number, unknown[]>();
  return {
    get(id) {
      let v = seen.get(id);
      if (!v) seen.set(id, (v = (stmt.get(id) as unknown[] | undefined) ?? []));
      return v;
    },
  };
}

/** Columns over rows that are arrays in the keys' order. */
function arrayColumns(keys: readonly string[]): Column<unknown[]>[] {
  return keys.map((key, i) => ({ key, header: key, value: (r: unknown[]) => r[i] }));
}

export const RECIPIENT_EXPORT_KEYS = ['ref', 'kind', 'name', 'unit', 'unit_name', 'position', 'place', 'note'] as const;

/** Recipients (as `recipient list`), by folded name, then id. Read-only. */
export function recipientExport(reg: Registry, f: { kind?: string; unitId?: number } = {}): ExportTable {
  let q = reg.db
    .selectFrom('recipient as r')
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    // i18n-ignore: the columns selected
    .select(['r.ref', 'r.kind', 'r.name', 'u.ref as unit', 'u.name as unit_name', 'r.position', 'r.place', 'r.note']);
  if (f.kind) q = q.where('r.kind', '=', f.kind);
  if (f.unitId !== undefined) q = q.where('r.unit_id', '=', f.unitId);
  const compiled = q.orderBy('r.name_folded').orderBy('r.id').compile();
  return { name: 'Recipients', columns: keyColumns(RECIPIENT_EXPORT_KEYS), rows: rowBatches(reg, compiled) };
}

/** The machine columns of `roster` (the same keys as `tdkt roster --json`). */
export const ROSTER_EXPORT_KEYS = [
  'no',
  'award_type',
  'award_type_name',
  'level',
  'body',
  'body_name',
  'decision',
  'decision_symbol',
  'decision_date',
  'line_no',
  'award_id',
  'recipient',
  'recipient_name',
  'recipient_kind',
  'unit_name',
  'position',
  'period',
  'achievement',
  'status',
] as const;

/** Sections beyond this many go into one sheet: a workbook of hundreds of tabs helps nobody. */
export const MAX_SECTION_SHEETS = 30;

/**
 * A ceremony's roster, in order of precedence. With `bySection`, one table per section (award type and
 * decision, as the roster groups them) when there are at most MAX_SECTION_SHEETS. Read-only.
 */
export async function rosterExport(reg: Registry, ceremony: string, opts: { includeRevoked?: boolean; bySection?: boolean } = {}): Promise<ExportTable<RosterLine>[]> {
  const roster = await buildRoster(reg.db, ceremony, { includeRevoked: opts.includeRevoked });
  const columns = keyColumns<RosterLine>(ROSTER_EXPORT_KEYS);
  const sections = new Map<string, RosterLine[]>();
  for (const l of roster.lines) {
    const key = `${l.award_type} ${l.decision_symbol.replace(/\//g, '-')}`;
    sections.set(key, [...(sections.get(key) ?? []), l]);
  }
  if (!opts.bySection || sections.size <= 1 || sections.size > MAX_SECTION_SHEETS) {
    return [{ name: roster.ceremony.ref, title: roster.ceremony.name, columns, rows: [roster.lines] }];
  }
  return [...sections].map(([name, lines]) => ({ name, title: `${roster.ceremony.name} — ${name}`, columns, rows: [lines] }));
}

export const COUNT_EXPORT_KEYS = ['award_type', 'award_type_name', 'level', 'collectives', 'individuals', 'households', 'total'] as const;

/** Counts per award type and level (of a ceremony, or of a year). Read-only. */
export async function countsExport(reg: Registry, f: CountFilter): Promise<ExportTable<CountRow>> {
  const rows = await countAwards(reg.db, f);
  return { name: f.year !== undefined ? `Counts ${f.year}` : 'Counts', columns: keyColumns<CountRow>(COUNT_EXPORT_KEYS), rows: [rows] };
}

/**
 * Writes tables to `sink` in `format` (one sheet per table in XLSX; one table otherwise). With `people`,
 * an XLSX workbook is laid out for people: a title row, and the import columns under their Vietnamese
 * headers (which import reads as well as the keys).
 */
export async function writeExport(tables: ExportTable<any>[], format: FileFormat, sink: Sink, opts: { excel?: boolean; bom?: boolean; people?: boolean } = {}): Promise<number> {
  if ((format === 'csv' || format === 'tsv') && tables.length === 1 && tables[0].text) return writeDelimited(tables[0], format === 'csv' ? ',' : '\t', sink, opts);
  const people = opts.people && format === 'xlsx';
  const writer = await openTableWriter<Record<string, unknown>>(format, sink, opts);
  let n = 0;
  for (const t of tables) {
    await writer.sheet(t.name, people ? t.columns.map((c) => ({ ...c, header: VI_HEADERS.get(c.key) ?? c.header })) : t.columns, people ? { title: t.title ?? t.name } : undefined);
    for await (const batch of t.rows) {
      n += batch.length;
      await writer.rows(batch);
    }
  }
  await writer.end();
  return n;
}

/** CSV or TSV of a table that writes its own text (ExportTable.text), as the table writer writes it (render/stream.ts). */
async function writeDelimited(t: ExportTable<unknown[]>, sep: ',' | '\t', sink: Sink, opts: { excel?: boolean; bom?: boolean }): Promise<number> {
  const eol = opts.excel ? '\r\n' : '\n';
  const bom = (opts.excel || opts.bom) && sep === ',' ? '\uFEFF' : '';
  await sink.write(bom + delimitedLine(t.columns.map((c) => c.key), sep, eol));
  let n = 0;
  let out = '';
  for (const [chunk, rows] of t.text!(sep, eol)) {
    out += chunk;
    n += rows;
    if (out.length >= 1 << 20) {
      await sink.write(out);
      out = '';
    }
  }
  if (out) await sink.write(out);
  return n;
}
