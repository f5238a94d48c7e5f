import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';
import { clusterMemberColumns } from './cluster-columns.js';

export interface ClusterRemoveOptions extends OutputOptions {
  year?: number;
}

export function clusterRemoveCommand(ctx: Context): Command {
  const cmd = new Command('remove')
    .description(CLUSTER.removeDescribe())
    .argument('<cluster>', CLUSTER.argCluster())
    .argument('<collective>', CLUSTER.argCollective())
    .option('-y, --year <year>', CLUSTER.optYear(), parseYear)
    .action((cluster: string, collective: string, opts: ClusterRemoveOptions) => runClusterRemove(cluster, collective, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt evidence cluster remove cum-thi-dua-cac-quan ubnd-huyen-kien-thuy --year 2024']);
}

export async function runClusterRemove(cluster: string, collective: string, opts: ClusterRemoveOptions, ctx: Context): Promise<void> {
  const year = await ask(ctx, opts.year, '--year', '2024', async (p) => Number(await p.input({ message: CLUSTER.promptYear() })));
  const { removeClusterMember } = await import('../../../core/evidence/cluster.js');
  const m = await removeClusterMember(await ctx.registry(), { cluster, collective, year });
  ctx.info(CLUSTER.removed(m.collective_name, m.cluster_name, String(m.year)));
  if (opts.json || opts.format) await ctx.printRecord(clusterMemberColumns(), m, opts);
}
