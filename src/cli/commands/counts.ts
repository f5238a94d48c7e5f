import { Command, Option } from 'commander';
import { countAwards } from '../../core/report/counts.js';
import { LEVELS } from '../../core/domain.js';
import { resolveBody, resolveCeremony } from '../../core/resolve.js';
import type { Context, OutputOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, parseYear, withOutput } from '../options.js';
import { countsModel } from '../views/reports.js';
import { humanDate } from '../../i18n/index.js';
import { COMMON_A } from '../../i18n/messages/commands-a.js';
import { COUNTS_CMD } from '../../i18n/messages/commands-a-records.js';

export interface CountsOptions extends OutputOptions {
  year?: number;
  body?: string;
  level?: string;
  includeRevoked?: boolean;
}

export function countsCommand(ctx: Context): Command {
  const cmd = new Command('counts')
    .argument('[ceremony]', COMMON_A.refOrWords())
    .option('-y, --year <year>', COUNTS_CMD.year(), parseYear)
    .option('-b, --body <body>', COUNTS_CMD.body())
    .addOption(new Option('-l, --level <level>', COUNTS_CMD.level()).choices(LEVELS))
    .option('--include-revoked', COUNTS_CMD.includeRevoked())
    .action((query: string | undefined, opts: CountsOptions) => runCounts(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt counts le-chan-2022', 'tdkt counts --year 2021 --body ubnd-hai-phong', 'tdkt counts --year 2021 --level province --json']);
}

export async function runCounts(query: string | undefined, opts: CountsOptions, ctx: Context): Promise<void> {
  if (!query && opts.year === undefined) throw new UsageError(COUNTS_CMD.nameACeremony());
  const reg = await ctx.registry();
  const ceremony = query ? await resolveCeremony(reg.db, query) : undefined;
  const body = opts.body ? await resolveBody(reg.db, opts.body) : undefined;
  const rows = await countAwards(reg.db, {
    ceremonyId: ceremony?.id,
    year: opts.year,
    bodyId: body?.id,
    level: opts.level,
    includeRevoked: opts.includeRevoked,
  });
  const scope = [ceremony ? `${ceremony.name} — ${humanDate(ceremony.date)}` : undefined, opts.year ? COUNTS_CMD.decisionsOf(String(opts.year)) : undefined, body?.name, opts.level]
    .filter(Boolean)
    .join(' · ');
  await ctx.print(countsModel(rows, COUNTS_CMD.title(scope)), opts);
}
