import { Command, Option } from 'commander';
import { CATEGORIES, FAMILIES, PERIODICITIES } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { awardTypeColumns } from '../../views/records.js';

export interface AwardTypeFields {
  name?: string;
  nameEn?: string;
  family?: string;
  category?: string;
  kinds?: string;
  levels?: string;
  rank?: string;
  precedence?: string;
  periodicity?: string;
  article?: string;
  note?: string;
}

/** The fields of an award type as options; shared by add and edit. */
export function awardTypeFieldOptions(cmd: Command): Command {
  return cmd
    .option('--name <name>', 'Vietnamese name')
    .option('--name-en <name>', 'English name')
    .addOption(new Option('--family <family>', 'title (danh hiệu thi đua) or form (hình thức khen thưởng)').choices(FAMILIES))
    .addOption(new Option('--category <category>', 'kind of award, for precedence').choices(CATEGORIES))
    .option('--kinds <kinds>', 'who may receive it: letters I, C, H, e.g. I,C')
    .option('--levels <levels>', 'levels that may confer it, e.g. district,commune,unit')
    .option('--rank <n>', 'rank inside its family line (1 highest)')
    .option('--precedence <n>', 'position in rosters (lower first); see award-type list')
    .addOption(new Option('--periodicity <p>', 'how often it may be conferred').choices(PERIODICITIES))
    .option('--article <text>', 'legal basis, e.g. "Art. 71"')
    .option('--note <note>', 'free note');
}

export function toAwardTypeInput(o: AwardTypeFields) {
  return {
    name_vi: o.name,
    name_en: o.nameEn,
    family: o.family as 'title' | 'form' | undefined,
    category: o.category as (typeof CATEGORIES)[number] | undefined,
    recipient_kinds: o.kinds,
    levels: o.levels,
    rank: o.rank,
    precedence: o.precedence,
    periodicity: o.periodicity as (typeof PERIODICITIES)[number] | undefined,
    article: o.article,
    note: o.note,
  };
}

export function awardTypeAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('add a local award type (a sector commemorative medal, an old-regime title)')
    .argument('[code]', 'ASCII code, e.g. KNC_GD');
  awardTypeFieldOptions(cmd).action((code: string | undefined, opts: AwardTypeFields & OutputOptions) => runAwardTypeAdd(code, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt award-type add KNC_GD --name "Kỷ niệm chương Vì sự nghiệp Giáo dục" --family form --category commemorative --kinds I --levels province --article "Art. 71"',
  ]);
}

export async function runAwardTypeAdd(codeArg: string | undefined, opts: AwardTypeFields & OutputOptions, ctx: Context): Promise<void> {
  const code = await ask(ctx, codeArg, 'the code argument', 'KNC_GD', (p) => p.input({ message: 'Code (ASCII capitals, e.g. KNC_GD)' }));
  const name = await ask(ctx, opts.name, '--name', '"Kỷ niệm chương …"', (p) => p.input({ message: 'Vietnamese name' }));
  const family = await ask(ctx, opts.family, '--family', 'form', (p) =>
    p.select({ message: 'Family', choices: FAMILIES.map((f) => ({ name: f, value: f })) }),
  );
  const kinds = await ask(ctx, opts.kinds, '--kinds', 'I,C', (p) => p.input({ message: 'Recipients (I individual, C collective, H household)', default: 'I' }));
  const levels = await ask(ctx, opts.levels, '--levels', 'province', (p) => p.input({ message: 'Levels that may confer it', default: 'province' }));
  const reg = await ctx.registry();
  const { addAwardType } = await import('../../../core/write.js');
  const t = await addAwardType(reg, { ...toAwardTypeInput({ ...opts, name, family, kinds, levels }), code } as Parameters<typeof addAwardType>[1]);
  ctx.info(`Added award type ${t.code} (precedence ${t.precedence})`);
  if (opts.json || opts.format) await ctx.printRecord(awardTypeColumns, t, opts);
  else ctx.io.stdout.write(`${t.code}\n`);
}
