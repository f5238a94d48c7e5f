import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { ask, confirmOrYes } from '../../prompt.js';
import { CORRECTIONS } from '../../views/corrections.js';
import { printWithdrawal } from './revoke.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { AWARD_CMD } from '../../../i18n/messages/commands-a-award.js';

interface VoidOptions extends OutputOptions {
  reason?: string;
  yes?: boolean;
}

export function awardVoidCommand(ctx: Context): Command {
  const cmd = new Command('void')
    .description(AWARD_CMD.voidDescription())
    .argument('<award>', COMMON_A.awardId(), parseId)
    .option('--reason <text>', AWARD_CMD.optReason())
    .option('-y, --yes', COMMON_A.yes())
    .action((id: number, opts: VoidOptions) => runAwardVoid(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award void 42 --reason "Nhập trùng dòng #41"', 'tdkt award void 42 --reason "Nhập trùng dòng #41" --yes']);
}

export async function runAwardVoid(id: number, opts: VoidOptions, ctx: Context): Promise<void> {
  const reason = await ask(ctx, opts.reason, '--reason', AWARD_CMD.reasonExample(), (p) => p.input({ message: AWARD_CMD.askReason() }));
  const reg = await ctx.registry();
  const { getAward } = await import('../../../core/award/queries.js');
  const a = await getAward(reg.db, id);
  if (!opts.yes && a.status === 'active') {
    if (ctx.canPrompt) ctx.info(CORRECTIONS.voidPreview(a, reason));
    await confirmOrYes(ctx, opts.yes, CORRECTIONS.voidQuestion(id), 'award void');
  }
  const { voidAward } = await import('../../../core/write.js');
  await printWithdrawal(ctx, await voidAward(reg, id, { reason }), opts);
}
