import { Command } from 'commander';
import { getAwardType } from '../../../core/award-type/queries.js';
import { resolveAwardType } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { awardTypeColumns } from '../../views/records.js';
import { AWARD_TYPE_CMD } from '../../../i18n/messages/commands-a-records.js';

export function awardTypeShowCommand(ctx: Context): Command {
  const cmd = new Command('show')
    .description(AWARD_TYPE_CMD.showDescription())
    .argument('<type>', AWARD_TYPE_CMD.showType())
    .action((query: string, opts: OutputOptions) => runAwardTypeShow(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt award-type show BK_TTG', 'tdkt award-type show "giay khen"']);
}

export async function runAwardTypeShow(query: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const t = await resolveAwardType(reg.db, query);
  await ctx.printRecord(awardTypeColumns, await getAwardType(reg.db, t.code), opts);
}
