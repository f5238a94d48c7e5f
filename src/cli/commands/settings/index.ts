import { Command } from 'commander';
import type { Context } from '../../context.js';
import { settingsGetCommand } from './get.js';
import { settingsListCommand } from './list.js';
import { settingsSetCommand } from './set.js';
import { settingsUnsetCommand } from './unset.js';

export function settingsCommand(ctx: Context): Command {
  return new Command('settings')
    .addCommand(settingsListCommand(ctx))
    .addCommand(settingsGetCommand(ctx))
    .addCommand(settingsSetCommand(ctx))
    .addCommand(settingsUnsetCommand(ctx));
}
