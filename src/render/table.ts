/** Human tables for a terminal (cli-table3), loaded only when a table is printed. */
import Table from 'cli-table3';
import { cellValue, type TableModel } from './model.js';
import { humanColumns, type RenderOptions } from './render.js';

function text(v: unknown, max?: number): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(', ') : String(v);
  return max && s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export async function humanTable<R>(model: TableModel<R>, opts: RenderOptions): Promise<string> {
  // Colour is decided by the caller (TTY, NO_COLOR, --no-color); chalk's own detection is not consulted.
  const bold = opts.color ? new (await import('chalk')).Chalk({ level: 1 }).bold : (s: string) => s;
  const cols = humanColumns(model);
  const head = model.title ? `${bold(model.title)}\n` : '';
  if (model.rows.length === 0 && model.empty) return `${head}${model.empty}\n`;
  const table = new Table({
    head: cols.map((c) => bold(c.header)),
    style: { head: [], border: [], compact: true },
    colAligns: cols.map((c) => c.align ?? 'left'),
  });
  let current: string | undefined;
  for (const r of model.rows) {
    const g = model.groupTitle?.(r);
    if (g !== undefined && g !== current) {
      table.push([{ colSpan: cols.length, content: bold(g), hAlign: 'left' }]);
      current = g;
    }
    table.push(cols.map((c) => text(cellValue(c, r), c.maxWidth)));
  }
  if (model.footer) table.push(cols.map((c) => bold(text(model.footer![c.key]))));
  return `${head}${table.toString()}\n`;
}
