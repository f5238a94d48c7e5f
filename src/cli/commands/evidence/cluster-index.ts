/** `tdkt evidence cluster …`: emulation clusters and blocks, their members by year and their ranking. */
import { Command } from 'commander';
import type { Context } from '../../context.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';
import { clusterAddCommand } from './cluster-add.js';
import { clusterListCommand } from './cluster-list.js';
import { clusterMemberCommand } from './cluster-member.js';
import { clusterRankCommand } from './cluster-rank.js';
import { clusterRemoveCommand } from './cluster-remove.js';
import { clusterShowCommand } from './cluster-show.js';

export function clusterCommand(ctx: Context): Command {
  return new Command('cluster')
    .description(CLUSTER.group())
    .addCommand(clusterAddCommand(ctx))
    .addCommand(clusterListCommand(ctx))
    .addCommand(clusterShowCommand(ctx))
    .addCommand(clusterMemberCommand(ctx))
    .addCommand(clusterRankCommand(ctx))
    .addCommand(clusterRemoveCommand(ctx));
}
