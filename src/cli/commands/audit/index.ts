import { Command } from 'commander';
import type { Context } from '../../context.js';
import { auditAnchorCommand } from './anchor.js';
import { auditLogCommand } from './log.js';
import { auditVerifyCommand } from './verify.js';

export function auditCommand(ctx: Context): Command {
  return new Command('audit')
    .addCommand(auditLogCommand(ctx))
    .addCommand(auditVerifyCommand(ctx))
    .addCommand(auditAnchorCommand(ctx));
}
