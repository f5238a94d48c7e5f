import { Command } from 'commander';
import type { Context, OutputOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, parseYear, withOutput } from '../options.js';
import { eligibleColumns } from '../views/checks.js';
import { parseDate } from '../../core/parse.js';

export interface EligibleCommandOptions extends OutputOptions {
  year?: number;
  unit?: string;
  date?: string;
  all?: boolean;
}

export function eligibleCommand(ctx: Context): Command {
  const cmd = new Command('eligible')
    .argument('<award-type>', 'LDTT, CSTDCS, CSTDBT, CSTDTQ, BK_BT, BK_TTG, TTLDTT or TTLDXS')
    .option('-y, --year <year>', 'the achievement year (required)', parseYear)
    .option('-u, --unit <unit>', 'only members of this collective (or the collective itself)')
    .option('--date <date>', 'date of the decision being prepared, which picks the law (default: today)')
    .option('--all', 'also those not eligible and those already awarded')
    .action((type: string, opts: EligibleCommandOptions) => runEligible(type, opts, ctx));
  withOutput(cmd);
  return examples(cmd, [
    'tdkt eligible CSTDCS --year 2021',
    'tdkt eligible CSTDBT --year 2021 --unit phong-gd-dt',
    'tdkt eligible TTLDXS --year 2021 --all --json',
  ]);
}

export async function runEligible(type: string, opts: EligibleCommandOptions, ctx: Context): Promise<void> {
  if (opts.year === undefined) throw new UsageError('missing --year: pass the achievement year, e.g. --year 2021');
  let date: string | undefined;
  if (opts.date) {
    const d = parseDate(opts.date);
    if (!d.ok) throw new UsageError(`--date: ${d.message}`);
    date = d.value;
  }
  const reg = await ctx.registry();
  const { eligibleFor } = await import('../../core/checks/eligible.js');
  const list = await eligibleFor(reg.db, type, { year: opts.year, unit: opts.unit, all: opts.all, date: date ?? reg.now().slice(0, 10) });
  await ctx.print(
    {
      columns: eligibleColumns,
      rows: list.rows,
      title: `Eligible for ${list.award_type} ${list.year} (${list.article}; regime ${list.regime})`,
      empty: 'Nobody meets or nearly meets the chain (use --all to see every candidate).',
    },
    opts,
  );
}
