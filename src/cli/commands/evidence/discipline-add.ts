import { Command } from 'commander';
import { DISCIPLINE_FORMS, DISCIPLINE_LABELS } from '../../../core/evidence/vocab.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { disciplineColumns } from '../../views/checks.js';

export interface DisciplineAddOptions extends OutputOptions {
  form?: string;
  year?: number;
  date?: string;
  decision?: string;
  note?: string;
}

export function disciplineAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description('record a disciplinary measure against a recipient')
    .argument('<recipient>', 'reference or name')
    .option('--form <form>', `${DISCIPLINE_FORMS.join(', ')}, or the Vietnamese name (khiển trách, cảnh cáo, …)`)
    .option('-y, --year <year>', 'the year it covers (default: the year of --date)', parseYear)
    .option('--date <date>', 'date of the disciplinary decision, e.g. 15/11/2021')
    .option('--decision <number>', 'number of the disciplinary decision')
    .option('--note <note>', 'free note')
    .action((who: string, opts: DisciplineAddOptions) => runDisciplineAdd(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence discipline add pham-thi-d --form "cảnh cáo" --date 15/11/2021 --decision 88/QĐ-UBND',
    'tdkt evidence discipline add do-van-l --form reprimand --year 2020',
  ]);
}

export async function runDisciplineAdd(who: string, opts: DisciplineAddOptions, ctx: Context): Promise<void> {
  const form = await ask(ctx, opts.form, '--form', 'caution', (p) =>
    p.select({ message: 'Form of discipline', choices: DISCIPLINE_FORMS.map((f) => ({ name: `${f} (${DISCIPLINE_LABELS[f]})`, value: f })) }),
  );
  const { addDiscipline } = await import('../../../core/evidence/service.js');
  const d = await addDiscipline(await ctx.registry(), { recipient: who, form, year: opts.year, date: opts.date, decision: opts.decision, note: opts.note });
  ctx.info(`Recorded discipline #${d.id}: ${d.form} (${d.form_label}) of ${d.recipient_name} for ${d.year}`);
  if (opts.json || opts.format) await ctx.printRecord(disciplineColumns, d, opts);
  else ctx.io.stdout.write(`${d.id}\n`);
}
