import { Command, Option } from 'commander';
import { RECIPIENT_KINDS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { recipientColumns } from '../../views/records.js';
import { RECIPIENT_CMD } from '../../../i18n/messages/commands-b-recipient.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export interface RecipientEditOptions extends OutputOptions {
  name?: string;
  kind?: string;
  unit?: string;
  position?: string;
  place?: string;
  note?: string;
  ref?: string;
}

export function recipientEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description(RECIPIENT_CMD.editDescription())
    .argument('<recipient>', WORDS_B.refOrName())
    .option('--name <name>', RECIPIENT_CMD.optNewName())
    .addOption(new Option('-k, --kind <kind>', RECIPIENT_CMD.optNewKind()).choices(RECIPIENT_KINDS))
    .option('-u, --unit <unit>', RECIPIENT_CMD.optNewUnit())
    .option('-p, --position <position>', RECIPIENT_CMD.optNewPosition())
    .option('--place <place>', RECIPIENT_CMD.optNewPlace())
    .option('--note <note>', RECIPIENT_CMD.optNewNote())
    .option('--ref <ref>', RECIPIENT_CMD.optNewRef())
    .action((query: string, opts: RecipientEditOptions) => runRecipientEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt recipient edit nguyen-van-a --position "Phó Hiệu trưởng"', 'tdkt recipient edit "tran thi b" --unit ""']);
}

export async function runRecipientEdit(query: string, opts: RecipientEditOptions, ctx: Context): Promise<void> {
  const { format, json, ...changes } = opts;
  if (Object.values(changes).every((v) => v === undefined)) throw new UsageError(RECIPIENT_CMD.nothingToChange());
  const reg = await ctx.registry();
  const { editRecipient } = await import('../../../core/write.js');
  const r = await editRecipient(reg, query, { ...changes, unit: changes.unit === '' ? null : changes.unit });
  ctx.info(RECIPIENT_CMD.updated(r.ref));
  await ctx.printRecord(recipientColumns, r, { format, json });
}
