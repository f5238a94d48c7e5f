import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { collect, examples, parseId, writes } from '../../options.js';
import { humanNumber } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { CEREMONY_CMD } from '../../../i18n/messages/commands-a-records.js';

interface PresentOptions {
  decision?: string[];
  award?: number[];
}

export function ceremonyPresentCommand(ctx: Context): Command {
  const cmd = new Command('present')
    .description(CEREMONY_CMD.presentDescription())
    .argument('<ceremony>', COMMON_A.refOrWords())
    .option('-d, --decision <decision>', CEREMONY_CMD.presentDecision(), collect(String))
    .option('-a, --award <id>', COMMON_A.repeatableAward(), collect(parseId))
    .action((query: string, opts: PresentOptions) => runCeremonyPresent(query, opts, ctx));
  return examples(writes(cmd), ['tdkt ceremony present le-chan-2022 --decision 1021/QĐ-TTg --decision 05/QĐ-UBND', 'tdkt ceremony present le-chan-2022 --award 41 --award 42']);
}

export async function runCeremonyPresent(query: string, opts: PresentOptions, ctx: Context): Promise<void> {
  if (!opts.decision?.length && !opts.award?.length) throw new UsageError(CEREMONY_CMD.nameWhatIsPresented());
  const { presentAwards } = await import('../../../core/write.js');
  const r = await presentAwards(await ctx.registry(), query, { decisions: opts.decision, awards: opts.award });
  ctx.info(CEREMONY_CMD.presented(humanNumber(r.added), r.ceremony, r.already ? humanNumber(r.already) : ''));
  ctx.io.stdout.write(`${r.added}\n`);
}
