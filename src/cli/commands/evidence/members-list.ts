import { Command } from 'commander';
import { listMembers } from '../../../core/evidence/queries.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput } from '../../options.js';
import { membersColumns } from '../../views/checks.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export interface MembersListOptions extends OutputOptions {
  unit?: string;
  year?: number;
}

export function membersListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(EVIDENCE_CMD.membersListDescription())
    .option('-u, --unit <unit>', EVIDENCE_CMD.optOfCollective())
    .option('-y, --year <year>', WORDS_B.forYear(), parseYear)
    .action((opts: MembersListOptions) => runMembersList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt evidence members list --year 2021', 'tdkt evidence members list --unit phong-gd-dt --json']);
}

export async function runMembersList(opts: MembersListOptions, ctx: Context): Promise<void> {
  const db = (await ctx.registry()).db;
  const collectiveId = opts.unit ? (await resolveRecipient(db, opts.unit, 'collective')).id : undefined;
  const rows = await listMembers(db, { collectiveId, year: opts.year });
  await ctx.print({ columns: membersColumns, rows, empty: EVIDENCE_CMD.noMembers() }, opts);
}
