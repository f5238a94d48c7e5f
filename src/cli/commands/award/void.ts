import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { ask, confirmOrYes } from '../../prompt.js';
import { CORRECTIONS } from '../../views/corrections.js';
import { printWithdrawal } from './revoke.js';

interface VoidOptions extends OutputOptions {
  reason?: string;
  yes?: boolean;
}

export function awardVoidCommand(ctx: Context): Command {
  const cmd = new Command('void')
    .description('void an award line entered by mistake and never presented, with the reason; it is never deleted')
    .argument('<award>', 'award line id, e.g. 12 or #12', parseId)
    .option('--reason <text>', 'why the line is void, e.g. "entered twice, see #11"')
    .option('-y, --yes', 'do not ask for confirmation (needed when not on a terminal)')
    .action((id: number, opts: VoidOptions) => runAwardVoid(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award void 42 --reason "Nhập trùng dòng #41"', 'tdkt award void 42 --reason "Nhập trùng dòng #41" --yes']);
}

export async function runAwardVoid(id: number, opts: VoidOptions, ctx: Context): Promise<void> {
  const reason = await ask(ctx, opts.reason, '--reason', '"entered twice, see #11"', (p) => p.input({ message: 'Why is the line void?' }));
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
