import { Command } from 'commander';
import { DISCIPLINE_FORMS, DISCIPLINE_LABELS } from '../../../core/evidence/vocab.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { disciplineColumns } from '../../views/checks.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export interface DisciplineAddOptions extends OutputOptions {
  form?: string;
  year?: number;
  date?: string;
  decision?: string;
  note?: string;
}

export function disciplineAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description(EVIDENCE_CMD.disciplineAddDescription())
    .argument('<recipient>', WORDS_B.refOrName())
    .option('--form <form>', EVIDENCE_CMD.optForm(DISCIPLINE_FORMS.join(', ')))
    .option('-y, --year <year>', EVIDENCE_CMD.optDisciplineYear(), parseYear)
    .option('--date <date>', EVIDENCE_CMD.optDisciplineDate())
    .option('--decision <number>', EVIDENCE_CMD.optDisciplineDecision())
    .option('--note <note>', WORDS_B.freeNote())
    .action((who: string, opts: DisciplineAddOptions) => runDisciplineAdd(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence discipline add pham-thi-d --form "cảnh cáo" --date 15/11/2021 --decision 88/QĐ-UBND',
    'tdkt evidence discipline add do-van-l --form reprimand --year 2020', // i18n-ignore: a command line
  ]);
}

export async function runDisciplineAdd(who: string, opts: DisciplineAddOptions, ctx: Context): Promise<void> {
  const form = await ask(ctx, opts.form, '--form', 'caution', (p) =>
    p.select({ message: EVIDENCE_CMD.askForm(), choices: DISCIPLINE_FORMS.map((f) => ({ name: WORDS_B.choice(f, DISCIPLINE_LABELS[f]), value: f })) }),
  );
  const { addDiscipline } = await import('../../../core/evidence/service.js');
  const d = await addDiscipline(await ctx.registry(), { recipient: who, form, year: opts.year, date: opts.date, decision: opts.decision, note: opts.note });
  ctx.info(EVIDENCE_CMD.disciplineDone(d.id, d.form, d.form_label, d.recipient_name, d.year));
  if (opts.json || opts.format) await ctx.printRecord(disciplineColumns, d, opts);
  else ctx.io.stdout.write(`${d.id}\n`);
}
