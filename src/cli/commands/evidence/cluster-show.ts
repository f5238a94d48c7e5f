import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput } from '../../options.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';
import { clusterMemberColumns } from './cluster-columns.js';

export interface ClusterShowOptions extends OutputOptions {
  year?: number;
}

export function clusterShowCommand(ctx: Context): Command {
  const cmd = new Command('show')
    .description(CLUSTER.showDescribe())
    .argument('<cluster>', CLUSTER.argCluster())
    .option('-y, --year <year>', CLUSTER.optYearFilter(), parseYear)
    .action((cluster: string, opts: ClusterShowOptions) => runClusterShow(cluster, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt evidence cluster show cum-thi-dua-cac-quan --year 2024', 'tdkt evidence cluster show "cum cac quan" --json']);
}

export async function runClusterShow(query: string, opts: ClusterShowOptions, ctx: Context): Promise<void> {
  const { listClusterMembers, resolveCluster } = await import('../../../core/evidence/cluster.js');
  const db = (await ctx.registry()).db;
  const c = await resolveCluster(db, query);
  const rows = await listClusterMembers(db, { clusterId: c.id, year: opts.year });
  await ctx.print({ columns: clusterMemberColumns(), rows, title: CLUSTER.membersTitle(c.name, c.organizer_name), empty: CLUSTER.noMembers() }, opts);
}
