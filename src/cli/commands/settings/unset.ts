import { Command } from 'commander';
import { setSetting } from '../../../core/settings/settings.js';
import type { Context } from '../../context.js';
import { examples, writes } from '../../options.js';

export function settingsUnsetCommand(ctx: Context): Command {
  const cmd = new Command('unset')
    .description('return a setting to its default')
    .argument('<key>', 'the setting')
    .action((key: string) => runSettingsUnset(key, ctx));
  return examples(writes(cmd), ['tdkt settings unset quota.cstdcs-share']);
}

export async function runSettingsUnset(key: string, ctx: Context): Promise<void> {
  const row = await setSetting(await ctx.registry(), key, null);
  ctx.info(`${row.key} is unset (default: ${row.default ?? 'none'})`);
}
