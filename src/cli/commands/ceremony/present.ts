import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { collect, examples, parseId, writes } from '../../options.js';

interface PresentOptions {
  decision?: string[];
  award?: number[];
}

export function ceremonyPresentCommand(ctx: Context): Command {
  const cmd = new Command('present')
    .description('hand over award lines at a ceremony: whole decisions and/or single lines')
    .argument('<ceremony>', 'reference or words of its name')
    .option('-d, --decision <decision>', 'every line of this decision (repeatable)', collect(String))
    .option('-a, --award <id>', 'this award line (repeatable)', collect(parseId))
    .action((query: string, opts: PresentOptions) => runCeremonyPresent(query, opts, ctx));
  return examples(writes(cmd), ['tdkt ceremony present le-chan-2022 --decision 1021/QĐ-TTg --decision 05/QĐ-UBND', 'tdkt ceremony present le-chan-2022 --award 41 --award 42']);
}

export async function runCeremonyPresent(query: string, opts: PresentOptions, ctx: Context): Promise<void> {
  if (!opts.decision?.length && !opts.award?.length) throw new UsageError('name what is presented: --decision <decision> or --award <id>');
  const { presentAwards } = await import('../../../core/write.js');
  const r = await presentAwards(await ctx.registry(), query, { decisions: opts.decision, awards: opts.award });
  ctx.info(`Presented ${r.added} award line(s) at ${r.ceremony}${r.already ? `; ${r.already} were already on its roster` : ''}`);
  ctx.io.stdout.write(`${r.added}\n`);
}
