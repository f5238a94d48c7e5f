import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { awardTypeColumns } from '../../views/records.js';
import { awardTypeFieldOptions, toAwardTypeInput, type AwardTypeFields } from './add.js';
import { AWARD_TYPE_CMD } from '../../../i18n/messages/commands-a-records.js';

export function awardTypeEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description(AWARD_TYPE_CMD.editDescription())
    .argument('<type>', AWARD_TYPE_CMD.codeOrName());
  awardTypeFieldOptions(cmd).action((query: string, opts: AwardTypeFields & OutputOptions) => runAwardTypeEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award-type edit KNC --precedence 650', 'tdkt award-type edit GK --levels district,commune,unit']);
}

export async function runAwardTypeEdit(query: string, opts: AwardTypeFields & OutputOptions, ctx: Context): Promise<void> {
  const { format, json, ...fields } = opts;
  const input = Object.fromEntries(Object.entries(toAwardTypeInput(fields)).filter(([, v]) => v !== undefined));
  if (Object.keys(input).length === 0) throw new UsageError(AWARD_TYPE_CMD.nothingToChange());
  const reg = await ctx.registry();
  const { editAwardType } = await import('../../../core/write.js');
  const t = await editAwardType(reg, query, input);
  ctx.info(AWARD_TYPE_CMD.updated(t.code));
  await ctx.printRecord(awardTypeColumns, t, { format, json });
}
