import { Command } from 'commander';
import { listRatings } from '../../../core/evidence/queries.js';
import type { Context } from '../../context.js';
import { examples } from '../../options.js';
import { ratingColumns } from '../../views/checks.js';
import { evidenceFilter, withEvidenceFilter, type EvidenceListOptions } from './filter.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';

export function ratingListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(EVIDENCE_CMD.ratingListDescription())
    .action((opts: EvidenceListOptions) => runRatingList(opts, ctx));
  withEvidenceFilter(cmd);
  return examples(cmd, ['tdkt evidence rating list --year 2021', 'tdkt evidence rating list --unit phong-gd-dt --json']);
}

export async function runRatingList(opts: EvidenceListOptions, ctx: Context): Promise<void> {
  const rows = await listRatings((await ctx.registry()).db, await evidenceFilter(ctx, opts));
  await ctx.print({ columns: ratingColumns, rows, empty: EVIDENCE_CMD.noRatings() }, opts);
}
