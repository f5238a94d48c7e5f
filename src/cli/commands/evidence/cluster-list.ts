import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput } from '../../options.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';
import { clusterColumns } from './cluster-columns.js';

export interface ClusterListOptions extends OutputOptions {
  year?: number;
}

export function clusterListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(CLUSTER.listDescribe())
    .option('-y, --year <year>', CLUSTER.optYearFilter(), parseYear)
    .action((opts: ClusterListOptions) => runClusterList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt evidence cluster list', 'tdkt evidence cluster list --year 2024 --json']);
}

export async function runClusterList(opts: ClusterListOptions, ctx: Context): Promise<void> {
  const { listClusters } = await import('../../../core/evidence/cluster.js');
  const rows = await listClusters((await ctx.registry()).db, { year: opts.year });
  const columns = clusterColumns().filter((c) => opts.year !== undefined || (c.key !== 'members' && c.key !== 'leading'));
  await ctx.print({ columns, rows, empty: CLUSTER.noClusters() }, opts);
}
