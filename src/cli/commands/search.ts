import { Command } from 'commander';
import { searchRegistry } from '../../core/search.js';
import type { Context, OutputOptions } from '../context.js';
import { examples, parseCount, withOutput } from '../options.js';
import { listModel, searchColumns } from '../views/records.js';

export function searchCommand(ctx: Context): Command {
  const cmd = new Command('search')
    .argument('<words...>', 'words to find, e.g. du hang kenh')
    .option('--limit <n>', 'at most n results (default: 50)', parseCount('--limit'))
    .action((words: string[], opts: OutputOptions & { limit: string }) => runSearch(words, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt search du hang kenh', 'tdkt search dong hai --json']);
}

export async function runSearch(words: string[], opts: OutputOptions & { limit: string }, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const hits = await searchRegistry(reg.db, words.join(' '), Number(opts.limit ?? 50));
  await ctx.print(listModel(searchColumns, hits, `Nothing matches "${words.join(' ')}".`), opts);
}
