import { Command } from 'commander';
import { INITIATIVE_LEVELS } from '../../../core/evidence/vocab.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { initiativeColumns } from '../../views/checks.js';

export interface InitiativeAddOptions extends OutputOptions {
  year?: number;
  title?: string;
  level?: string;
  recognisedBy?: string;
  note?: string;
}

export function initiativeAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('record a recognised initiative or science work and the reach of its recognition')
    .argument('<recipient>', 'reference or name')
    .option('-y, --year <year>', 'the year it was recognised', parseYear)
    .option('--title <title>', 'its title')
    .option('--level <level>', `${INITIATIVE_LEVELS.join(', ')} (cơ sở, tỉnh, toàn quốc); default grassroots`)
    .option('--recognised-by <body>', 'who recognised it')
    .option('--note <note>', 'free note')
    .action((who: string, opts: InitiativeAddOptions) => runInitiativeAdd(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence initiative add nguyen-van-a --year 2021 --title "Số hóa hồ sơ thi đua" --level province',
    'tdkt evidence initiative add tran-thi-b --year 2020 --title "Dạy học theo dự án" --level "co so"',
  ]);
}

export async function runInitiativeAdd(who: string, opts: InitiativeAddOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2021', async (p) => Number(await p.input({ message: 'Year recognised' })));
  const title = await ask(ctx, opts.title, '--title', '"Số hóa hồ sơ thi đua"', (p) => p.input({ message: 'Title of the initiative' }));
  const { addInitiative } = await import('../../../core/evidence/service.js');
  const i = await addInitiative(await ctx.registry(), { recipient: who, year, title, level: opts.level, recognised_by: opts.recognisedBy, note: opts.note });
  ctx.info(`Recorded initiative #${i.id} of ${i.recipient_name} (${i.level}, ${i.year}): ${i.title}`);
  if (opts.json || opts.format) await ctx.printRecord(initiativeColumns, i, opts);
  else ctx.io.stdout.write(`${i.id}\n`);
}
