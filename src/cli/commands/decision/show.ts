import { Command } from 'commander';
import { listAwards } from '../../../core/award/queries.js';
import { getDecision } from '../../../core/decision/queries.js';
import { resolveDecision } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { awardColumns, decisionColumns, listModel } from '../../views/records.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { DECISION_CMD } from '../../../i18n/messages/commands-a-records.js';

export function decisionShowCommand(ctx: Context): Command {
  const cmd = new Command('show')
    .description(DECISION_CMD.showDescription())
    .argument('<decision>', COMMON_A.decisionRef('215/QĐ-UBND'))
    .action((query: string, opts: OutputOptions) => runDecisionShow(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt decision show 1021/QĐ-TTg', 'tdkt decision show ubnd-le-chan-2022-5 --json']);
}

export async function runDecisionShow(query: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const match = await resolveDecision(reg.db, query);
  await ctx.printRecord(decisionColumns, await getDecision(reg.db, match.ref), opts);
  if (ctx.format(opts) === 'table' || ctx.format(opts) === 'md') {
    const lines = await listAwards(reg.db, { decisionId: match.id, includeRevoked: true });
    ctx.io.stdout.write('\n');
    await ctx.print({ ...listModel(awardColumns, lines, DECISION_CMD.annexEmpty()), title: DECISION_CMD.annex() }, opts);
  }
}
