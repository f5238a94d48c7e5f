import { Command } from 'commander';
import type { Context } from '../../context.js';
import { ceremonyAddCommand } from './add.js';
import { ceremonyEditCommand, ceremonyMoveCommand, ceremonyWithdrawCommand } from './edit.js';
import { ceremonyListCommand } from './list.js';
import { ceremonyPresentCommand } from './present.js';
import { ceremonyScriptCommand } from './script.js';
import { ceremonyShowCommand } from './show.js';

export function ceremonyCommand(ctx: Context): Command {
  return new Command('ceremony')
    .addCommand(ceremonyAddCommand(ctx))
    .addCommand(ceremonyListCommand(ctx))
    .addCommand(ceremonyShowCommand(ctx))
    .addCommand(ceremonyPresentCommand(ctx))
    .addCommand(ceremonyScriptCommand(ctx))
    .addCommand(ceremonyEditCommand(ctx))
    .addCommand(ceremonyMoveCommand(ctx))
    .addCommand(ceremonyWithdrawCommand(ctx));
}
