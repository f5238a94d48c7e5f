import { Command } from 'commander';
import type { Context } from '../../context.js';
import { examples } from '../../options.js';
import { humanTime } from '../../../i18n/index.js';
import { AUDIT_CMD } from '../../../i18n/messages/commands-a-records.js';

export function auditAnchorCommand(ctx: Context): Command {
  const cmd = new Command('anchor')
    .description(AUDIT_CMD.anchorDescription())
    .action(() => runAuditAnchor(ctx));
  return examples(cmd, ['tdkt audit anchor', 'tdkt audit verify --anchor 612:3f2a9c01d4e5']);
}

export async function runAuditAnchor(ctx: Context): Promise<void> {
  const reg = await ctx.registry({ asIs: true });
  const head = await reg.db.selectFrom('audit_event').select(['id', 'hash', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!head) {
    ctx.info(AUDIT_CMD.anchorEmpty());
    return;
  }
  const { anchorCode } = await import('../../../core/trust/anchors.js');
  const code = anchorCode(head);
  ctx.io.stdout.write(`${code}\n`);
  ctx.info(AUDIT_CMD.anchorHead(String(head.id), humanTime(head.at), code));
}
