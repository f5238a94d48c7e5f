import { Command } from 'commander';
import type { Context } from '../../context.js';
import { settingsGetCommand } from './get.js';
import { settingsListCommand } from './list.js';
import { settingsSetCommand } from './set.js';
import { settingsUnsetCommand } from './unset.js';

export function settingsCommand(ctx: Context): Command {
  return new Command('settings')
    .description('settings of this registry: quotas and how strict award add is')
    .addCommand(settingsListCommand(ctx))
    .addCommand(settingsGetCommand(ctx))
    .addCommand(settingsSetCommand(ctx))
    .addCommand(settingsUnsetCommand(ctx));
}
