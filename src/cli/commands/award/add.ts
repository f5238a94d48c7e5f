import { Command, Option } from 'commander';
import { COMMENDATION_KINDS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { awardColumns } from '../../views/records.js';
import { formatWarning } from '../../views/warnings.js';
import { pickAwardType, pickDecision, pickRecipient } from '../pickers.js';

export interface AwardAddOptions extends OutputOptions {
  decision?: string;
  recipient?: string;
  type?: string;
  period?: string;
  achievement?: string;
  kind?: string;
  line?: string;
  unitName?: string;
  position?: string;
  note?: string;
  strict?: boolean;
}

export function awardAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('add an award line to a decision\'s annex, checked against the rules of the law')
    .option('-d, --decision <decision>', 'the decision (reference or number, e.g. 05/QĐ-UBND)')
    .option('-r, --recipient <recipient>', 'who receives it (reference or name)')
    .option('-t, --type <type>', 'award type (code or Vietnamese name)')
    .option('-p, --period <period>', 'achievement period: a year or a range, e.g. 2021 or 2020-2021')
    .option('-a, --achievement <text>', 'achievement text printed on the certificate')
    .addOption(new Option('--kind <kind>', 'kind of commendation').choices(COMMENDATION_KINDS).default('regular'))
    .option('--line <n>', 'its number (STT) in the annex')
    .option('--unit-name <text>', 'unit printed on the line (default: the recipient\'s unit)')
    .option('--position <text>', 'position printed on the line (default: the recipient\'s)')
    .option('--note <note>', 'free note')
    .option('--strict', 'refuse the line when the chain rules find a problem (default: setting award.strict)')
    .option('--no-strict', 'only warn, whatever the setting award.strict says')
    .action((opts: AwardAddOptions) => runAwardAdd(opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt award add --decision 05/QĐ-UBND --recipient "truong thcs tran phu" --type GK --period 2021',
    'tdkt award add -d ttg-2021-1625 -r nguyen-van-a -t BK_TTG -p 2016-2020 --line 2',
  ]);
}

export async function runAwardAdd(opts: AwardAddOptions, ctx: Context): Promise<void> {
  const decision = await ask(ctx, opts.decision, '--decision', '05/QĐ-UBND', () => pickDecision(ctx, 'Decision — type to search'));
  const recipient = await ask(ctx, opts.recipient, '--recipient', 'truong-thcs-tran-phu', () => pickRecipient(ctx, 'Recipient — type to search') as Promise<string>);
  const type = await ask(ctx, opts.type, '--type', 'GK', () => pickAwardType(ctx, 'Award type — type to search'));
  const period = await ask(ctx, opts.period, '--period', '2021', (p) => p.input({ message: 'Achievement period (2021 or 2020-2021)' }));
  const { recordAwardChecked } = await import('../../../core/write.js');
  const { award: a, findings } = await recordAwardChecked(await ctx.registry(), {
    decision,
    recipient,
    award_type: type,
    period,
    achievement: opts.achievement,
    kind: opts.kind,
    line: opts.line,
    unit_name: opts.unitName,
    position: opts.position,
    note: opts.note,
  }, { strict: opts.strict });
  for (const f of findings) ctx.info(formatWarning(f));
  ctx.info(`Added award #${a.id}: ${a.award_type} to ${a.recipient_name} (${a.period}) in ${a.decision_symbol}`);
  if (opts.json || opts.format) await ctx.printRecord(awardColumns, a, opts);
  else ctx.io.stdout.write(`${a.id}\n`);
}
