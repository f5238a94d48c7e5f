import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { isPostgresUrl } from '../../core/paths.js';
import type { Context } from '../context.js';
import { creates, examples, writes } from '../options.js';
import { INIT } from '../../i18n/messages/commands-b.js';

export function initCommand(ctx: Context): Command {
  const cmd = new Command('init')
    .action(() => runInit(ctx));
  return examples(creates(writes(cmd)), ['tdkt init', 'tdkt --db ./le-chan.sqlite init', 'TDKT_DB=./le-chan.sqlite tdkt init']);
}

export async function runInit(ctx: Context): Promise<void> {
  const path = ctx.registryPath();
  // A database on a server may hold a registry already: the open says whether it built one.
  const existed = isPostgresUrl(path) || existsSync(path);
  const reg = await ctx.registry();
  const { count } = await reg.db.selectFrom('award_type').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  ctx.info(existed && !reg.created ? INIT.exists(count) : INIT.created(count));
  ctx.io.stdout.write(`${reg.path}\n`);
}
