import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { ceremonyColumns } from '../../views/records.js';
import { pickBody } from '../pickers.js';

export interface CeremonyAddOptions extends OutputOptions {
  date?: string;
  place?: string;
  organiser?: string;
  note?: string;
  ref?: string;
}

export function ceremonyAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('record a ceremony (a review conference, an anniversary) where awards are handed over')
    .argument('[name]', 'name, e.g. "Hội nghị tổng kết phong trào thi đua năm 2021"')
    .option('-d, --date <date>', 'date: YYYY-MM-DD or DD/MM/YYYY')
    .option('-o, --organiser <body>', 'organising body (reference or name); not always the issuing body')
    .option('--place <place>', 'where it is held')
    .option('--note <note>', 'free note')
    .option('--ref <ref>', 'reference to use instead of one derived from the name and date')
    .action((name: string | undefined, opts: CeremonyAddOptions) => runCeremonyAdd(name, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt ceremony add "Hội nghị tổng kết năm 2021" --date 2022-01-17 --organiser ubnd-le-chan --ref le-chan-2022']);
}

export async function runCeremonyAdd(nameArg: string | undefined, opts: CeremonyAddOptions, ctx: Context): Promise<void> {
  const name = await ask(ctx, nameArg, 'the name argument', '"Hội nghị tổng kết năm 2021"', (p) =>
    p.input({ message: 'Name of the ceremony', validate: (v) => (v.trim() ? true : 'A name is required') }),
  );
  const date = await ask(ctx, opts.date, '--date', '2022-01-17', (p) => p.input({ message: 'Date (YYYY-MM-DD or DD/MM/YYYY)' }));
  const organiser = await ask(ctx, opts.organiser, '--organiser', 'ubnd-le-chan', () => pickBody(ctx, 'Organising body — type to search'));
  const { addCeremony } = await import('../../../core/write.js');
  const c = await addCeremony(await ctx.registry(), { name, date, organiser, place: opts.place, note: opts.note, ref: opts.ref });
  ctx.info(`Added ceremony ${c.ref}: ${c.name} (${c.date})`);
  if (opts.json || opts.format) await ctx.printRecord(ceremonyColumns, c, opts);
  else ctx.io.stdout.write(`${c.ref}\n`);
}
