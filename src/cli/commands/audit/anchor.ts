import { Command } from 'commander';
import type { Context } from '../../context.js';
import { examples } from '../../options.js';

export function auditAnchorCommand(ctx: Context): Command {
  const cmd = new Command('anchor')
    .description('print the head of the audit trail as a short code to write on the paper decision; later: tdkt audit verify --anchor <code>')
    .action(() => runAuditAnchor(ctx));
  return examples(cmd, ['tdkt audit anchor', 'tdkt audit verify --anchor 612:3f2a9c01d4e5']);
}

export async function runAuditAnchor(ctx: Context): Promise<void> {
  const reg = await ctx.registry({ asIs: true });
  const head = reg.sqlite.prepare('SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string; at: string } | undefined;
  if (!head) {
    ctx.info('The audit trail is empty: nothing to anchor yet.');
    return;
  }
  const { anchorCode } = await import('../../../core/trust/anchors.js');
  const code = anchorCode(head);
  ctx.io.stdout.write(`${code}\n`);
  ctx.info(`Head of the audit trail: event #${head.id} of ${head.at}. Write ${code} on the paper; later, tdkt audit verify --anchor ${code} proves history up to it unchanged.`);
}
