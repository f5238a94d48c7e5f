import { Command } from 'commander';
import { buildRoster } from '../../core/report/roster.js';
import type { Context, OutputOptions } from '../context.js';
import { examples, withOutput } from '../options.js';
import { rosterModel } from '../views/reports.js';

export interface RosterOptions extends OutputOptions {
  includeRevoked?: boolean;
}

export function rosterCommand(ctx: Context): Command {
  const cmd = new Command('roster')
    .argument('<ceremony>', 'reference or words of its name')
    .option('--include-revoked', 'also revoked lines, marked in status')
    .action((query: string, opts: RosterOptions) => runRoster(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt roster le-chan-2022', 'tdkt roster le-chan-2022 --format csv > roster.csv', 'tdkt roster le-chan-2022 --json | jq ".[0]"']);
}

export async function runRoster(query: string, opts: RosterOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const r = await buildRoster(reg.db, query, { includeRevoked: opts.includeRevoked });
  await ctx.print(rosterModel(r.lines, `${r.ceremony.name} — ${r.ceremony.date}`), opts);
}
