import { Command } from 'commander';
import { searchRegistry } from '../../core/search.js';
import type { Context, OutputOptions } from '../context.js';
import { examples, parseCount, withOutput } from '../options.js';
import { listModel, searchColumns } from '../views/records.js';
import { SEARCH } from '../../i18n/messages/commands-b.js';

export function searchCommand(ctx: Context): Command {
  const cmd = new Command('search')
    .argument('<words...>', SEARCH.argWords())
    .option('--limit <n>', SEARCH.optLimit(), parseCount('--limit'))
    .action((words: string[], opts: OutputOptions & { limit: string }) => runSearch(words, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt search du hang kenh', 'tdkt search dong hai --json']);
}

export async function runSearch(words: string[], opts: OutputOptions & { limit: string }, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const hits = await searchRegistry(reg.db, words.join(' '), Number(opts.limit ?? 50));
  await ctx.print(listModel(searchColumns, hits, SEARCH.nothing(words.join(' '))), opts);
}
