import { Command, Option } from 'commander';
import { RECIPIENT_KINDS, KIND_LABELS, type RecipientKind } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { recipientColumns } from '../../views/records.js';
import { pickRecipient } from '../pickers.js';

export interface RecipientAddOptions extends OutputOptions {
  kind?: RecipientKind;
  unit?: string;
  position?: string;
  place?: string;
  note?: string;
  ref?: string;
}

export function recipientAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('add a collective, individual or household')
    .argument('[name]', 'full name, with diacritics')
    .addOption(new Option('-k, --kind <kind>', 'collective, individual or household').choices(RECIPIENT_KINDS))
    .option('-u, --unit <unit>', 'the collective it belongs to (reference or name)')
    .option('-p, --position <position>', 'position (chức vụ) of an individual')
    .option('--place <place>', 'address or ward, e.g. for a household')
    .option('--note <note>', 'free note')
    .option('--ref <ref>', 'reference to use instead of one derived from the name')
    .action((name: string | undefined, opts: RecipientAddOptions) => runRecipientAdd(name, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt recipient add "Trường THCS Trần Phú" --kind collective',
    'tdkt recipient add "Nguyễn Văn A" --kind individual --unit "truong thcs tran phu" --position "Hiệu trưởng"',
  ]);
}

export async function runRecipientAdd(nameArg: string | undefined, opts: RecipientAddOptions, ctx: Context): Promise<void> {
  const kind = await ask(ctx, opts.kind, '--kind', 'collective', (p) =>
    p.select<RecipientKind>({
      message: 'Kind of recipient',
      choices: RECIPIENT_KINDS.map((k) => ({ name: `${k} (${KIND_LABELS[k]})`, value: k })),
    }),
  );
  const name = await ask(ctx, nameArg, 'the name argument', '"Trường THCS Trần Phú"', (p) =>
    p.input({ message: 'Full name (with diacritics)', validate: (v) => (v.trim() ? true : 'A name is required') }),
  );
  const reg = await ctx.registry();
  let unit = opts.unit;
  let position = opts.position;
  if (kind === 'individual' && ctx.canPrompt) {
    unit ??= await pickRecipient(ctx, 'Unit (collective) — type to search', { kind: 'collective', optional: true });
    position ??= (await (await ctx.prompter()).input({ message: 'Position (chức vụ), empty for none' })) || undefined;
  }
  const { addRecipient } = await import('../../../core/write.js');
  const r = await addRecipient(reg, { kind, name, unit, position, place: opts.place, note: opts.note, ref: opts.ref });
  ctx.info(`Added ${r.kind} ${r.ref}: ${r.name}`);
  if (opts.json || opts.format) await ctx.printRecord(recipientColumns, r, opts);
  else ctx.io.stdout.write(`${r.ref}\n`);
}
