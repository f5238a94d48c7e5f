import { Command, Option } from 'commander';
import { RECIPIENT_KINDS, KIND_LABELS, type RecipientKind } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { recipientColumns } from '../../views/records.js';
import { pickRecipient } from '../pickers.js';
import { RECIPIENT_CMD } from '../../../i18n/messages/commands-b-recipient.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

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
    .description(RECIPIENT_CMD.addDescription())
    .argument('[name]', RECIPIENT_CMD.argName())
    .addOption(new Option('-k, --kind <kind>', RECIPIENT_CMD.optKind()).choices(RECIPIENT_KINDS))
    .option('-u, --unit <unit>', RECIPIENT_CMD.optUnit())
    .option('-p, --position <position>', RECIPIENT_CMD.optPosition())
    .option('--place <place>', RECIPIENT_CMD.optPlace())
    .option('--note <note>', WORDS_B.freeNote())
    .option('--ref <ref>', RECIPIENT_CMD.optRef())
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
      message: RECIPIENT_CMD.askKind(),
      choices: RECIPIENT_KINDS.map((k) => ({ name: WORDS_B.choice(k, KIND_LABELS[k]), value: k })),
    }),
  );
  const name = await ask(ctx, nameArg, RECIPIENT_CMD.nameArgument(), '"Trường THCS Trần Phú"', (p) =>
    p.input({ message: RECIPIENT_CMD.askName(), validate: (v) => (v.trim() ? true : RECIPIENT_CMD.nameRequired()) }),
  );
  const reg = await ctx.registry();
  let unit = opts.unit;
  let position = opts.position;
  if (kind === 'individual' && ctx.canPrompt) {
    unit ??= await pickRecipient(ctx, RECIPIENT_CMD.askUnit(), { kind: 'collective', optional: true });
    position ??= (await (await ctx.prompter()).input({ message: RECIPIENT_CMD.askPosition() })) || undefined;
  }
  const { addRecipient } = await import('../../../core/write.js');
  const r = await addRecipient(reg, { kind, name, unit, position, place: opts.place, note: opts.note, ref: opts.ref });
  ctx.info(RECIPIENT_CMD.added(r.kind, KIND_LABELS[r.kind as RecipientKind] ?? r.kind, r.ref, r.name));
  if (opts.json || opts.format) await ctx.printRecord(recipientColumns, r, opts);
  else ctx.io.stdout.write(`${r.ref}\n`);
}
