import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';
import { clusterMemberColumns } from './cluster-columns.js';

export interface ClusterMemberOptions extends OutputOptions {
  year?: number;
  note?: string;
}

export function clusterMemberCommand(ctx: Context): Command {
  const cmd = new Command('member')
    .description(CLUSTER.memberDescribe())
    .argument('<cluster>', CLUSTER.argCluster())
    .argument('<collectives...>', CLUSTER.argCollectives())
    .option('-y, --year <year>', CLUSTER.optYear(), parseYear)
    .option('--note <note>', CLUSTER.optNote())
    .action((cluster: string, collectives: string[], opts: ClusterMemberOptions) => runClusterMember(cluster, collectives, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence cluster member cum-thi-dua-cac-quan ubnd-quan-le-chan ubnd-quan-ngo-quyen --year 2024',
    'tdkt evidence cluster member "cum cac quan" "quận Hải An" --year 2024',
  ]);
}

export async function runClusterMember(cluster: string, collectives: string[], opts: ClusterMemberOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2024', async (p) => Number(await p.input({ message: CLUSTER.promptYear() })));
  const { setClusterMembers } = await import('../../../core/evidence/cluster.js');
  const rows = await setClusterMembers(await ctx.registry(), { cluster, year, collectives, note: opts.note });
  for (const m of rows) ctx.info(CLUSTER.memberOutcome(m.outcome, m.collective_name, m.cluster_name, String(m.year)));
  if (opts.json || opts.format) await ctx.print({ columns: clusterMemberColumns(), rows }, opts);
}
