import { Command, Option } from 'commander';
import { listAwardTypes } from '../../../core/award-type/queries.js';
import { FAMILIES, LEVELS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { awardTypeColumns, listModel } from '../../views/records.js';

export function awardTypeListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description('list the award catalogue in order of precedence')
    .addOption(new Option('--family <family>', 'title (danh hiệu) or form (hình thức)').choices(FAMILIES))
    .addOption(new Option('-l, --level <level>', 'only types this level may confer').choices(LEVELS))
    .action((opts: OutputOptions & { family?: string; level?: string }) => runAwardTypeList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt award-type list', 'tdkt award-type list --level district --json']);
}

export async function runAwardTypeList(opts: OutputOptions & { family?: string; level?: string }, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  await ctx.print(listModel(awardTypeColumns, await listAwardTypes(reg.db, opts), 'No award types.'), opts);
}
