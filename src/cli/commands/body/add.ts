import { Command, Option } from 'commander';
import { LEVELS, LEVEL_LABELS, type Level } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { bodyColumns } from '../../views/records.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { BODY_CMD } from '../../../i18n/messages/commands-a-records.js';

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
    .description(BODY_CMD.addDescription())
    .argument('[name]', BODY_CMD.name())
    .addOption(new Option('-l, --level <level>', BODY_CMD.level()).choices(LEVELS))
    .option('-a, --abbr <abbr>', BODY_CMD.abbr())
    .option('--place <place>', BODY_CMD.place())
    .option('--parent <body>', BODY_CMD.parent())
    .option('--note <note>', COMMON_A.freeNote())
    .option('--ref <ref>', BODY_CMD.ref())
    .action((name: string | undefined, opts: BodyAddOptions) => runBodyAdd(name, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt body add "UBND quận Lê Chân" --level district --abbr UBND --place "Lê Chân" --ref ubnd-le-chan']);
}

export async function runBodyAdd(nameArg: string | undefined, opts: BodyAddOptions, ctx: Context): Promise<void> {
  const name = await ask(ctx, nameArg, COMMON_A.argName(), '"UBND quận Lê Chân"', (p) =>
    p.input({ message: BODY_CMD.askName(), validate: (v) => (v.trim() ? true : COMMON_A.nameRequired()) }),
  );
  const level = await ask(ctx, opts.level, '--level', 'district', (p) =>
    p.select<Level>({ message: BODY_CMD.askLevel(), choices: LEVELS.map((l) => ({ name: `${l} (${LEVEL_LABELS[l]})`, value: l })) }),
  );
  const abbr = await ask(ctx, opts.abbr, '--abbr', 'UBND', (p) => p.input({ message: BODY_CMD.askAbbr() }));
  const reg = await ctx.registry();
  const { addBody } = await import('../../../core/write.js');
  const b = await addBody(reg, { name, level, abbr, place: opts.place, parent: opts.parent, note: opts.note, ref: opts.ref });
  ctx.info(BODY_CMD.added(b.ref, b.name, b.level));
  if (opts.json || opts.format) await ctx.printRecord(bodyColumns, b, opts);
  else ctx.io.stdout.write(`${b.ref}\n`);
}
