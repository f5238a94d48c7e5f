import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { decisionColumns } from '../../views/records.js';
import type { DecisionAddOptions } from './add.js';

/** The fields of decision add, and the number (add takes it as its argument). */
interface DecisionEditOptions extends DecisionAddOptions {
  number?: string;
}

export function decisionEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description('correct a decision; its lines are checked again and the old values stay in the audit trail ("" clears a text)')
    .argument('<decision>', 'reference or number, e.g. 215/QĐ-UBND')
    .option('--number <number>', 'the right number and symbol, e.g. 216/QĐ-UBND')
    .option('-d, --date <date>', 'the right date')
    .option('-b, --body <body>', 'the right signing body')
    .option('--signer <name>', 'name of the signer')
    .option('--capacity <capacity>', 'capacity, e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"')
    .option('--summary <text>', 'what the decision confers')
    .option('--note <note>', 'free note')
    .option('--ref <ref>', 'new reference')
    .action((query: string, opts: DecisionEditOptions) => runDecisionEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt decision edit 05/QĐ-UBND --date 11/01/2022', 'tdkt decision edit ubnd-le-chan-2022-5 --signer "Trần Văn C" --capacity "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"']);
}

export async function runDecisionEdit(query: string, opts: DecisionEditOptions, ctx: Context): Promise<void> {
  const { format, json, signer, capacity, ...rest } = opts;
  const input = { ...rest, signer_name: signer, signer_capacity: capacity };
  if (Object.values(input).every((v) => v === undefined)) {
    throw new UsageError('nothing to change: pass at least one of --number, --date, --body, --signer, --capacity, --summary, --note, --ref');
  }
  const { editDecision } = await import('../../../core/write.js');
  const d = await editDecision(await ctx.registry(), query, input);
  ctx.info(`Corrected decision ${d.ref}: ${d.symbol} of ${d.date} (${d.body_name})`);
  await ctx.printRecord(decisionColumns, d, { format, json });
}
