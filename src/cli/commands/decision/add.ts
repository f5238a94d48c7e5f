import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { decisionColumns } from '../../views/records.js';
import { pickBody } from '../pickers.js';

export interface DecisionAddOptions extends OutputOptions {
  date?: string;
  body?: string;
  signer?: string;
  capacity?: string;
  summary?: string;
  note?: string;
  ref?: string;
}

export function decisionAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('record a decision (quyết định khen thưởng); add its annex lines with award add')
    .argument('[number]', 'number and symbol, e.g. 215/QĐ-UBND ("QD" is accepted)')
    .option('-d, --date <date>', 'date signed: YYYY-MM-DD or DD/MM/YYYY')
    .option('-b, --body <body>', 'signing body (reference or name)')
    .option('--signer <name>', 'name of the signer')
    .option('--capacity <capacity>', 'capacity, e.g. "CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"')
    .option('--summary <text>', 'what the decision confers')
    .option('--note <note>', 'free note')
    .option('--ref <ref>', 'reference to use instead of <body>-<year>-<number>')
    .action((number: string | undefined, opts: DecisionAddOptions) => runDecisionAdd(number, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt decision add 05/QĐ-UBND --date 10/01/2022 --body ubnd-le-chan --capacity "CHỦ TỊCH" --summary "Tặng Giấy khen năm 2021"']);
}

export async function runDecisionAdd(numberArg: string | undefined, opts: DecisionAddOptions, ctx: Context): Promise<void> {
  const number = await ask(ctx, numberArg, 'the number argument', '215/QĐ-UBND', (p) => p.input({ message: 'Number and symbol (e.g. 215/QĐ-UBND)' }));
  const date = await ask(ctx, opts.date, '--date', '2022-01-10', (p) => p.input({ message: 'Date signed (YYYY-MM-DD or DD/MM/YYYY)' }));
  const reg = await ctx.registry();
  const body = await ask(ctx, opts.body, '--body', 'ubnd-le-chan', () => pickBody(ctx, 'Signing body — type to search'));
  const { addDecision } = await import('../../../core/write.js');
  const d = await addDecision(reg, {
    number,
    date,
    body,
    signer_name: opts.signer,
    signer_capacity: opts.capacity,
    summary: opts.summary,
    note: opts.note,
    ref: opts.ref,
  });
  ctx.info(`Added decision ${d.ref}: ${d.symbol} of ${d.date} (${d.body_name}, regime ${d.regime})`);
  if (opts.json || opts.format) await ctx.printRecord(decisionColumns, d, opts);
  else ctx.io.stdout.write(`${d.ref}\n`);
}
