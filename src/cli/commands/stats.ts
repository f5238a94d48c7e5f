import { Command } from 'commander';
import type { StatRow } from '../../core/paperwork/stats.js';
import { resolveBody } from '../../core/resolve.js';
import type { Column } from '../../render/model.js';
import type { Context, OutputOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, parseYear, withOutput } from '../options.js';
import { writeDocument } from './files.js';
import { STATS } from '../../i18n/messages/commands-b.js';

interface StatsOptions extends OutputOptions {
  year?: number;
  body?: string;
  output?: string;
}

export function statsCommand(ctx: Context): Command {
  const cmd = new Command('stats')
    .argument('<form>', STATS.argForm())
    .option('-y, --year <year>', STATS.optYear(), parseYear)
    .option('-b, --body <body>', STATS.optBody())
    .option('-o, --output <file.xlsx>', STATS.optOutput())
    .action((form: string, opts: StatsOptions) => runStats(form, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt stats 0603.N --year 2021', 'tdkt stats 0603.N --year 2021 --body ct-ubnd-hai-phong -o 0603N-2021.xlsx', 'tdkt stats 0602.N --year 2021 --json']);
}

async function runStats(formText: string, opts: StatsOptions, ctx: Context): Promise<void> {
  if (opts.year === undefined) throw new UsageError(STATS.noYear());
  if (opts.output && !/\.xlsx$/i.test(opts.output)) throw new UsageError(STATS.notXlsx(opts.output));
  const { parseForm, statForm } = await import('../../core/paperwork/stats.js');
  const form = parseForm(formText);
  const reg = await ctx.registry();
  const body = opts.body ? await resolveBody(reg.db, opts.body) : undefined;
  const f = await statForm(reg.db, form, opts.year, body?.id);
  if (opts.output) {
    const { statXlsx } = await import('../../render/xlsx-stats.js');
    const data = await statXlsx(f, { reporting: body?.name ?? '……………………', place: body?.place ?? '……………' });
    await writeDocument(ctx, opts.output, data, STATS.workbook());
    ctx.info(STATS.wrote(form, opts.year, f.rows[0].values[0], opts.output));
  } else {
    // The form's own headings (Circular 02/2023/TT-BNV), as its rows and title are: Vietnamese in both languages.
    const columns: Column<StatRow>[] = [
      { key: 'code', header: 'Mã số' },
      { key: 'label', header: 'Chỉ tiêu', value: (r) => `${'  '.repeat(r.level)}${r.label}`, humanOnly: true },
      { key: 'label', header: 'label', machineOnly: true }, // i18n-ignore: a machine column's header is never shown
      ...f.columns.map((c, i): Column<StatRow> => ({ key: `col_${c.no}`, header: `${c.no}. ${c.header}`, value: (r) => (r.heading ? null : r.values[i]), align: 'right', kind: 'count' })),
    ];
    await ctx.print({ columns, rows: f.rows, title: `${form} — ${f.title} — năm ${opts.year}` }, opts);
  }
  if (f.excluded) ctx.info(STATS.excluded(f.excluded));
}
