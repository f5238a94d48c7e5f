import { Command } from 'commander';
import type { Context } from '../../context.js';
import { awardAddCommand } from './add.js';
import { awardListCommand } from './list.js';

export function awardCommand(ctx: Context): Command {
  return new Command('award')
    .description('award lines: who receives which title or form, by which decision')
    .addCommand(awardAddCommand(ctx))
    .addCommand(awardListCommand(ctx));
}
