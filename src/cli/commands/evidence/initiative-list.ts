import { Command } from 'commander';
import { listInitiatives } from '../../../core/evidence/queries.js';
import type { Context } from '../../context.js';
import { examples } from '../../options.js';
import { initiativeColumns } from '../../views/checks.js';
import { evidenceFilter, withEvidenceFilter, type EvidenceListOptions } from './filter.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';

export function initiativeListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(EVIDENCE_CMD.initiativeListDescription())
    .action((opts: EvidenceListOptions) => runInitiativeList(opts, ctx));
  withEvidenceFilter(cmd);
  return examples(cmd, ['tdkt evidence initiative list --year 2021', 'tdkt evidence initiative list --recipient nguyen-van-a --json']);
}

export async function runInitiativeList(opts: EvidenceListOptions, ctx: Context): Promise<void> {
  const rows = await listInitiatives((await ctx.registry()).db, await evidenceFilter(ctx, opts));
  await ctx.print({ columns: initiativeColumns, rows, empty: EVIDENCE_CMD.noInitiatives() }, opts);
}
