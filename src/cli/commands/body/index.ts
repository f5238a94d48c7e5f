import { Command } from 'commander';
import type { Context } from '../../context.js';
import { bodyAddCommand } from './add.js';
import { bodyEditCommand } from './edit.js';
import { bodyListCommand } from './list.js';
import { bodySettingCommand } from './setting.js';

export function bodyCommand(ctx: Context): Command {
  return new Command('body')
    .addCommand(bodyAddCommand(ctx))
    .addCommand(bodyListCommand(ctx))
    .addCommand(bodyEditCommand(ctx))
    .addCommand(bodySettingCommand(ctx));
}
