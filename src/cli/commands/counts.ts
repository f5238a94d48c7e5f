import { Command, Option } from 'commander';
import { countAwards } from '../../core/report/counts.js';
import { LEVELS } from '../../core/domain.js';
import { resolveBody, resolveCeremony } from '../../core/resolve.js';
import type { Context, OutputOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, parseYear, withOutput } from '../options.js';
import { countsModel } from '../views/reports.js';

export interface CountsOptions extends OutputOptions {
  year?: number;
  body?: string;
  level?: string;
  includeRevoked?: boolean;
}

export function countsCommand(ctx: Context): Command {
  const cmd = new Command('counts')
    .argument('[ceremony]', 'reference or words of its name')
    .option('-y, --year <year>', 'decisions of this year (instead of a ceremony)', parseYear)
    .option('-b, --body <body>', 'only decisions of this body')
    .addOption(new Option('-l, --level <level>', 'only decisions of bodies at this level').choices(LEVELS))
    .option('--include-revoked', 'count revoked lines too')
    .action((query: string | undefined, opts: CountsOptions) => runCounts(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt counts le-chan-2022', 'tdkt counts --year 2021 --body ubnd-hai-phong', 'tdkt counts --year 2021 --level province --json']);
}

export async function runCounts(query: string | undefined, opts: CountsOptions, ctx: Context): Promise<void> {
  if (!query && opts.year === undefined) throw new UsageError('name a ceremony, or pass --year, e.g. tdkt counts --year 2021');
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
  const scope = [ceremony ? `${ceremony.name} — ${ceremony.date}` : undefined, opts.year ? `decisions of ${opts.year}` : undefined, body?.name, opts.level]
    .filter(Boolean)
    .join(' · ');
  await ctx.print(countsModel(rows, `Counts: ${scope}`), opts);
}
