import { Command, Option } from 'commander';
import { RECIPIENT_KINDS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { recipientColumns } from '../../views/records.js';

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
    .description('correct a recipient; the old values stay in the audit trail ("" clears a field)')
    .argument('<recipient>', 'reference or name')
    .option('--name <name>', 'new name')
    .addOption(new Option('-k, --kind <kind>', 'new kind (only while it has no awards)').choices(RECIPIENT_KINDS))
    .option('-u, --unit <unit>', 'new unit (reference or name; "" for none)')
    .option('-p, --position <position>', 'new position')
    .option('--place <place>', 'new address or ward')
    .option('--note <note>', 'new note')
    .option('--ref <ref>', 'new reference')
    .action((query: string, opts: RecipientEditOptions) => runRecipientEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt recipient edit nguyen-van-a --position "Phó Hiệu trưởng"', 'tdkt recipient edit "tran thi b" --unit ""']);
}

export async function runRecipientEdit(query: string, opts: RecipientEditOptions, ctx: Context): Promise<void> {
  const { format, json, ...changes } = opts;
  if (Object.values(changes).every((v) => v === undefined)) throw new UsageError('nothing to change: pass at least one of --name, --kind, --unit, --position, --place, --note, --ref');
  const reg = await ctx.registry();
  const { editRecipient } = await import('../../../core/write.js');
  const r = await editRecipient(reg, query, { ...changes, unit: changes.unit === '' ? null : changes.unit });
  ctx.info(`Updated ${r.ref}`);
  await ctx.printRecord(recipientColumns, r, { format, json });
}
