/**
 * Finding the header row of a file: rows above it with fewer than three known columns are a title
 * ("DANH SÁCH … kèm theo Quyết định số …") and are skipped; the row of column numbers "(1) (2) (3) …"
 * under it too. A header that cannot be read (unknown, doubled or missing columns) refuses the file
 * before any row is read.
 */
import { InvalidError } from '../errors.js';
import { IMPORT_COLUMNS, mapHeaders, type HeaderMap, type HeaderOptions, type HeaderProblem } from './columns.js';
import type { SourceRow } from './readers/source.js';

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
  const fatal = problems.filter((p) => p.column > 0 || p.message.includes('unknown columns'));
  if (fatal.length) {
    throw new InvalidError(`${name}: a field cannot be read; nothing was imported`, {
      issues: fatal.map((p) => ({ where: p.column ? `${seen[p.column - 1]}, field «${p.header}»` : seen[0], message: p.message })),
      hint: `Accepted fields: ${IMPORT_COLUMNS.map((c) => c.key).join(', ')} (or their Vietnamese headers; see tdkt import --help).`,
    });
  }
  return map;
}

export function headerNotFound(name: string, skipped: SourceRow[]): never {
  const first = skipped[0];
  const { problems } = mapHeaders(first.cells.map((c) => c ?? ''));
  throw new InvalidError(`${name} has no header row naming the columns (looked at the first ${skipped.length} non-empty rows)`, {
    issues: problems.slice(0, 10).map((p) => ({ where: `row ${first.row}${p.column ? `, column ${p.column}` : ''}`, message: p.message })),
    hint: 'The first row must name the columns, e.g. "Số quyết định", "Ngày quyết định", "Họ và tên"; see tdkt import --template csv.',
  });
}

function headerProblems(name: string, row: number, problems: HeaderProblem[]): never {
  throw new InvalidError(`${name}: the header row cannot be read; nothing was imported`, {
    issues: problems.map((p) => ({ where: p.column ? `row ${row}, column ${p.column}` : `row ${row}`, message: p.message })),
    hint: `Accepted columns: ${IMPORT_COLUMNS.map((c) => c.key).join(', ')} (or their Vietnamese headers; see tdkt import --help).`,
  });
}

/** The row of column numbers under a Vietnamese annex's header: 1, 2, 3, … or (1), (2), (3), … */
export function isNumberingRow(cells: (string | null)[]): boolean {
  const filled = cells.filter((c): c is string => c !== null && c.trim() !== '');
  return filled.length >= 3 && filled.every((c, i) => c.trim().replace(/^\((\d+)\)$/, '$1') === String(i + 1));
}
