import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, writes } from '../../options.js';
import { confirmOrYes } from '../../prompt.js';
import { CORRECTIONS } from '../../views/corrections.js';

interface MergeOptions {
  into?: string;
  yes?: boolean;
}

export function recipientMergeCommand(ctx: Context): Command {
  const cmd = new Command('merge')
    .description('merge a duplicate recipient into another: its awards, evidence and members move, its reference still finds the one kept (audited)')
    .argument('<duplicate>', 'the recipient entered twice: reference or name')
    .option('--into <recipient>', 'the recipient to keep: reference or name')
    .option('-y, --yes', 'do not ask for confirmation (needed when not on a terminal)')
    .action((dup: string, opts: MergeOptions) => runRecipientMerge(dup, opts, ctx));
  return examples(writes(cmd), ['tdkt recipient merge truong-thcs-tran-phu-2 --into truong-thcs-tran-phu', 'tdkt recipient merge "THCS Tran Phu" --into truong-thcs-tran-phu --yes']);
}

export async function runRecipientMerge(dup: string, opts: MergeOptions, ctx: Context): Promise<void> {
  if (!opts.into) throw new UsageError('name the recipient to keep: --into <recipient>, e.g. --into truong-thcs-tran-phu');
  const reg = await ctx.registry();
  const { planMerge } = await import('../../../core/recipient/merge.js');
  const plan = await planMerge(reg.db, dup, opts.into);
  if (!opts.yes && ctx.canPrompt) ctx.info(CORRECTIONS.mergePreview(plan));
  await confirmOrYes(ctx, opts.yes, CORRECTIONS.mergeQuestion(plan), 'recipient merge');
  const { mergeRecipients } = await import('../../../core/write.js');
  const done = await mergeRecipients(reg, plan.duplicate.ref, plan.kept.ref);
  ctx.info(CORRECTIONS.merged(done));
  ctx.io.stdout.write(`${done.kept.ref}\n`);
}
