import { Command } from 'commander';
import type { Context } from '../../context.js';
import { awardAddCommand } from './add.js';
import { awardEditCommand } from './edit.js';
import { awardListCommand } from './list.js';
import { awardReinstateCommand } from './reinstate.js';
import { awardRevokeCommand } from './revoke.js';
import { awardStripCommand } from './strip.js';
import { awardVoidCommand } from './void.js';

export function awardCommand(ctx: Context): Command {
  return new Command('award')
    .addCommand(awardAddCommand(ctx))
    .addCommand(awardListCommand(ctx))
    .addCommand(awardEditCommand(ctx))
    .addCommand(awardRevokeCommand(ctx))
    .addCommand(awardStripCommand(ctx))
    .addCommand(awardVoidCommand(ctx))
    .addCommand(awardReinstateCommand(ctx));
}
