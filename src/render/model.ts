/**
 * One intermediate table model for every listing; table, TSV, CSV, JSON, NDJSON and Markdown are
 * projections of it (render.ts is the only place that chooses a format).
 */
export interface Column<R = Record<string, unknown>> {
  /** Field name in machine formats (JSON keys, CSV/TSV headers). Stable: a contract for scripts. */
  key: string;
  /** Header in human formats. */
  header: string;
  /** Defaults to row[key]. */
  value?: (row: R) => unknown;
  /** Human formats only (e.g. a combined "unit / position" cell). */
  humanOnly?: boolean;
  /** Machine formats only. */
  machineOnly?: boolean;
  align?: 'left' | 'right';
  /** Human tables cut longer text with an ellipsis (and cut rather than wrap it when narrowed). */
  maxWidth?: number;
  /** Human tables: a shorter header used when the column is narrowed (e.g. "Indiv." for "Individuals"). */
  short?: string;
  /** Human tables: left out on a narrow terminal rather than cramp the other columns. */
  optional?: boolean;
  /**
   * How people read the value (machine formats keep it raw): a `date` (ISO `2022-01-17`) shows as
   * 17/01/2022, a `time` (ISO timestamp) as 17/01/2022 08:00, a `count` with the language's grouping
   * (30.000). Years, STT and ids are not counts. A `level`, `recipient-kind` or `status` code shows as
   * its word in Vietnamese (Xã, cá nhân, thu hồi) and as the code itself in English.
   */
  kind?: 'date' | 'time' | 'count' | 'level' | 'recipient-kind' | 'status';
}

export interface TableModel<R = Record<string, unknown>> {
  columns: Column<R>[];
  rows: R[];
  /** Human formats: rows are shown under a heading each time this title changes. */
  groupTitle?: (row: R) => string;
  /** Human formats: a closing row such as totals, keyed by column key. */
  footer?: Record<string, unknown>;
  /** Human formats: a line printed above the table. */
  title?: string;
  /** Human formats: printed instead of an empty table. */
  empty?: string;
}

export const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A column whose header (and short header) is a catalogue message, read each time the column is shown:
 * a view's columns are built once, when its module loads, but speak the language of the run.
 */
export function column<R>(
  key: string,
  header: () => string,
  more: Omit<Column<R>, 'key' | 'header' | 'short'> & { short?: () => string } = {},
): Column<R> {
  const { short, ...rest } = more;
  const c = { key, ...rest } as Column<R>;
  Object.defineProperty(c, 'header', { get: header, enumerable: true });
  if (short) Object.defineProperty(c, 'short', { get: short, enumerable: true });
  return c;
}

export function cellValue<R>(col: Column<R>, row: R): unknown {
  return col.value ? col.value(row) : (row as Record<string, unknown>)[col.key];
}

/** The machine projection of a row: the machine columns with raw values. */
export function machineRecord<R>(model: TableModel<R>, row: R): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of model.columns) if (!c.humanOnly) out[c.key] = cellValue(c, row) ?? null;
  return out;
}
