import { Command } from 'commander';
import { RATINGS, RATING_LABELS } from '../../../core/evidence/vocab.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { ratingColumns } from '../../views/checks.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export interface RatingSetOptions extends OutputOptions {
  year?: number;
  rating?: string;
  note?: string;
}

export function ratingSetCommand(ctx: Context): Command {
  const cmd = new Command('set')
    .description(EVIDENCE_CMD.ratingSetDescription())
    .argument('<recipient>', WORDS_B.refOrName())
    .option('-y, --year <year>', EVIDENCE_CMD.optYearRated(), parseYear)
    .option('--rating <rating>', EVIDENCE_CMD.optRating(RATINGS.join(', ')))
    .option('--note <note>', EVIDENCE_CMD.optRatingNote())
    .action((who: string, opts: RatingSetOptions) => runRatingSet(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence rating set nguyen-van-a --year 2021 --rating excellent',
    'tdkt evidence rating set "Trần Thị B" --year 2020 --rating "hoàn thành tốt nhiệm vụ"',
  ]);
}

export async function runRatingSet(who: string, opts: RatingSetOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2021', async (p) => Number(await p.input({ message: EVIDENCE_CMD.askYearRated() })));
  const rating = await ask(ctx, opts.rating, '--rating', 'excellent', (p) =>
    p.select({ message: EVIDENCE_CMD.askRating(), choices: RATINGS.map((r) => ({ name: WORDS_B.choice(r, RATING_LABELS[r]), value: r })) }),
  );
  const { setRating } = await import('../../../core/evidence/service.js');
  const r = await setRating(await ctx.registry(), { recipient: who, year, rating, note: opts.note });
  ctx.info(EVIDENCE_CMD.ratingDone(r.outcome, r.recipient_name, r.year, r.rating, r.rating_label));
  if (opts.json || opts.format) await ctx.printRecord(ratingColumns, r, opts);
}
