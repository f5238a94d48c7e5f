import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { validDate, validNumber } from './revoke.js';
import { CORRECTIONS } from '../../views/corrections.js';
import type { Reinstatement } from '../../../core/award/reinstate.js';
import type { Column } from '../../../render/model.js';

interface ReinstateOptions extends OutputOptions {
  by?: string;
  date?: string;
  body?: string;
  note?: string;
}

const reinstatementColumns: Column<Reinstatement>[] = [
  { key: 'award_id', header: 'Award', align: 'right' },
  { key: 'award_type', header: 'Type' },
  { key: 'recipient', header: 'Recipient ref', machineOnly: true },
  { key: 'recipient_name', header: 'Recipient' },
  { key: 'period', header: 'Period' },
  { key: 'decision_symbol', header: 'Awarded by' },
  { key: 'reinstatement_symbol', header: 'Reinstated by' },
  { key: 'reinstatement_date', header: 'On' },
  { key: 'reinstatement_body', header: 'Reinstating body', machineOnly: true },
  { key: 'revoked_status', header: 'Was' },
  { key: 'revoked_symbol', header: 'Withdrawn by' },
  { key: 'revoked_date', header: 'Withdrawn on' },
  { key: 'revoked_ground', header: 'Ground' },
  { key: 'note', header: 'Note' },
];

export function awardReinstateCommand(ctx: Context): Command {
  const cmd = new Command('reinstate')
    .description('reinstate a revoked or stripped award line by a decision of its own (after an appeal); history keeps both')
    .argument('<award>', 'award line id, e.g. 12 or #12', parseId)
    .option('--by <number>', 'number and symbol of the reinstating decision, e.g. 45/QĐ-UBND')
    .option('--date <date>', 'its date: YYYY-MM-DD or DD/MM/YYYY')
    .option('--body <body>', 'the body that signed it (default: the body that signed the revocation)')
    .option('--note <text>', 'note: the appeal, the case file')
    .action((id: number, opts: ReinstateOptions) => runAwardReinstate(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt award reinstate 12 --by 45/QĐ-UBND --date 01/08/2023 --note "Kết quả giải quyết khiếu nại"']);
}

export async function runAwardReinstate(id: number, opts: ReinstateOptions, ctx: Context): Promise<void> {
  const by = await ask(ctx, opts.by, '--by', '45/QĐ-UBND', (p) => p.input({ message: 'Number and symbol of the reinstating decision (e.g. 45/QĐ-UBND)', validate: validNumber }));
  const date = await ask(ctx, opts.date, '--date', '2023-08-01', (p) => p.input({ message: 'Its date (YYYY-MM-DD or DD/MM/YYYY)', validate: validDate }));
  const { reinstateAward } = await import('../../../core/write.js');
  const r = await reinstateAward(await ctx.registry(), id, { decision: by, date, body: opts.body, note: opts.note });
  ctx.info(CORRECTIONS.reinstated(r));
  if (opts.json || opts.format) await ctx.printRecord(reinstatementColumns, r, opts);
  else ctx.io.stdout.write(`${r.award_id}\n`);
}
