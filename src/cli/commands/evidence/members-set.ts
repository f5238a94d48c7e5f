import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { membersColumns } from '../../views/checks.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

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
    .description(EVIDENCE_CMD.membersSetDescription())
    .argument('<collective>', WORDS_B.refOrName())
    .option('-y, --year <year>', EVIDENCE_CMD.optTheYear(), parseYear)
    .option('--count <n>', EVIDENCE_CMD.optCount())
    .option('--ldtt <n>', EVIDENCE_CMD.optLdtt())
    .option('--cstdcs <n>', EVIDENCE_CMD.optCstdcs())
    .option('--completed <n>', EVIDENCE_CMD.optCompleted())
    .option('--note <note>', WORDS_B.freeNote())
    .action((who: string, opts: MembersSetOptions) => runMembersSet(who, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence members set phong-gd-dt --year 2021 --count 12',
    'tdkt evidence members set "truong thcs ngo quyen" --year 2021 --count 48 --ldtt 40 --cstdcs 5 --completed 48',
  ]);
}

export async function runMembersSet(who: string, opts: MembersSetOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2021', async (p) => Number(await p.input({ message: EVIDENCE_CMD.askYear() })));
  const count = await ask(ctx, opts.count, '--count', '25', (p) => p.input({ message: EVIDENCE_CMD.askCount() }));
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
  ctx.info(EVIDENCE_CMD.membersDone(m.outcome, m.collective_name, m.year, m.member_count, m.ldtt_share));
  if (opts.json || opts.format) await ctx.printRecord(membersColumns, m, opts);
}
