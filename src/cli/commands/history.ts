import { Command } from 'commander';
import { recipientHistory } from '../../core/report/history.js';
import type { Context, OutputOptions } from '../context.js';
import { examples, withOutput } from '../options.js';
import { historyModel } from '../views/reports.js';
import { HISTORY } from '../../i18n/messages/commands-b.js';

export function historyCommand(ctx: Context): Command {
  const cmd = new Command('history')
    .argument('<recipient>', HISTORY.argRecipient())
    .action((query: string, opts: OutputOptions) => runHistory(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt history "du hang kenh"', 'tdkt history truong-thcs-tran-phu --json']);
}

export async function runHistory(query: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const h = await recipientHistory(reg.db, query);
  const who = h.recipient.unit_name ? `${h.recipient.name} (${h.recipient.unit_name})` : h.recipient.name;
  await ctx.print(historyModel(h.entries, HISTORY.title(who, h.recipient.ref)), opts);
}
