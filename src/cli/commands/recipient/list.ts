import { Command, Option } from 'commander';
import { RECIPIENT_KINDS } from '../../../core/domain.js';
import { listRecipients } from '../../../core/recipient/queries.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseCount, withOutput } from '../../options.js';
import { listModel, recipientColumns } from '../../views/records.js';
import { RECIPIENT_CMD } from '../../../i18n/messages/commands-b-recipient.js';

export interface RecipientListOptions extends OutputOptions {
  kind?: string;
  unit?: string;
  search?: string;
  limit?: string;
  sort?: 'name' | 'given-name';
}

export function recipientListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(RECIPIENT_CMD.listDescription())
    .addOption(new Option('-k, --kind <kind>', RECIPIENT_CMD.optOnlyKind()).choices(RECIPIENT_KINDS))
    .option('-u, --unit <unit>', RECIPIENT_CMD.optOnlyUnit())
    .option('-s, --search <words>', RECIPIENT_CMD.optSearch())
    .option('--limit <n>', RECIPIENT_CMD.optLimit(), parseCount('--limit'))
    .addOption(new Option('--sort <order>', RECIPIENT_CMD.optSort()).choices(['name', 'given-name']).default('name'))
    .action((opts: RecipientListOptions) => runRecipientList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt recipient list --kind collective', 'tdkt recipient list --unit truong-thcs-tran-phu --json', 'tdkt recipient list --kind individual --sort given-name']);
}

export async function runRecipientList(opts: RecipientListOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const unitId = opts.unit ? (await resolveRecipient(reg.db, opts.unit, 'collective')).id : undefined;
  const rows = await listRecipients(reg.db, { kind: opts.kind, unitId, text: opts.search, limit: opts.limit ? Number(opts.limit) : undefined, sort: opts.sort });
  await ctx.print(listModel(recipientColumns, rows, RECIPIENT_CMD.none()), opts);
}
