import { Command } from 'commander';
import { setSetting } from '../../../core/settings/settings.js';
import type { Context } from '../../context.js';
import { examples, writes } from '../../options.js';
import { SETTINGS_CMD } from '../../../i18n/messages/commands-b.js';

export function settingsUnsetCommand(ctx: Context): Command {
  const cmd = new Command('unset')
    .description(SETTINGS_CMD.unsetDescription())
    .argument('<key>', SETTINGS_CMD.argKey())
    .action((key: string) => runSettingsUnset(key, ctx));
  return examples(writes(cmd), ['tdkt settings unset quota.cstdcs-share']);
}

export async function runSettingsUnset(key: string, ctx: Context): Promise<void> {
  const row = await setSetting(await ctx.registry(), key, null);
  ctx.info(SETTINGS_CMD.unset(row.key, row.default ?? null));
}
