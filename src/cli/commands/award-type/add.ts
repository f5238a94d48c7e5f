import { Command, Option } from 'commander';
import { CATEGORIES, FAMILIES, PERIODICITIES } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { awardTypeColumns } from '../../views/records.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { AWARD_TYPE_CMD } from '../../../i18n/messages/commands-a-records.js';

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
    .option('--name <name>', AWARD_TYPE_CMD.name())
    .option('--name-en <name>', AWARD_TYPE_CMD.nameEn())
    .addOption(new Option('--family <family>', AWARD_TYPE_CMD.family()).choices(FAMILIES))
    .addOption(new Option('--category <category>', AWARD_TYPE_CMD.category()).choices(CATEGORIES))
    .option('--kinds <kinds>', AWARD_TYPE_CMD.kinds())
    .option('--levels <levels>', AWARD_TYPE_CMD.levels())
    .option('--rank <n>', AWARD_TYPE_CMD.rank())
    .option('--precedence <n>', AWARD_TYPE_CMD.precedence())
    .addOption(new Option('--periodicity <p>', AWARD_TYPE_CMD.periodicity()).choices(PERIODICITIES))
    .option('--article <text>', AWARD_TYPE_CMD.article())
    .option('--note <note>', COMMON_A.freeNote());
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
    .description(AWARD_TYPE_CMD.addDescription())
    .argument('[code]', AWARD_TYPE_CMD.code());
  awardTypeFieldOptions(cmd).action((code: string | undefined, opts: AwardTypeFields & OutputOptions) => runAwardTypeAdd(code, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt award-type add KNC_GD --name "Kỷ niệm chương Vì sự nghiệp Giáo dục" --family form --category commemorative --kinds I --levels province --article "Art. 71"',
  ]);
}

export async function runAwardTypeAdd(codeArg: string | undefined, opts: AwardTypeFields & OutputOptions, ctx: Context): Promise<void> {
  const code = await ask(ctx, codeArg, COMMON_A.argCode(), 'KNC_GD', (p) => p.input({ message: AWARD_TYPE_CMD.askCode() }));
  const name = await ask(ctx, opts.name, '--name', '"Kỷ niệm chương …"', (p) => p.input({ message: AWARD_TYPE_CMD.askName() }));
  const family = await ask(ctx, opts.family, '--family', 'form', (p) =>
    p.select({ message: AWARD_TYPE_CMD.askFamily(), choices: FAMILIES.map((f) => ({ name: AWARD_TYPE_CMD.familyChoice(f), value: f })) }),
  );
  const kinds = await ask(ctx, opts.kinds, '--kinds', 'I,C', (p) => p.input({ message: AWARD_TYPE_CMD.askKinds(), default: 'I' }));
  const levels = await ask(ctx, opts.levels, '--levels', 'province', (p) => p.input({ message: AWARD_TYPE_CMD.askLevels(), default: 'province' }));
  const reg = await ctx.registry();
  const { addAwardType } = await import('../../../core/write.js');
  const t = await addAwardType(reg, { ...toAwardTypeInput({ ...opts, name, family, kinds, levels }), code } as Parameters<typeof addAwardType>[1]);
  ctx.info(AWARD_TYPE_CMD.added(t.code, String(t.precedence)));
  if (opts.json || opts.format) await ctx.printRecord(awardTypeColumns, t, opts);
  else ctx.io.stdout.write(`${t.code}\n`);
}
