import { Command, Option } from 'commander';
import { LEVELS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { bodyColumns } from '../../views/records.js';

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
    .description('correct an issuing body; the old values stay in the audit trail')
    .argument('<body>', 'reference or name')
    .option('--name <name>', 'new name')
    .addOption(new Option('-l, --level <level>', 'new level').choices(LEVELS))
    .option('-a, --abbr <abbr>', 'new abbreviation')
    .option('--place <place>', 'new place name')
    .option('--parent <body>', 'new parent body')
    .option('--note <note>', 'new note')
    .option('--ref <ref>', 'new reference')
    .action((query: string, opts: BodyEditOptions) => runBodyEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt body edit ubnd-le-chan --place "Lê Chân"']);
}

export async function runBodyEdit(query: string, opts: BodyEditOptions, ctx: Context): Promise<void> {
  const { format, json, ...changes } = opts;
  if (Object.values(changes).every((v) => v === undefined)) throw new UsageError('nothing to change: pass at least one of --name, --level, --abbr, --place, --parent, --note, --ref');
  const reg = await ctx.registry();
  const { editBody } = await import('../../../core/write.js');
  const b = await editBody(reg, query, changes as Parameters<typeof editBody>[2]);
  ctx.info(`Updated ${b.ref}`);
  await ctx.printRecord(bodyColumns, b, { format, json });
}
