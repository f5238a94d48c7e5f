import { Command } from 'commander';
import { humanNumber } from '../../i18n/index.js';
import { COPY } from '../../i18n/messages/postgres.js';
import { column, type TableModel } from '../../render/model.js';
import type { Context, OutputOptions } from '../context.js';
import { examples, withOutput } from '../options.js';

export function copyCommand(ctx: Context): Command {
  const cmd = withOutput(
    new Command('copy')
      .argument('<from>', COPY.argFrom())
      .argument('<to>', COPY.argTo())
      .action((from: string, to: string, opts: OutputOptions) => runCopy(from, to, opts, ctx)),
  );
  // i18n-ignore: example commands, the same in every language
  return examples(cmd, [
    "tdkt copy ./so-khen-thuong.sqlite 'postgres://tdkt@db.so-noi-vu.local/tdkt'",
    "tdkt copy 'postgres://kiemtra@db.so-noi-vu.local/tdkt' ./ban-chep-2026.sqlite",
  ]);
}

interface TableCount {
  table: string;
  from: number;
  to: number;
}

export async function runCopy(from: string, to: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const { copyRegistry } = await import('../../core/copy.js');
  const report = await copyRegistry(from, to, { clock: ctx.io.clock, actor: ctx.actor, notice: (m) => ctx.info(m) });
  if (ctx.format(opts) === 'json') {
    ctx.io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  const model: TableModel<TableCount> = {
    title: COPY.title(report.from, report.to),
    columns: [column('table', COPY.headerTable), column('from', COPY.headerFrom, { kind: 'count', align: 'right' }), column('to', COPY.headerTo, { kind: 'count', align: 'right' })],
    rows: report.tables,
  };
  await ctx.print(model, opts);
  const rows = report.tables.reduce((n, t) => n + t.to, 0);
  ctx.info(COPY.copied(humanNumber(rows), humanNumber(report.tables.length), humanNumber(report.verified.events)));
  if (report.head) ctx.info(COPY.head(String(report.head.id), report.head.hash));
}
