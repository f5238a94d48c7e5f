import { Command, Option } from 'commander';
import { LEVELS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { bodyColumns } from '../../views/records.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { BODY_CMD } from '../../../i18n/messages/commands-a-records.js';

interface BodyEditOptions extends OutputOptions {
  name?: string;
  level?: string;
  abbr?: string;
  place?: string;
  parent?: string;
  note?: string;
  ref?: string;
}

export function bodyEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description(BODY_CMD.editDescription())
    .argument('<body>', COMMON_A.refOrName())
    .option('--name <name>', COMMON_A.newName())
    .addOption(new Option('-l, --level <level>', BODY_CMD.newLevel()).choices(LEVELS))
    .option('-a, --abbr <abbr>', BODY_CMD.newAbbr())
    .option('--place <place>', BODY_CMD.newPlace())
    .option('--parent <body>', BODY_CMD.newParent())
    .option('--note <note>', COMMON_A.newNote())
    .option('--ref <ref>', COMMON_A.newRef())
    .action((query: string, opts: BodyEditOptions) => runBodyEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt body edit ubnd-le-chan --place "Lê Chân"']);
}

export async function runBodyEdit(query: string, opts: BodyEditOptions, ctx: Context): Promise<void> {
  const { format, json, ...changes } = opts;
  if (Object.values(changes).every((v) => v === undefined)) throw new UsageError(COMMON_A.nothingToChange('--name, --level, --abbr, --place, --parent, --note, --ref'));
  const reg = await ctx.registry();
  const { editBody } = await import('../../../core/write.js');
  const b = await editBody(reg, query, changes as Parameters<typeof editBody>[2]);
  ctx.info(BODY_CMD.updated(b.ref));
  await ctx.printRecord(bodyColumns, b, { format, json });
}
