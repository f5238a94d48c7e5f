import { Command } from 'commander';
import { getRecipient } from '../../../core/recipient/queries.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { recipientColumns } from '../../views/records.js';
import { RECIPIENT_CMD } from '../../../i18n/messages/commands-b-recipient.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export function recipientShowCommand(ctx: Context): Command {
  const cmd = new Command('show')
    .description(RECIPIENT_CMD.showDescription())
    .argument('<recipient>', WORDS_B.refOrName())
    .action((query: string, opts: OutputOptions) => runRecipientShow(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt recipient show truong-thcs-tran-phu', 'tdkt recipient show "nguyen van a" --json']);
}

export async function runRecipientShow(query: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const match = await resolveRecipient(reg.db, query);
  await ctx.printRecord(recipientColumns, await getRecipient(reg.db, match.ref), opts);
}
