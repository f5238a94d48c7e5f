import { Command } from 'commander';
import type { Context } from '../../context.js';
import { awardTypeAddCommand } from './add.js';
import { awardTypeEditCommand } from './edit.js';
import { awardTypeListCommand } from './list.js';
import { awardTypeShowCommand } from './show.js';

export function awardTypeCommand(ctx: Context): Command {
  return new Command('award-type')
    .addCommand(awardTypeListCommand(ctx))
    .addCommand(awardTypeShowCommand(ctx))
    .addCommand(awardTypeAddCommand(ctx))
    .addCommand(awardTypeEditCommand(ctx));
}
