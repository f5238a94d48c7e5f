/**
 * The only place that chooses an output format. Machine formats (tsv, csv, json, ndjson) carry data
 * rows with raw values (ISO dates, numbers, null); group headings, totals and titles belong to the
 * human formats (table, md).
 */
import { escapeControl, hasControl } from './escape.js';
import { humanDate, humanNumber, humanTime } from '../i18n/index.js';
import { codeLabel, RENDER } from '../i18n/messages/render.js';
import { cellValue, machineRecord, type Column, type Format, type TableModel } from './model.js';
import type { Sink, TableWriter, WriterOptions } from './stream.js';
import { delimitedText, neutraliseFormula, plain } from './delimited.js';

export { neutraliseFormula, plain };

export type { Sink, TableWriter, WriterOptions };

/** Formats a file (export, an errors file) can be written in. */
export const FILE_FORMATS = ['csv', 'tsv', 'xlsx', 'json', 'ndjson'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** A streaming writer of `format` into `sink`: files of any size, one table or (XLSX) one sheet per table. */
export async function openTableWriter<R>(format: FileFormat, sink: Sink, opts: WriterOptions = {}): Promise<TableWriter<R>> {
  const stream = await import('./stream.js');
  switch (format) {
    case 'csv':
      return stream.delimitedWriter<R>(sink, ',', opts);
    case 'tsv':
      return stream.delimitedWriter<R>(sink, '\t', opts);
    case 'json':
      return stream.jsonWriter<R>(sink, false);
    case 'ndjson':
      return stream.jsonWriter<R>(sink, true);
    case 'xlsx':
      return (await import('./xlsx.js')).xlsxWriter<R>(sink);
  }
}

export interface RenderOptions {
  format: Format;
  color?: boolean;
  /** Terminal width for human tables. */
  width?: number;
}

export async function render<R>(model: TableModel<R>, opts: RenderOptions): Promise<string> {
  switch (opts.format) {
    case 'json':
      return JSON.stringify(model.rows.map((r) => machineRecord(model, r)), null, 2) + '\n';
    case 'ndjson':
      return model.rows.map((r) => JSON.stringify(machineRecord(model, r)) + '\n').join('');
    case 'tsv':
      return delimited(model, '\t');
    case 'csv':
      return csv(model);
    case 'md':
      return markdown(escapedModel(model));
    case 'table':
      return (await import('./table.js')).humanTable(escapedModel(model), opts);
  }
}

/** Text shown to a person: control characters and escape sequences made visible (see escape.ts). */
function shown(v: unknown): unknown {
  if (typeof v === 'string') return hasControl(v) ? escapeControl(v) : v;
  if (Array.isArray(v)) return v.map(shown);
  return v;
}

/** A value as people read it, by its column's kind (see Column.kind). */
export function humanValue(kind: Column['kind'], v: unknown): unknown {
  if (kind === 'date' && typeof v === 'string') return humanDate(v);
  if (kind === 'time' && typeof v === 'string') return humanTime(v);
  if (kind === 'count' && typeof v === 'number') return humanNumber(v);
  if ((kind === 'level' || kind === 'recipient-kind' || kind === 'status') && typeof v === 'string') return codeLabel(kind, v);
  return v;
}

/**
 * The model as human formats show it: every text from the registry escaped, dates and counts as people
 * read them; machine formats keep it exact.
 */
export function escapedModel<R>(model: TableModel<R>): TableModel<R> {
  const columns = model.columns.map((c) => ({ ...c, value: (r: R) => shown(humanValue(c.kind, cellValue(c, r))) }));
  const kinds = new Map(model.columns.map((c) => [c.key, c.kind]));
  const footer = model.footer ? Object.fromEntries(Object.entries(model.footer).map(([k, v]) => [k, shown(humanValue(kinds.get(k), v))])) : undefined;
  const groupTitle = model.groupTitle;
  return {
    ...model,
    columns,
    title: model.title === undefined ? undefined : (shown(model.title) as string),
    footer: footer as TableModel<R>['footer'],
    groupTitle: groupTitle ? (r: R) => shown(groupTitle(r)) as string : undefined,
  };
}

function machineColumns<R>(model: TableModel<R>): Column<R>[] {
  return model.columns.filter((c) => !c.humanOnly);
}

export function humanColumns<R>(model: TableModel<R>): Column<R>[] {
  return model.columns.filter((c) => !c.machineOnly);
}

/** TSV or CSV (the same rule as files: see delimited.ts). */
function delimited<R>(model: TableModel<R>, sep: ',' | '\t'): string {
  const cols = machineColumns(model);
  return delimitedText([cols.map((c) => c.key), ...model.rows.map((r) => cols.map((c) => cellValue(c, r)))], sep);
}

/** CSV of a table model (LF line ends). */
export function csv<R>(model: TableModel<R>): string {
  return delimited(model, ',');
}

function mdCell(v: unknown): string {
  return plain(v).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function markdown<R>(model: TableModel<R>): string {
  const cols = humanColumns(model);
  const header = `| ${cols.map((c) => mdCell(c.header)).join(' | ')} |\n| ${cols.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |\n`;
  const out: string[] = [];
  if (model.title) out.push(`## ${model.title}\n\n`);
  if (model.rows.length === 0 && model.empty) return out.join('') + `_${model.empty}_\n`;
  let current: string | undefined;
  let open = false;
  for (const r of model.rows) {
    const g = model.groupTitle?.(r);
    if (g !== undefined && g !== current) {
      if (open) out.push('\n');
      out.push(`### ${g}\n\n`, header);
      current = g;
      open = true;
    } else if (!open) {
      out.push(header);
      open = true;
    }
    out.push(`| ${cols.map((c) => mdCell(cellValue(c, r))).join(' | ')} |\n`);
  }
  if (!open) out.push(header);
  if (model.footer) {
    if (model.groupTitle) out.push('\n', header);
    out.push(`| ${cols.map((c) => mdCell(model.footer![c.key])).join(' | ')} |\n`);
  }
  return out.join('');
}

/**
 * One record (a `show` command): a JSON object, one CSV/TSV row, or "Field  value" lines for a person.
 * Human formats show every column with a value, under its header.
 */
export async function renderRecord<R>(columns: Column<R>[], record: R, opts: RenderOptions): Promise<string> {
  const model: TableModel<R> = { columns, rows: [record] };
  if (opts.format === 'json') return JSON.stringify(machineRecord(model, record), null, 2) + '\n';
  if (opts.format !== 'table' && opts.format !== 'md') return render(model, opts);
  const pairs = columns
    .filter((c) => !c.humanOnly)
    .map((c) => [c.header, plain(shown(humanValue(c.kind, cellValue(c, record))))] as const)
    .filter(([, v]) => v !== '');
  if (opts.format === 'md') return `| ${RENDER.field()} | ${RENDER.value()} |\n| --- | --- |\n${pairs.map(([k, v]) => `| ${mdCell(k)} | ${mdCell(v)} |`).join('\n')}\n`;
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
}
