import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';
import { clusterColumns } from './cluster-columns.js';

export interface ClusterAddOptions extends OutputOptions {
  name?: string;
  ref?: string;
  kind?: string;
  organizer?: string;
  note?: string;
}

export function clusterAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description(CLUSTER.addDescribe())
    .option('--name <name>', CLUSTER.optName())
    .option('--ref <ref>', CLUSTER.optRef())
    .option('--kind <kind>', CLUSTER.optKind())
    .option('--organizer <body>', CLUSTER.optOrganizer())
    .option('--note <note>', CLUSTER.optNote())
    .action((opts: ClusterAddOptions) => runClusterAdd(opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt evidence cluster add --name "Cụm thi đua các quận" --organizer ubnd-tp-hai-phong',
    'tdkt evidence cluster add --name "Khối các sở" --kind block --organizer ubnd-tp-hai-phong --ref khoi-so',
    'tdkt evidence cluster add --name "Cụm thi đua số 1" --organizer hd-tdkt-tw',
  ]);
}

export async function runClusterAdd(opts: ClusterAddOptions, ctx: Context): Promise<void> {
  const name = await ask(ctx, opts.name, '--name', '"Cụm thi đua các quận"', (p) => p.input({ message: CLUSTER.promptName() }));
  const organizer = await ask(ctx, opts.organizer, '--organizer', 'ubnd-tp-hai-phong', (p) => p.input({ message: CLUSTER.promptOrganizer() }));
  const { addCluster } = await import('../../../core/evidence/cluster.js');
  const c = await addCluster(await ctx.registry(), { name, ref: opts.ref, kind: opts.kind, organizer, note: opts.note });
  ctx.info(CLUSTER.added(c.ref, c.name, c.organizer_name));
  if (opts.json || opts.format) await ctx.printRecord(clusterColumns(), c, opts);
  else ctx.io.stdout.write(`${c.ref}\n`);
}
