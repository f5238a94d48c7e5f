import { Command } from 'commander';
import type { StatRow } from '../../core/paperwork/stats.js';
import { resolveBody } from '../../core/resolve.js';
import type { Column } from '../../render/model.js';
import type { Context, OutputOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, parseYear, withOutput } from '../options.js';
import { writeDocument } from './files.js';

interface StatsOptions extends OutputOptions {
  year?: number;
  body?: string;
  output?: string;
}

export function statsCommand(ctx: Context): Command {
  const cmd = new Command('stats')
    .argument('<form>', 'the form of Circular 02/2023/TT-BNV: 0602.N (state-level awards) or 0603.N (ministry and province awards)')
    .option('-y, --year <year>', 'decisions of this year', parseYear)
    .option('-b, --body <body>', 'only decisions of this body')
    .option('-o, --output <file.xlsx>', 'the form as a workbook laid out for printing and sending')
    .action((form: string, opts: StatsOptions) => runStats(form, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt stats 0603.N --year 2021', 'tdkt stats 0603.N --year 2021 --body ct-ubnd-hai-phong -o 0603N-2021.xlsx', 'tdkt stats 0602.N --year 2021 --json']);
}

async function runStats(formText: string, opts: StatsOptions, ctx: Context): Promise<void> {
  if (opts.year === undefined) throw new UsageError('name the year the form reports, e.g. tdkt stats 0603.N --year 2021');
  if (opts.output && !/\.xlsx$/i.test(opts.output)) throw new UsageError(`stats -o writes the form as a workbook: name the file .xlsx (got "${opts.output}"); for other formats use --format`);
  const { parseForm, statForm } = await import('../../core/paperwork/stats.js');
  const form = parseForm(formText);
  const reg = await ctx.registry();
  const body = opts.body ? await resolveBody(reg.db, opts.body) : undefined;
  const f = await statForm(reg.db, form, opts.year, body?.id);
  if (opts.output) {
    const { statXlsx } = await import('../../render/xlsx-stats.js');
    const data = await statXlsx(f, { reporting: body?.name ?? '……………………', place: body?.place ?? '……………' });
    await writeDocument(ctx, opts.output, data, 'A workbook');
    ctx.info(`Wrote form ${form} for ${opts.year} (${f.rows[0].values[0]} awards counted) to ${opts.output}`);
  } else {
    const columns: Column<StatRow>[] = [
      { key: 'code', header: 'Mã số' },
      { key: 'label', header: 'Chỉ tiêu', value: (r) => `${'  '.repeat(r.level)}${r.label}`, humanOnly: true },
      { key: 'label', header: 'label', machineOnly: true },
      ...f.columns.map((c, i): Column<StatRow> => ({ key: `col_${c.no}`, header: `${c.no}. ${c.header}`, value: (r) => (r.heading ? null : r.values[i]), align: 'right' })),
    ];
    await ctx.print({ columns, rows: f.rows, title: `${form} — ${f.title} — năm ${opts.year}` }, opts);
  }
  if (f.excluded) ctx.info(`Not in this form: ${f.excluded} award lines of other types (collective titles and the like).`);
}
