import { Command } from 'commander';
import type { Context } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { askWithdrawal, printWithdrawal, withdrawingDecisionOptions, type WithdrawOptions } from './revoke.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { AWARD_CMD } from '../../../i18n/messages/commands-a-award.js';

export function awardStripCommand(ctx: Context): Command {
  const cmd = new Command('strip')
    .description(AWARD_CMD.stripDescription())
    .argument('<award>', COMMON_A.awardId(), parseId);
  withdrawingDecisionOptions(cmd, false).action((id: number, opts: WithdrawOptions) => runAwardStrip(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award strip 7 --by 1520/QĐ-CTN --date 2024-09-12 --body chu-tich-nuoc --note "Bản án số 12/2024/HS-ST"']);
}

export async function runAwardStrip(id: number, opts: WithdrawOptions, ctx: Context): Promise<void> {
  const w = await askWithdrawal(ctx, opts, false);
  const { stripAward } = await import('../../../core/write.js');
  await printWithdrawal(ctx, await stripAward(await ctx.registry(), id, w), opts);
}
