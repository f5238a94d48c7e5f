import { Command, Option } from 'commander';
import { listBodies } from '../../../core/body/queries.js';
import { LEVELS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { bodyColumns, listModel } from '../../views/records.js';
import { BODY_CMD } from '../../../i18n/messages/commands-a-records.js';

export function bodyListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(BODY_CMD.listDescription())
    .addOption(new Option('-l, --level <level>', BODY_CMD.listLevel()).choices(LEVELS))
    .action((opts: OutputOptions & { level?: string }) => runBodyList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt body list', 'tdkt body list --level province --format csv']);
}

export async function runBodyList(opts: OutputOptions & { level?: string }, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  await ctx.print(listModel(bodyColumns, await listBodies(reg.db, { level: opts.level }), BODY_CMD.listEmpty()), opts);
}
