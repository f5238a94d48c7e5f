import { Command } from 'commander';
import { listMembers } from '../../../core/evidence/queries.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput } from '../../options.js';
import { membersColumns } from '../../views/checks.js';

export interface MembersListOptions extends OutputOptions {
  unit?: string;
  year?: number;
}

export function membersListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description('list member counts of collectives with the registry\'s figures beside them')
    .option('-u, --unit <unit>', 'of this collective')
    .option('-y, --year <year>', 'for this year', parseYear)
    .action((opts: MembersListOptions) => runMembersList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt evidence members list --year 2021', 'tdkt evidence members list --unit phong-gd-dt --json']);
}

export async function runMembersList(opts: MembersListOptions, ctx: Context): Promise<void> {
  const db = (await ctx.registry()).db;
  const collectiveId = opts.unit ? (await resolveRecipient(db, opts.unit, 'collective')).id : undefined;
  const rows = await listMembers(db, { collectiveId, year: opts.year });
  await ctx.print({ columns: membersColumns, rows, empty: 'No member counts recorded.' }, opts);
}
