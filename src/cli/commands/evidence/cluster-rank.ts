import { Command, InvalidArgumentError } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';
import { clusterMemberColumns } from './cluster-columns.js';

export interface ClusterRankOptions extends OutputOptions {
  year?: number;
  rank?: number;
  leading?: boolean;
  note?: string;
}

function parseRank(v: string): number {
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new InvalidArgumentError(CLUSTER.rankWhole());
  return Number(v);
}

export function clusterRankCommand(ctx: Context): Command {
  const cmd = new Command('rank')
    .description(CLUSTER.rankDescribe())
    .argument('<cluster>', CLUSTER.argCluster())
    .argument('<collective>', CLUSTER.argCollective())
    .option('-y, --year <year>', CLUSTER.optYear(), parseYear)
    .option('--rank <n>', CLUSTER.optRank(), parseRank)
    .option('--leading', CLUSTER.optLeading())
    .option('--no-leading', CLUSTER.optNotLeading())
    .option('--note <note>', CLUSTER.optNote())
    .action((cluster: string, collective: string, opts: ClusterRankOptions) => runClusterRank(cluster, collective, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence cluster rank cum-thi-dua-cac-quan ubnd-quan-le-chan --year 2024 --rank 1 --leading',
    'tdkt evidence cluster rank cum-thi-dua-cac-quan ubnd-quan-ngo-quyen --year 2024 --rank 2',
  ]);
}

/** Records the collective in the cluster for the year if it is not there yet, with its rank and leading mark. */
export async function runClusterRank(cluster: string, collective: string, opts: ClusterRankOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2024', async (p) => Number(await p.input({ message: CLUSTER.promptYear() })));
  const { setClusterMembers } = await import('../../../core/evidence/cluster.js');
  const [m] = await setClusterMembers(await ctx.registry(), { cluster, year, collectives: [collective], rank: opts.rank, leading: opts.leading, note: opts.note });
  ctx.info(CLUSTER.ranked(m.collective_name, m.cluster_name, String(m.year), m.rank === null ? '' : String(m.rank), m.leading));
  if (opts.json || opts.format) await ctx.printRecord(clusterMemberColumns(), m, opts);
}
