import { Command } from 'commander';
import type { Context } from '../../context.js';
import { decisionAddCommand } from './add.js';
import { decisionAnnulCommand } from './annul.js';
import { decisionEditCommand } from './edit.js';
import { decisionListCommand } from './list.js';
import { decisionPrintCommand } from './print.js';
import { decisionShowCommand } from './show.js';

export function decisionCommand(ctx: Context): Command {
  return new Command('decision')
    .addCommand(decisionAddCommand(ctx))
    .addCommand(decisionListCommand(ctx))
    .addCommand(decisionShowCommand(ctx))
    .addCommand(decisionPrintCommand(ctx))
    .addCommand(decisionEditCommand(ctx))
    .addCommand(decisionAnnulCommand(ctx));
}
