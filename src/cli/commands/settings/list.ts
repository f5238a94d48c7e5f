import { Command } from 'commander';
import { listSettings } from '../../../core/settings/settings.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { settingColumns } from '../../views/checks.js';
import { SETTINGS_CMD } from '../../../i18n/messages/commands-b.js';

export function settingsListCommand(ctx: Context): Command {
  const cmd = new Command('list').description(SETTINGS_CMD.listDescription()).action((opts: OutputOptions) => runSettingsList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt settings list', 'tdkt settings list --json']);
}

export async function runSettingsList(opts: OutputOptions, ctx: Context): Promise<void> {
  await ctx.print({ columns: settingColumns, rows: await listSettings((await ctx.registry()).db) }, opts);
}
