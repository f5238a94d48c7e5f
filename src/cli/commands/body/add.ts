import { Command, Option } from 'commander';
import { LEVELS, LEVEL_LABELS, type Level } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { bodyColumns } from '../../views/records.js';

export interface BodyAddOptions extends OutputOptions {
  level?: Level;
  abbr?: string;
  place?: string;
  parent?: string;
  note?: string;
  ref?: string;
}

export function bodyAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('add an issuing body (who signs decisions) with its level of authority')
    .argument('[name]', 'name, e.g. "UBND quận Lê Chân"')
    .addOption(new Option('-l, --level <level>', 'level of authority').choices(LEVELS))
    .option('-a, --abbr <abbr>', 'abbreviation in decision symbols, e.g. UBND, TTg')
    .option('--place <place>', 'place name for date lines, e.g. "Lê Chân"')
    .option('--parent <body>', 'the body it is part of (reference or name)')
    .option('--note <note>', 'free note')
    .option('--ref <ref>', 'reference to use instead of one derived from the name')
    .action((name: string | undefined, opts: BodyAddOptions) => runBodyAdd(name, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt body add "UBND quận Lê Chân" --level district --abbr UBND --place "Lê Chân" --ref ubnd-le-chan']);
}

export async function runBodyAdd(nameArg: string | undefined, opts: BodyAddOptions, ctx: Context): Promise<void> {
  const name = await ask(ctx, nameArg, 'the name argument', '"UBND quận Lê Chân"', (p) =>
    p.input({ message: 'Name of the body', validate: (v) => (v.trim() ? true : 'A name is required') }),
  );
  const level = await ask(ctx, opts.level, '--level', 'district', (p) =>
    p.select<Level>({ message: 'Level of authority', choices: LEVELS.map((l) => ({ name: `${l} (${LEVEL_LABELS[l]})`, value: l })) }),
  );
  const abbr = await ask(ctx, opts.abbr, '--abbr', 'UBND', (p) => p.input({ message: 'Abbreviation in decision symbols (UBND, TTg, …)' }));
  const reg = await ctx.registry();
  const { addBody } = await import('../../../core/write.js');
  const b = await addBody(reg, { name, level, abbr, place: opts.place, parent: opts.parent, note: opts.note, ref: opts.ref });
  ctx.info(`Added body ${b.ref}: ${b.name} (${b.level})`);
  if (opts.json || opts.format) await ctx.printRecord(bodyColumns, b, opts);
  else ctx.io.stdout.write(`${b.ref}\n`);
}
