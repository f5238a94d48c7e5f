import { Command } from 'commander';
import type { Context, OutputOptions } from '../context.js';
import { examples, withOutput } from '../options.js';
import { ruleColumns } from '../views/checks.js';

export function rulesCommand(ctx: Context): Command {
  const cmd = new Command('rules')
    .action((opts: OutputOptions) => runRules(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt rules', 'tdkt rules --format md']);
}

/** Needs no registry: the rules are part of the program. */
export async function runRules(opts: OutputOptions, ctx: Context): Promise<void> {
  const { listRules } = await import('../../core/checks/run.js');
  await ctx.print({ columns: ruleColumns, rows: listRules(), title: 'Rules of tdkt check' }, opts);
}
