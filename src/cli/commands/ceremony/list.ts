import { Command } from 'commander';
import { listCeremonies } from '../../../core/ceremony/queries.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput } from '../../options.js';
import { ceremonyColumns, listModel } from '../../views/records.js';
import { CEREMONY_CMD } from '../../../i18n/messages/commands-a-records.js';

export function ceremonyListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(CEREMONY_CMD.listDescription())
    .option('-y, --year <year>', CEREMONY_CMD.listYear(), parseYear)
    .action((opts: OutputOptions & { year?: number }) => runCeremonyList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt ceremony list', 'tdkt ceremony list --year 2022 --json']);
}

export async function runCeremonyList(opts: OutputOptions & { year?: number }, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  await ctx.print(listModel(ceremonyColumns, await listCeremonies(reg.db, { year: opts.year }), CEREMONY_CMD.listEmpty()), opts);
}
