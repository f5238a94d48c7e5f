import { Command } from 'commander';
import type { Context } from '../../context.js';
import { recipientAddCommand } from './add.js';
import { recipientEditCommand } from './edit.js';
import { recipientListCommand } from './list.js';
import { recipientProfileCommand } from './profile.js';
import { recipientMergeCommand } from './merge.js';
import { recipientShowCommand } from './show.js';

export function recipientCommand(ctx: Context): Command {
  return new Command('recipient')
    .addCommand(recipientAddCommand(ctx))
    .addCommand(recipientListCommand(ctx))
    .addCommand(recipientShowCommand(ctx))
    .addCommand(recipientEditCommand(ctx))
    .addCommand(recipientProfileCommand(ctx))
    .addCommand(recipientMergeCommand(ctx));
}
