import { Command } from 'commander';
import type { Context, OutputOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, parseYear, withOutput } from '../options.js';
import type { Column } from '../../render/model.js';
import type { EligibleRow } from '../../core/checks/eligible.js';
import { parseDate } from '../../core/parse.js';
import { ELIGIBILITY_LABEL, ELIGIBLE } from '../../i18n/messages/law-eligible.js';

export interface EligibleCommandOptions extends OutputOptions {
  year?: number;
  unit?: string;
  date?: string;
  all?: boolean;
}

/**
 * The nomination list's columns (the JSON contract: keys stay as they are). `routes`: the chain has
 * alternative routes, and the table shows for each row the route met or the closest one.
 */
export function eligibleColumns(routes = false): Column<EligibleRow>[] {
  return [
    { key: 'status', header: ELIGIBLE.status(), value: (r) => ELIGIBILITY_LABEL[r.status](), humanOnly: true },
    { key: 'status', header: ELIGIBLE.status(), machineOnly: true },
    { key: 'recipient', header: ELIGIBLE.ref() },
    { key: 'recipient_name', header: ELIGIBLE.recipient() },
    { key: 'unit', header: ELIGIBLE.unitRef(), machineOnly: true },
    { key: 'unit_name', header: ELIGIBLE.unit(), maxWidth: 40 },
    { key: 'award_type', header: ELIGIBLE.award(), machineOnly: true },
    { key: 'year', header: ELIGIBLE.year(), machineOnly: true },
    { key: 'article', header: ELIGIBLE.article(), machineOnly: true },
    { key: 'regime', header: ELIGIBLE.regime(), machineOnly: true },
    { key: 'route', header: ELIGIBLE.routeHeader(), machineOnly: true },
    { key: 'closest_route', header: ELIGIBLE.closestRoute(), machineOnly: true },
    { key: 'lacks', header: ELIGIBLE.lacks(), machineOnly: true },
    { key: 'quota_left', header: ELIGIBLE.quotaLeft(), machineOnly: true },
    ...(routes ? [{ key: 'route', header: ELIGIBLE.routeHeader(), value: (r: EligibleRow) => r.closest_route ?? r.route[0] ?? '', humanOnly: true }] : []),
    { key: 'qualifies', header: ELIGIBLE.qualifies(), value: (r) => r.qualifies.join('; '), humanOnly: true },
    { key: 'missing', header: ELIGIBLE.missing(), value: (r) => r.missing.join('; '), humanOnly: true },
    { key: 'qualifies', header: ELIGIBLE.qualifies(), machineOnly: true },
    { key: 'missing', header: ELIGIBLE.missing(), machineOnly: true },
  ];
}

export function eligibleCommand(ctx: Context): Command {
  const cmd = new Command('eligible')
    .argument('<award-type>', ELIGIBLE.argType('LDTT, CSTDCS, CSTDBT, CSTDTQ, BK_BT, BK_TTG, HC_LD_3, TTLDTT, TTLDXS, CTDBT', 'CTDCP'))
    .option('-y, --year <year>', ELIGIBLE.optYear(), parseYear)
    .option('-u, --unit <unit>', ELIGIBLE.optUnit())
    .option('--date <date>', ELIGIBLE.optDate())
    .option('--all', ELIGIBLE.optAll())
    .action((type: string, opts: EligibleCommandOptions) => runEligible(type, opts, ctx));
  withOutput(cmd);
  return examples(cmd, [
    'tdkt eligible CSTDCS --year 2021',
    'tdkt eligible CSTDBT --year 2021 --unit phong-gd-dt',
    'tdkt eligible TTLDXS --year 2021 --all --json',
    'tdkt eligible CTDBT --year 2024 --date 2025-01-20',
  ]);
}

export async function runEligible(type: string, opts: EligibleCommandOptions, ctx: Context): Promise<void> {
  if (opts.year === undefined) throw new UsageError(ELIGIBLE.missingYear());
  let date: string | undefined;
  if (opts.date) {
    const d = parseDate(opts.date);
    if (!d.ok) throw new UsageError(ELIGIBLE.badDate(d.message));
    date = d.value;
  }
  const reg = await ctx.registry();
  const { eligibleFor } = await import('../../core/checks/eligible.js');
  const list = await eligibleFor(reg.db, type, { year: opts.year, unit: opts.unit, all: opts.all, date: date ?? reg.now().slice(0, 10) });
  await ctx.print(
    {
      columns: eligibleColumns(list.routes),
      rows: list.rows,
      title: ELIGIBLE.title(list.award_type, String(list.year), list.article, list.regime),
      empty: ELIGIBLE.empty(),
    },
    opts,
  );
}
