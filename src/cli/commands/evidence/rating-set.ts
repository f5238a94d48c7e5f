import { Command } from 'commander';
import { RATINGS, RATING_LABELS } from '../../../core/evidence/vocab.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { ratingColumns } from '../../views/checks.js';

export interface RatingSetOptions extends OutputOptions {
  year?: number;
  rating?: string;
  note?: string;
}

export function ratingSetCommand(ctx: Context): Command {
  const cmd = new Command('set')
    .description('record the rating of a recipient for a year (replaces one recorded before)')
    .argument('<recipient>', 'reference or name')
    .option('-y, --year <year>', 'the year rated', parseYear)
    .option('--rating <rating>', `${RATINGS.join(', ')}, or the Vietnamese label (HTXSNV, HTTNV, …)`)
    .option('--note <note>', 'free note, e.g. the rating decision')
    .action((who: string, opts: RatingSetOptions) => runRatingSet(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence rating set nguyen-van-a --year 2021 --rating excellent',
    'tdkt evidence rating set "Trần Thị B" --year 2020 --rating "hoàn thành tốt nhiệm vụ"',
  ]);
}

export async function runRatingSet(who: string, opts: RatingSetOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2021', async (p) => Number(await p.input({ message: 'Year rated' })));
  const rating = await ask(ctx, opts.rating, '--rating', 'excellent', (p) =>
    p.select({ message: 'Rating', choices: RATINGS.map((r) => ({ name: `${r} (${RATING_LABELS[r]})`, value: r })) }),
  );
  const { setRating } = await import('../../../core/evidence/service.js');
  const r = await setRating(await ctx.registry(), { recipient: who, year, rating, note: opts.note });
  const verb = r.outcome === 'created' ? 'Recorded' : r.outcome === 'updated' ? 'Replaced' : 'Unchanged:';
  ctx.info(`${verb} rating of ${r.recipient_name} for ${r.year}: ${r.rating} (${r.rating_label})`);
  if (opts.json || opts.format) await ctx.printRecord(ratingColumns, r, opts);
}
