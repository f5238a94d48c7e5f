import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { decisionColumns } from '../../views/records.js';
import type { DecisionAddOptions } from './add.js';
import { humanDate } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { DECISION_CMD } from '../../../i18n/messages/commands-a-records.js';

/** The fields of decision add, and the number (add takes it as its argument). */
interface DecisionEditOptions extends DecisionAddOptions {
  number?: string;
}

export function decisionEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description(DECISION_CMD.editDescription())
    .argument('<decision>', COMMON_A.decisionRef('215/QĐ-UBND'))
    .option('--number <number>', DECISION_CMD.rightNumber())
    .option('-d, --date <date>', DECISION_CMD.rightDate())
    .option('-b, --body <body>', DECISION_CMD.rightBody())
    .option('--signer <name>', COMMON_A.signer())
    .option('--capacity <capacity>', DECISION_CMD.capacity('"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"'))
    .option('--summary <text>', COMMON_A.summary())
    .option('--note <note>', COMMON_A.freeNote())
    .option('--ref <ref>', COMMON_A.newRef())
    .action((query: string, opts: DecisionEditOptions) => runDecisionEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt decision edit 05/QĐ-UBND --date 11/01/2022', 'tdkt decision edit ubnd-le-chan-2022-5 --signer "Trần Văn C" --capacity "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"']);
}

export async function runDecisionEdit(query: string, opts: DecisionEditOptions, ctx: Context): Promise<void> {
  const { format, json, signer, capacity, ...rest } = opts;
  const input = { ...rest, signer_name: signer, signer_capacity: capacity };
  if (Object.values(input).every((v) => v === undefined)) {
    throw new UsageError(COMMON_A.nothingToChange('--number, --date, --body, --signer, --capacity, --summary, --note, --ref'));
  }
  const { editDecision } = await import('../../../core/write.js');
  const d = await editDecision(await ctx.registry(), query, input);
  ctx.info(DECISION_CMD.corrected(d.ref, d.symbol, humanDate(d.date), d.body_name));
  await ctx.printRecord(decisionColumns, d, { format, json });
}
