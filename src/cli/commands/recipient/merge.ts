import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, writes } from '../../options.js';
import { confirmOrYes } from '../../prompt.js';
import { CORRECTIONS } from '../../views/corrections.js';
import { RECIPIENT_CMD } from '../../../i18n/messages/commands-b-recipient.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

interface MergeOptions {
  into?: string;
  yes?: boolean;
}

export function recipientMergeCommand(ctx: Context): Command {
  const cmd = new Command('merge')
    .description(RECIPIENT_CMD.mergeDescription())
    .argument('<duplicate>', RECIPIENT_CMD.argDuplicate())
    .option('--into <recipient>', RECIPIENT_CMD.optInto())
    .option('-y, --yes', WORDS_B.yes())
    .action((dup: string, opts: MergeOptions) => runRecipientMerge(dup, opts, ctx));
  return examples(writes(cmd), ['tdkt recipient merge truong-thcs-tran-phu-2 --into truong-thcs-tran-phu', 'tdkt recipient merge "THCS Tran Phu" --into truong-thcs-tran-phu --yes']);
}

export async function runRecipientMerge(dup: string, opts: MergeOptions, ctx: Context): Promise<void> {
  if (!opts.into) throw new UsageError(RECIPIENT_CMD.noInto());
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
