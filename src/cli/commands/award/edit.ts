import { Command, Option } from 'commander';
import { COMMENDATION_KINDS } from '../../../core/domain.js';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { awardColumns } from '../../views/records.js';
import type { AwardAddOptions } from './add.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { AWARD_CMD } from '../../../i18n/messages/commands-a-award.js';

/** The fields of award add, to correct (award edit has no --strict). */
type AwardEditOptions = Omit<AwardAddOptions, 'strict'>;

export function awardEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description(AWARD_CMD.editDescription())
    .argument('<award>', COMMON_A.awardId(), parseId)
    .option('-d, --decision <decision>', AWARD_CMD.editDecision())
    .option('-r, --recipient <recipient>', AWARD_CMD.editRecipient())
    .option('-t, --type <type>', AWARD_CMD.editType())
    .option('-p, --period <period>', AWARD_CMD.editPeriod())
    .option('-a, --achievement <text>', AWARD_CMD.editAchievement())
    .addOption(new Option('--kind <kind>', AWARD_CMD.optKind()).choices(COMMENDATION_KINDS))
    .option('--line <n>', AWARD_CMD.editLine())
    .option('--unit-name <text>', AWARD_CMD.editUnitName())
    .option('--position <text>', AWARD_CMD.editPosition())
    .option('--note <note>', AWARD_CMD.editNote())
    .action((id: number, opts: AwardEditOptions) => runAwardEdit(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award edit 12 --period 2020-2021', 'tdkt award edit 12 --recipient nguyen-van-an --note "Sửa tên theo công văn 15/UBND"']);
}

export async function runAwardEdit(id: number, opts: AwardEditOptions, ctx: Context): Promise<void> {
  const { format, json, type, unitName, ...rest } = opts;
  const input = { ...rest, award_type: type, unit_name: unitName };
  if (Object.values(input).every((v) => v === undefined)) {
    throw new UsageError(COMMON_A.nothingToChange('--decision, --recipient, --type, --period, --achievement, --kind, --line, --unit-name, --position, --note'));
  }
  const { editAward } = await import('../../../core/write.js');
  const a = await editAward(await ctx.registry(), id, input);
  ctx.info(AWARD_CMD.corrected(String(a.id), a.award_type, a.recipient_name, a.period, a.decision_symbol));
  await ctx.printRecord(awardColumns, a, { format, json });
}
