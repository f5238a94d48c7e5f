import { Command, Option } from 'commander';
import { listAwardTypes } from '../../../core/award-type/queries.js';
import { FAMILIES, LEVELS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { awardTypeColumns, listModel } from '../../views/records.js';
import { AWARD_TYPE_CMD } from '../../../i18n/messages/commands-a-records.js';

export function awardTypeListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(AWARD_TYPE_CMD.listDescription())
    .addOption(new Option('--family <family>', AWARD_TYPE_CMD.listFamily()).choices(FAMILIES))
    .addOption(new Option('-l, --level <level>', AWARD_TYPE_CMD.listLevel()).choices(LEVELS))
    .action((opts: OutputOptions & { family?: string; level?: string }) => runAwardTypeList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt award-type list', 'tdkt award-type list --level district --json']);
}

export async function runAwardTypeList(opts: OutputOptions & { family?: string; level?: string }, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  await ctx.print(listModel(awardTypeColumns, await listAwardTypes(reg.db, opts), AWARD_TYPE_CMD.listEmpty()), opts);
}
