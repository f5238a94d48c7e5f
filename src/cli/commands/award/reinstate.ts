import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { validDate, validNumber } from './revoke.js';
import { CORRECTIONS } from '../../views/corrections.js';
import type { Reinstatement } from '../../../core/award/reinstate.js';
import type { Column } from '../../../render/model.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { AWARD_CMD } from '../../../i18n/messages/commands-a-award.js';

interface ReinstateOptions extends OutputOptions {
  by?: string;
  date?: string;
  body?: string;
  note?: string;
}

const reinstatementColumns = (): Column<Reinstatement>[] => [
  { key: 'award_id', header: AWARD_CMD.colAward(), align: 'right' },
  { key: 'award_type', header: AWARD_CMD.colType() },
  { key: 'recipient', header: AWARD_CMD.colRecipientRef(), machineOnly: true },
  { key: 'recipient_name', header: AWARD_CMD.colRecipient() },
  { key: 'period', header: AWARD_CMD.colPeriod() },
  { key: 'decision_symbol', header: AWARD_CMD.colAwardedBy() },
  { key: 'reinstatement_symbol', header: AWARD_CMD.colReinstatedBy() },
  { key: 'reinstatement_date', header: AWARD_CMD.colOn(), kind: 'date' },
  { key: 'reinstatement_body', header: AWARD_CMD.colReinstatingBody(), machineOnly: true },
  { key: 'revoked_status', header: AWARD_CMD.colWas() },
  { key: 'revoked_symbol', header: AWARD_CMD.colWithdrawnBy() },
  { key: 'revoked_date', header: AWARD_CMD.colWithdrawnOn(), kind: 'date' },
  { key: 'revoked_ground', header: AWARD_CMD.colGround() },
  { key: 'note', header: AWARD_CMD.colNote() },
];

export function awardReinstateCommand(ctx: Context): Command {
  const cmd = new Command('reinstate')
    .description(AWARD_CMD.reinstateDescription())
    .argument('<award>', COMMON_A.awardId(), parseId)
    .option('--by <number>', AWARD_CMD.byReinstating())
    .option('--date <date>', COMMON_A.itsDate())
    .option('--body <body>', AWARD_CMD.bodyReinstating())
    .option('--note <text>', AWARD_CMD.noteReinstating())
    .action((id: number, opts: ReinstateOptions) => runAwardReinstate(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award reinstate 12 --by 45/QĐ-UBND --date 01/08/2023 --note "Kết quả giải quyết khiếu nại"']);
}

export async function runAwardReinstate(id: number, opts: ReinstateOptions, ctx: Context): Promise<void> {
  const by = await ask(ctx, opts.by, '--by', '45/QĐ-UBND', (p) => p.input({ message: AWARD_CMD.askReinstating(), validate: validNumber }));
  const date = await ask(ctx, opts.date, '--date', '2023-08-01', (p) => p.input({ message: COMMON_A.itsDatePrompt(), validate: validDate }));
  const { reinstateAward } = await import('../../../core/write.js');
  const r = await reinstateAward(await ctx.registry(), id, { decision: by, date, body: opts.body, note: opts.note });
  ctx.info(CORRECTIONS.reinstated(r));
  if (opts.json || opts.format) await ctx.printRecord(reinstatementColumns(), r, opts);
  else ctx.io.stdout.write(`${r.award_id}\n`);
}
