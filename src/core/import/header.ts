/**
 * Finding the header row of a file: rows above it with fewer than three known columns are a title
 * ("DANH SÁCH … kèm theo Quyết định số …") and are skipped; the row of column numbers "(1) (2) (3) …"
 * under it too. A header that cannot be read (unknown, doubled or missing columns) refuses the file
 * before any row is read.
 */
import { InvalidError } from '../errors.js';
import { IMPORT_COLUMNS, mapHeaders, type HeaderMap, type HeaderOptions, type HeaderProblem } from './columns.js';
import type { SourceRow } from './readers/source.js';
import { IMPORT_HEADER, IMPORT_WHERE } from '../../i18n/messages/core-io-import.js';

/** Non-empty rows looked at for the header. */
export const HEADER_SEARCH_ROWS = 30;

/** The header `r` is (with notices about its ignored columns), or undefined when `r` is a title above it. */
export function readHeader(name: string, r: SourceRow, opts: HeaderOptions): { map: HeaderMap; notices: string[] } | undefined {
  const { map, problems, notices } = mapHeaders(r.cells.map((c) => c ?? ''), opts);
  if (map.keys.filter(Boolean).length < 3) return undefined;
  if (problems.length) headerProblems(name, r.row, problems);
  return { map, notices: notices.map((n) => `${name}: ${n}`) };
}

/** The header of a JSON source (its keys so far, with where each first appeared), refused for unknown or doubled keys. */
export function readJsonHeader(name: string, header: string[], seen: string[], opts: HeaderOptions): HeaderMap {
  const { map, problems } = mapHeaders(header, opts);
  const fatal = problems.filter((p) => p.column > 0 || p.unknown);
  if (fatal.length) {
    throw new InvalidError(IMPORT_HEADER.fieldUnreadable(name), {
      issues: fatal.map((p) => ({ where: p.column ? IMPORT_WHERE.field(seen[p.column - 1], p.header) : seen[0], message: p.message })),
      hint: IMPORT_HEADER.acceptedFields(IMPORT_COLUMNS.map((c) => c.key).join(', ')),
    });
  }
  return map;
}

export function headerNotFound(name: string, skipped: SourceRow[]): never {
  const first = skipped[0];
  const { problems } = mapHeaders(first.cells.map((c) => c ?? ''));
  throw new InvalidError(IMPORT_HEADER.notFound(name, skipped.length), {
    issues: problems.slice(0, 10).map((p) => ({ where: p.column ? IMPORT_WHERE.rowColumn(first.row, p.column) : IMPORT_WHERE.row(first.row), message: p.message })),
    hint: IMPORT_HEADER.notFoundHint(),
  });
}

function headerProblems(name: string, row: number, problems: HeaderProblem[]): never {
  throw new InvalidError(IMPORT_HEADER.unreadable(name), {
    issues: problems.map((p) => ({ where: p.column ? IMPORT_WHERE.rowColumn(row, p.column) : IMPORT_WHERE.row(row), message: p.message })),
    hint: IMPORT_HEADER.acceptedColumns(IMPORT_COLUMNS.map((c) => c.key).join(', ')),
  });
}

/** The row of column numbers under a Vietnamese annex's header: 1, 2, 3, … or (1), (2), (3), … */
export function isNumberingRow(cells: (string | null)[]): boolean {
  const filled = cells.filter((c): c is string => c !== null && c.trim() !== '');
  return filled.length >= 3 && filled.every((c, i) => c.trim().replace(/^\((\d+)\)$/, '$1') === String(i + 1));
}
