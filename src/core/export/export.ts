/**
 * Exports of the registry as tables for files: award lines (in the import layout, so an export imports
 * again as it is), recipients, a ceremony's roster (one table per section) and counts. Read-only; rows
 * stream from SQLite in batches, so an export of millions of lines keeps memory flat. The formats
 * themselves are projections chosen in src/render (writeExport).
 */
import { sql } from 'kysely';
import type { AwardFilter } from '../award/queries.js';
import { filteredAwards, revocationStatus } from '../award/queries.js';
import type { Registry } from '../db.js';
import { formatPeriod } from '../parse.js';
import { buildRoster, type RosterLine } from '../report/roster.js';
import { countAwards, type CountFilter, type CountRow } from '../report/counts.js';
import { EVIDENCE_KEYS, IMPORT_COLUMNS } from '../import/columns.js';
import type { Column } from '../../render/model.js';
import { openTableWriter, type FileFormat, type Sink } from '../../render/render.js';

export interface ExportTable<R = Record<string, unknown>> {
  /** The sheet's name in a workbook. */
  name: string;
  columns: Column<R>[];
  /** Batches of rows, in a total order. */
  rows: Iterable<R[]> | AsyncIterable<R[]>;
  /** The title row of a workbook laid out for people (default: the name). */
  title?: string;
}

/** The import columns' Vietnamese headers, by key. */
const VI_HEADERS = new Map(IMPORT_COLUMNS.map((c) => [c.key, c.vi]));

const BATCH = 1000;
const keyColumns = <R>(keys: readonly string[]): Column<R>[] => keys.map((key) => ({ key, header: key }));

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
 * Award lines in the import layout, filtered like `award list`, ordered by decision date, decision,
 * annex line, id. Read-only.
 */
export function awardExport(reg: Registry, f: AwardFilter = {}): ExportTable {
  const compiled = filteredAwards(reg.db, f)
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .leftJoin('body as cb', 'cb.id', 'c.organiser_id')
    .select([
      'a.line_no',
      'd.symbol as decision_number',
      'd.date as decision_date',
      'b.name as issuing_body',
      't.code as award_type',
      'r.kind as recipient_kind',
      'r.name as recipient_name',
      'a.unit_name as unit',
      'a.position',
      'a.period_from',
      'a.period_to',
      'a.achievement',
      'a.kind as commendation_kind',
      'c.name as ceremony',
      'd.ref as decision_ref',
      'b.ref as body_ref',
      'b.level as body_level',
      'b.abbr as body_abbr',
      'd.signer_name',
      'd.signer_capacity',
      'd.summary as decision_summary',
      'r.ref as recipient_ref',
      // The unit's reference goes with the unit printed on the line; without one it would name a unit
      // that an import could not create.
      sql<string | null>`CASE WHEN a.unit_name IS NOT NULL THEN u.ref END`.as('unit_ref'),
      'c.ref as ceremony_ref',
      'c.date as ceremony_date',
      'c.place as ceremony_place',
      'cb.ref as ceremony_organiser',
      'a.note',
      sql<string | null>`x.action`.as('revocation'),
    ])
    .compile();
  const stmt = reg.sqlite.prepare(compiled.sql);
  const includeRevoked = Boolean(f.includeRevoked);
  function* rows() {
    for (const r of stmt.iterate(...(compiled.parameters as unknown[])) as Iterable<Record<string, unknown>>) {
      const { period_from, period_to, revocation, ...rest } = r;
      const out: Record<string, unknown> = { ...rest, achievement_period: formatPeriod(period_from as number, period_to as number) };
      if (includeRevoked) out.status = revocationStatus(revocation as string | null);
      yield out;
    }
  }
  return { name: 'Awards', title: 'DANH SÁCH KHEN THƯỞNG', columns: keyColumns(awardExportKeys(includeRevoked)), rows: batches(rows()) };
}

export const RECIPIENT_EXPORT_KEYS = ['ref', 'kind', 'name', 'unit', 'unit_name', 'position', 'place', 'note'] as const;

/** Recipients (as `recipient list`), by folded name, then id. Read-only. */
export function recipientExport(reg: Registry, f: { kind?: string; unitId?: number } = {}): ExportTable {
  let q = reg.db
    .selectFrom('recipient as r')
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .select(['r.ref', 'r.kind', 'r.name', 'u.ref as unit', 'u.name as unit_name', 'r.position', 'r.place', 'r.note']);
  if (f.kind) q = q.where('r.kind', '=', f.kind);
  if (f.unitId !== undefined) q = q.where('r.unit_id', '=', f.unitId);
  const compiled = q.orderBy('r.name_folded').orderBy('r.id').compile();
  const stmt = reg.sqlite.prepare(compiled.sql);
  return {
    name: 'Recipients',
    columns: keyColumns(RECIPIENT_EXPORT_KEYS),
    rows: batches(stmt.iterate(...(compiled.parameters as unknown[])) as Iterable<Record<string, unknown>>),
  };
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
