import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { collect, examples, parseId, withOutput, writes } from '../../options.js';
import { confirmOrYes } from '../../prompt.js';
import { CORRECTIONS } from '../../views/corrections.js';
import { ceremonyColumns } from '../../views/records.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { CEREMONY_CMD } from '../../../i18n/messages/commands-a-records.js';

interface CeremonyEditOptions extends OutputOptions {
  name?: string;
  date?: string;
  place?: string;
  organiser?: string;
  note?: string;
}

export function ceremonyEditCommand(ctx: Context): Command {
  const cmd = new Command('edit')
    .description(CEREMONY_CMD.editDescription())
    .argument('<ceremony>', COMMON_A.refOrWords())
    .option('--name <name>', COMMON_A.newName())
    .option('--date <date>', CEREMONY_CMD.newDate())
    .option('--place <place>', CEREMONY_CMD.newPlace())
    .option('--organiser <body>', CEREMONY_CMD.newOrganiser())
    .option('--note <note>', COMMON_A.newNote())
    .action((query: string, opts: CeremonyEditOptions) => runCeremonyEdit(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt ceremony edit le-chan-2022 --date 18/01/2022', 'tdkt ceremony edit le-chan-2022 --place "Hội trường UBND quận Lê Chân"']);
}

export async function runCeremonyEdit(query: string, opts: CeremonyEditOptions, ctx: Context): Promise<void> {
  const { format, json, ...changes } = opts;
  if (Object.values(changes).every((v) => v === undefined)) throw new UsageError(COMMON_A.nothingToChange('--name, --date, --place, --organiser, --note'));
  const { editCeremony } = await import('../../../core/write.js');
  const c = await editCeremony(await ctx.registry(), query, changes);
  ctx.info(CORRECTIONS.ceremonyUpdated(c.ref));
  await ctx.printRecord(ceremonyColumns, c, { format, json });
}

interface LinesOptions {
  decision?: string[];
  award?: number[];
  yes?: boolean;
}

function linesOptions(cmd: Command): Command {
  return cmd.option('-a, --award <id>', COMMON_A.repeatableAward(), collect(parseId)).option('-d, --decision <decision>', CEREMONY_CMD.presentedLines(), collect(String));
}

function named(opts: LinesOptions): { awards?: number[]; decisions?: string[] } {
  if (!opts.decision?.length && !opts.award?.length) throw new UsageError(CEREMONY_CMD.nameTheLines());
  return { awards: opts.award, decisions: opts.decision };
}

export function ceremonyMoveCommand(ctx: Context): Command {
  const cmd = linesOptions(
    new Command('move')
      .description(CEREMONY_CMD.moveDescription())
      .argument('<ceremony>', CEREMONY_CMD.moveTo()),
  ).action((query: string, opts: LinesOptions) => runCeremonyMove(query, opts, ctx));
  return examples(writes(cmd), ['tdkt ceremony move le-chan-2022 --award 41 --award 42', 'tdkt ceremony move le-chan-2022 --decision 05/QĐ-UBND']);
}

export async function runCeremonyMove(query: string, opts: LinesOptions, ctx: Context): Promise<void> {
  const { movePresentations } = await import('../../../core/write.js');
  const r = await movePresentations(await ctx.registry(), query, named(opts));
  ctx.info(CORRECTIONS.moved(r));
  ctx.io.stdout.write(`${r.moved.length}\n`);
}

export function ceremonyWithdrawCommand(ctx: Context): Command {
  const cmd = linesOptions(new Command('withdraw').description(CEREMONY_CMD.withdrawDescription()))
    .option('-y, --yes', COMMON_A.yes())
    .action((opts: LinesOptions) => runCeremonyWithdraw(opts, ctx));
  return examples(writes(cmd), ['tdkt ceremony withdraw --award 41', 'tdkt ceremony withdraw --decision 05/QĐ-UBND --yes']);
}

export async function runCeremonyWithdraw(opts: LinesOptions, ctx: Context): Promise<void> {
  const lines = named(opts);
  const reg = await ctx.registry();
  if (!opts.yes && ctx.canPrompt) {
    const { listAwards, getAward } = await import('../../../core/award/queries.js');
    const { resolveDecision } = await import('../../../core/resolve.js');
    const shown = await Promise.all((lines.awards ?? []).map((id) => getAward(reg.db, id)));
    for (const d of lines.decisions ?? []) shown.push(...(await listAwards(reg.db, { decisionId: (await resolveDecision(reg.db, d)).id })));
    const presented = shown.filter((a, i) => a.ceremony && shown.findIndex((b) => b.id === a.id) === i);
    ctx.info(CORRECTIONS.withdrawPreview(presented));
    await confirmOrYes(ctx, false, CORRECTIONS.withdrawQuestion(presented.length), 'ceremony withdraw');
  } else await confirmOrYes(ctx, opts.yes, '', 'ceremony withdraw');
  const { withdrawPresentations } = await import('../../../core/write.js');
  const r = await withdrawPresentations(reg, lines);
  ctx.info(CORRECTIONS.withdrawn(r));
  ctx.io.stdout.write(`${r.length}\n`);
}
