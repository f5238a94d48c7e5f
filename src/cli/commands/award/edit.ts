import { Command, Option } from 'commander';
import { COMMENDATION_KINDS } from '../../../core/domain.js';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { awardColumns } from '../../views/records.js';
import type { AwardAddOptions } from './add.js';

/** The fields of award add, to correct (award edit has no --strict). */
type AwardEditOptions = Omit<AwardAddOptions, 'strict'>;

export function awardEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description('correct an award line, checked again against the rules; the old values stay in the audit trail ("" clears a text)')
    .argument('<award>', 'award line id, e.g. 12 or #12', parseId)
    .option('-d, --decision <decision>', 'move it to this decision\'s annex')
    .option('-r, --recipient <recipient>', 'the right recipient (unit and position follow unless given)')
    .option('-t, --type <type>', 'the right award type')
    .option('-p, --period <period>', 'achievement period, e.g. 2021 or 2020-2021')
    .option('-a, --achievement <text>', 'achievement text')
    .addOption(new Option('--kind <kind>', 'kind of commendation').choices(COMMENDATION_KINDS))
    .option('--line <n>', 'its STT in the annex ("" clears it)')
    .option('--unit-name <text>', 'unit printed on the line')
    .option('--position <text>', 'position printed on the line')
    .option('--note <note>', 'free note (also on a withdrawn line)')
    .action((id: number, opts: AwardEditOptions) => runAwardEdit(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award edit 12 --period 2020-2021', 'tdkt award edit 12 --recipient nguyen-van-an --note "Sửa tên theo công văn 15/UBND"']);
}

export async function runAwardEdit(id: number, opts: AwardEditOptions, ctx: Context): Promise<void> {
  const { format, json, type, unitName, ...rest } = opts;
  const input = { ...rest, award_type: type, unit_name: unitName };
  if (Object.values(input).every((v) => v === undefined)) {
    throw new UsageError('nothing to change: pass at least one of --decision, --recipient, --type, --period, --achievement, --kind, --line, --unit-name, --position, --note');
  }
  const { editAward } = await import('../../../core/write.js');
  const a = await editAward(await ctx.registry(), id, input);
  ctx.info(`Corrected award #${a.id}: ${a.award_type} to ${a.recipient_name} (${a.period}) in ${a.decision_symbol}`);
  await ctx.printRecord(awardColumns, a, { format, json });
}
