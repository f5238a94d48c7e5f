import { Command } from 'commander';
import { getCeremony } from '../../../core/ceremony/queries.js';
import { resolveCeremony } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { ceremonyColumns } from '../../views/records.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { CEREMONY_CMD } from '../../../i18n/messages/commands-a-records.js';

export function ceremonyShowCommand(ctx: Context): Command {
  const cmd = new Command('show')
    .description(CEREMONY_CMD.showDescription())
    .argument('<ceremony>', COMMON_A.refOrWords())
    .action((query: string, opts: OutputOptions) => runCeremonyShow(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt ceremony show le-chan-2022']);
}

export async function runCeremonyShow(query: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const c = await resolveCeremony(reg.db, query);
  await ctx.printRecord(ceremonyColumns, await getCeremony(reg.db, c.ref), opts);
}
