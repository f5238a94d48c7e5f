import { Command } from 'commander';
import { listDisciplines } from '../../../core/evidence/queries.js';
import type { Context } from '../../context.js';
import { examples } from '../../options.js';
import { disciplineColumns } from '../../views/checks.js';
import { evidenceFilter, withEvidenceFilter, type EvidenceListOptions } from './filter.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';

export function disciplineListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(EVIDENCE_CMD.disciplineListDescription())
    .action((opts: EvidenceListOptions) => runDisciplineList(opts, ctx));
  withEvidenceFilter(cmd);
  return examples(cmd, ['tdkt evidence discipline list --year 2021', 'tdkt evidence discipline list --recipient pham-thi-d']);
}

export async function runDisciplineList(opts: EvidenceListOptions, ctx: Context): Promise<void> {
  const rows = await listDisciplines((await ctx.registry()).db, await evidenceFilter(ctx, opts));
  await ctx.print({ columns: disciplineColumns, rows, empty: EVIDENCE_CMD.noDiscipline() }, opts);
}
