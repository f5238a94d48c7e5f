/**
 * Streaming projections of the table model for files of any size: CSV, TSV, JSON and NDJSON written
 * row by row to a sink (render.ts chooses among them and XLSX). Machine values, as in render.ts;
 * CSV cells that a spreadsheet would run as formulas are neutralised.
 */
import { cellValue, type Column } from './model.js';
import { delimitedText } from './delimited.js';

/** Where a writer puts its bytes; `write` resolves when the sink can take more (backpressure). */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void> | void;
}

export interface TableWriter<R> {
  /**
   * Starts a table (an XLSX sheet). Formats without sheets write one table: later calls must give the
   * same columns, and their rows continue under the first header.
   */
  sheet(name: string, columns: Column<R>[], opts?: { title?: string }): Promise<void>;
  rows(rows: R[]): Promise<void>;
  end(): Promise<void>;
}

export interface WriterOptions {
  /** CSV for Excel: a UTF-8 byte order mark and CRLF line ends. */
  excel?: boolean;
  /** A UTF-8 byte order mark first (CSV written to a file, so that Excel reads it as UTF-8). */
  bom?: boolean;
  /** XLSX: a title row above the header. */
  title?: string;
}

function machine<R>(columns: Column<R>[]): Column<R>[] {
  return columns.filter((c) => !c.humanOnly);
}

export function delimitedWriter<R>(sink: Sink, sep: ',' | '\t', opts: WriterOptions): TableWriter<R> {
  const eol = opts.excel ? '\r\n' : '\n';
  let cols: Column<R>[] | undefined;
  return {
    async sheet(_name, columns) {
      if (cols) return;
      cols = machine(columns);
      const bom = (opts.excel || opts.bom) && sep === ',' ? '\uFEFF' : '';
      await sink.write(bom + delimitedText([cols.map((c) => c.key)], sep, eol));
    },
    async rows(rows) {
      // i18n-ignore: a programmer's mistake, never shown to a clerk
      if (!cols) throw new Error('sheet() before rows()');
      const c = cols;
      const out = delimitedText(rows.map((r) => c.map((col) => cellValue(col, r))), sep, eol);
      if (out) await sink.write(out);
    },
    async end() {},
  };
}

export function jsonWriter<R>(sink: Sink, lines: boolean): TableWriter<R> {
  let cols: Column<R>[] | undefined;
  let first = true;
  const record = (r: R) => {
    const o: Record<string, unknown> = {};
    for (const c of cols!) o[c.key] = cellValue(c, r) ?? null;
    return JSON.stringify(o);
  };
  return {
    async sheet(_name, columns) {
      cols ??= machine(columns);
    },
    async rows(rows) {
      let out = '';
      for (const r of rows) {
        if (lines) out += record(r) + '\n';
        else {
          out += (first ? '[\n  ' : ',\n  ') + record(r);
          first = false;
        }
      }
      if (out) await sink.write(out);
    },
    async end() {
      if (!lines) await sink.write(first ? '[]\n' : '\n]\n');
    },
  };
}
