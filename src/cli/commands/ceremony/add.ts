import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { ceremonyColumns } from '../../views/records.js';
import { pickBody } from '../pickers.js';
import { humanDate } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { CEREMONY_CMD } from '../../../i18n/messages/commands-a-records.js';

export interface CeremonyAddOptions extends OutputOptions {
  date?: string;
  place?: string;
  organiser?: string;
  note?: string;
  ref?: string;
}

export function ceremonyAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description(CEREMONY_CMD.addDescription())
    .argument('[name]', CEREMONY_CMD.name('"Hội nghị tổng kết phong trào thi đua năm 2021"'))
    .option('-d, --date <date>', CEREMONY_CMD.date())
    .option('-o, --organiser <body>', CEREMONY_CMD.organiser())
    .option('--place <place>', CEREMONY_CMD.place())
    .option('--note <note>', COMMON_A.freeNote())
    .option('--ref <ref>', CEREMONY_CMD.ref())
    .action((name: string | undefined, opts: CeremonyAddOptions) => runCeremonyAdd(name, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt ceremony add "Hội nghị tổng kết năm 2021" --date 2022-01-17 --organiser ubnd-le-chan --ref le-chan-2022']);
}

export async function runCeremonyAdd(nameArg: string | undefined, opts: CeremonyAddOptions, ctx: Context): Promise<void> {
  const name = await ask(ctx, nameArg, COMMON_A.argName(), '"Hội nghị tổng kết năm 2021"', (p) =>
    p.input({ message: CEREMONY_CMD.askName(), validate: (v) => (v.trim() ? true : COMMON_A.nameRequired()) }),
  );
  const date = await ask(ctx, opts.date, '--date', '2022-01-17', (p) => p.input({ message: CEREMONY_CMD.askDate() }));
  const organiser = await ask(ctx, opts.organiser, '--organiser', 'ubnd-le-chan', () => pickBody(ctx, CEREMONY_CMD.askOrganiser()));
  const { addCeremony } = await import('../../../core/write.js');
  const c = await addCeremony(await ctx.registry(), { name, date, organiser, place: opts.place, note: opts.note, ref: opts.ref });
  ctx.info(CEREMONY_CMD.added(c.ref, c.name, humanDate(c.date)));
  if (opts.json || opts.format) await ctx.printRecord(ceremonyColumns, c, opts);
  else ctx.io.stdout.write(`${c.ref}\n`);
}
