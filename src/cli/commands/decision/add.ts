import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { decisionColumns } from '../../views/records.js';
import { pickBody } from '../pickers.js';
import { humanDate } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { DECISION_CMD } from '../../../i18n/messages/commands-a-records.js';

export interface DecisionAddOptions extends OutputOptions {
  date?: string;
  body?: string;
  signer?: string;
  capacity?: string;
  summary?: string;
  note?: string;
  ref?: string;
}

const CAPACITY_EXAMPLE = '"CHỦ TỊCH" hoặc "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"';

export function decisionAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description(DECISION_CMD.addDescription())
    .argument('[number]', DECISION_CMD.number())
    .option('-d, --date <date>', DECISION_CMD.dateSigned())
    .option('-b, --body <body>', DECISION_CMD.body())
    .option('--signer <name>', COMMON_A.signer())
    .option('--capacity <capacity>', DECISION_CMD.capacity(CAPACITY_EXAMPLE))
    .option('--summary <text>', COMMON_A.summary())
    .option('--note <note>', COMMON_A.freeNote())
    .option('--ref <ref>', DECISION_CMD.ref())
    .action((number: string | undefined, opts: DecisionAddOptions) => runDecisionAdd(number, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt decision add 05/QĐ-UBND --date 10/01/2022 --body ubnd-le-chan --capacity "CHỦ TỊCH" --summary "Tặng Giấy khen năm 2021"']);
}

export async function runDecisionAdd(numberArg: string | undefined, opts: DecisionAddOptions, ctx: Context): Promise<void> {
  const number = await ask(ctx, numberArg, COMMON_A.argNumber(), '215/QĐ-UBND', (p) => p.input({ message: DECISION_CMD.askNumber() }));
  const date = await ask(ctx, opts.date, '--date', '2022-01-10', (p) => p.input({ message: DECISION_CMD.askDate() }));
  const reg = await ctx.registry();
  const body = await ask(ctx, opts.body, '--body', 'ubnd-le-chan', () => pickBody(ctx, DECISION_CMD.askBody()));
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
  ctx.info(DECISION_CMD.added(d.ref, d.symbol, humanDate(d.date), d.body_name, d.regime));
  if (opts.json || opts.format) await ctx.printRecord(decisionColumns, d, opts);
  else ctx.io.stdout.write(`${d.ref}\n`);
}
