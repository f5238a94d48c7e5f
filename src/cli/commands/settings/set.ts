import { Command } from 'commander';
import { SETTINGS, setSetting } from '../../../core/settings/settings.js';
import type { Context } from '../../context.js';
import { examples, writes } from '../../options.js';

export function settingsSetCommand(ctx: Context): Command {
  const cmd = new Command('set')
    .description(`set a setting (${SETTINGS.map((s) => s.key).join(', ')})`)
    .argument('<key>', 'the setting')
    .argument('<value>', 'its value')
    .action((key: string, value: string) => runSettingsSet(key, value, ctx));
  return examples(writes(cmd), ['tdkt settings set quota.cstdcs-share 15', 'tdkt settings set award.strict true', 'tdkt settings set awards.complete-from 2019']);
}

export async function runSettingsSet(key: string, value: string, ctx: Context): Promise<void> {
  const row = await setSetting(await ctx.registry(), key, value);
  ctx.info(`${row.key} = ${row.value}`);
}
