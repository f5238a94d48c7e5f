import { Command } from 'commander';
import type { Context } from '../../context.js';
import { awardAddCommand } from './add.js';
import { awardListCommand } from './list.js';

export function awardCommand(ctx: Context): Command {
  return new Command('award')
    .addCommand(awardAddCommand(ctx))
    .addCommand(awardListCommand(ctx));
}
