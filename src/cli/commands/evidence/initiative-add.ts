import { Command } from 'commander';
import { INITIATIVE_LEVELS } from '../../../core/evidence/vocab.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { initiativeColumns } from '../../views/checks.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export interface InitiativeAddOptions extends OutputOptions {
  year?: number;
  title?: string;
  level?: string;
  recognisedBy?: string;
  note?: string;
}

export function initiativeAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description(EVIDENCE_CMD.initiativeAddDescription())
    .argument('<recipient>', WORDS_B.refOrName())
    .option('-y, --year <year>', EVIDENCE_CMD.optYearRecognised(), parseYear)
    .option('--title <title>', EVIDENCE_CMD.optTitle())
    .option('--level <level>', EVIDENCE_CMD.optLevel(INITIATIVE_LEVELS.join(', ')))
    .option('--recognised-by <body>', EVIDENCE_CMD.optRecognisedBy()) // i18n-ignore: an option's flag
    .option('--note <note>', WORDS_B.freeNote())
    .action((who: string, opts: InitiativeAddOptions) => runInitiativeAdd(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence initiative add nguyen-van-a --year 2021 --title "Số hóa hồ sơ thi đua" --level province',
    'tdkt evidence initiative add tran-thi-b --year 2020 --title "Dạy học theo dự án" --level "co so"',
  ]);
}

export async function runInitiativeAdd(who: string, opts: InitiativeAddOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2021', async (p) => Number(await p.input({ message: EVIDENCE_CMD.askYearRecognised() })));
  const title = await ask(ctx, opts.title, '--title', '"Số hóa hồ sơ thi đua"', (p) => p.input({ message: EVIDENCE_CMD.askTitle() }));
  const { addInitiative } = await import('../../../core/evidence/service.js');
  const i = await addInitiative(await ctx.registry(), { recipient: who, year, title, level: opts.level, recognised_by: opts.recognisedBy, note: opts.note });
  ctx.info(EVIDENCE_CMD.initiativeDone(i.id, i.recipient_name, i.level, i.level_label, i.year, i.title));
  if (opts.json || opts.format) await ctx.printRecord(initiativeColumns, i, opts);
  else ctx.io.stdout.write(`${i.id}\n`);
}
