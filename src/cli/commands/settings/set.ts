import { Command } from 'commander';
import { SETTINGS, setSetting } from '../../../core/settings/settings.js';
import type { Context } from '../../context.js';
import { examples, writes } from '../../options.js';
import { SETTINGS_CMD } from '../../../i18n/messages/commands-b.js';

export function settingsSetCommand(ctx: Context): Command {
  const cmd = new Command('set')
    .description(SETTINGS_CMD.setDescription(SETTINGS.map((s) => s.key).join(', ')))
    .argument('<key>', SETTINGS_CMD.argKey())
    .argument('<value>', SETTINGS_CMD.argValue())
    .action((key: string, value: string) => runSettingsSet(key, value, ctx));
  return examples(writes(cmd), [
    'tdkt settings set quota.cstdcs-share 15',
    'tdkt settings set award.strict true',
    'tdkt settings set awards.complete-from 2019', // i18n-ignore: a command line
  ]);
}

export async function runSettingsSet(key: string, value: string, ctx: Context): Promise<void> {
  const row = await setSetting(await ctx.registry(), key, value);
  ctx.info(`${row.key} = ${row.value}`);
}
