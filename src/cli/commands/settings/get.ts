import { Command } from 'commander';
import { getSetting } from '../../../core/settings/settings.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { settingColumns } from '../../views/checks.js';
import { SETTINGS_CMD } from '../../../i18n/messages/commands-b.js';

export function settingsGetCommand(ctx: Context): Command {
  const cmd = new Command('get')
    .description(SETTINGS_CMD.getDescription())
    .argument('<key>', SETTINGS_CMD.argKeyExample())
    .action((key: string, opts: OutputOptions) => runSettingsGet(key, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt settings get quota.cstdcs-share', 'tdkt settings get award.strict --json']);
}

export async function runSettingsGet(key: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const row = await getSetting((await ctx.registry()).db, key);
  if (opts.json || opts.format) await ctx.printRecord(settingColumns, row, opts);
  else ctx.io.stdout.write(`${row.value ?? ''}\n`);
}
