import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { membersColumns } from '../../views/checks.js';

export interface MembersSetOptions extends OutputOptions {
  year?: number;
  count?: string;
  ldtt?: string;
  cstdcs?: string;
  completed?: string;
  note?: string;
}

export function membersSetCommand(ctx: Context): Command {
  const cmd = new Command('set')
    .description('record a collective\'s member count for a year, and the counts it declares (else derived from the registry)')
    .argument('<collective>', 'reference or name')
    .option('-y, --year <year>', 'the year', parseYear)
    .option('--count <n>', 'number of members')
    .option('--ldtt <n>', 'members with LDTT, as declared (default: counted in the registry)')
    .option('--cstdcs <n>', 'members with CSTDCS, as declared (default: counted in the registry)')
    .option('--completed <n>', 'members who completed their duties (default: from their ratings)')
    .option('--note <note>', 'free note')
    .action((who: string, opts: MembersSetOptions) => runMembersSet(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence members set phong-gd-dt --year 2021 --count 12',
    'tdkt evidence members set "truong thcs ngo quyen" --year 2021 --count 48 --ldtt 40 --cstdcs 5 --completed 48',
  ]);
}

export async function runMembersSet(who: string, opts: MembersSetOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2021', async (p) => Number(await p.input({ message: 'Year' })));
  const count = await ask(ctx, opts.count, '--count', '25', (p) => p.input({ message: 'Number of members' }));
  const { setMembers } = await import('../../../core/evidence/service.js');
  const m = await setMembers(await ctx.registry(), {
    collective: who,
    year,
    member_count: count,
    ldtt_count: opts.ldtt,
    cstdcs_count: opts.cstdcs,
    completed_count: opts.completed,
    note: opts.note,
  });
  const verb = m.outcome === 'created' ? 'Recorded' : m.outcome === 'updated' ? 'Replaced' : 'Unchanged:';
  ctx.info(`${verb} members of ${m.collective_name} for ${m.year}: ${m.member_count} (LDTT ${m.ldtt_share}%)`);
  if (opts.json || opts.format) await ctx.printRecord(membersColumns, m, opts);
}
