import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { printWithdrawal } from './revoke.js';

interface VoidOptions extends OutputOptions {
  reason?: string;
}

export function awardVoidCommand(ctx: Context): Command {
  const cmd = new Command('void')
    .description('void an award line entered by mistake and never presented, with the reason; it is never deleted')
    .argument('<award>', 'award line id, e.g. 12 or #12', parseId)
    .option('--reason <text>', 'why the line is void, e.g. "entered twice, see #11"')
    .action((id: number, opts: VoidOptions) => runAwardVoid(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award void 42 --reason "Nhập trùng dòng #41"']);
}

export async function runAwardVoid(id: number, opts: VoidOptions, ctx: Context): Promise<void> {
  const reason = await ask(ctx, opts.reason, '--reason', '"entered twice, see #11"', (p) => p.input({ message: 'Why is the line void?' }));
  const { voidAward } = await import('../../../core/write.js');
  await printWithdrawal(ctx, await voidAward(await ctx.registry(), id, { reason }), opts);
}
