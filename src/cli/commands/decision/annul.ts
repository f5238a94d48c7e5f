import { Command } from 'commander';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { confirmOrYes } from '../../prompt.js';
import { revocationModel } from '../../views/audit.js';
import { CORRECTIONS } from '../../views/corrections.js';
import { askWithdrawal, withdrawingDecisionOptions, type WithdrawOptions } from '../award/revoke.js';
import { humanNumber } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { DECISION_CMD } from '../../../i18n/messages/commands-a-records.js';

interface AnnulOptions extends WithdrawOptions, OutputOptions {
  yes?: boolean;
}

export function decisionAnnulCommand(ctx: Context): Command {
  const cmd = new Command('annul')
    .description(DECISION_CMD.annulDescription())
    .argument('<decision>', COMMON_A.decisionRef('215/QĐ-UBND'));
  withdrawingDecisionOptions(cmd, true)
    .option('-y, --yes', COMMON_A.yes())
    .action((query: string, opts: AnnulOptions) => runDecisionAnnul(query, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), ['tdkt decision annul 215/QĐ-UBND --by 31/QĐ-UBND --date 2023-05-10 --ground c --yes']);
}

export async function runDecisionAnnul(query: string, opts: AnnulOptions, ctx: Context): Promise<void> {
  const w = await askWithdrawal(ctx, opts, true);
  const reg = await ctx.registry();
  const { resolveDecision } = await import('../../../core/resolve.js');
  const { listAwards } = await import('../../../core/award/queries.js');
  const d = await resolveDecision(reg.db, query);
  const all = await listAwards(reg.db, { decisionId: d.id, includeRevoked: true });
  const open = all.filter((a) => a.status === 'active');
  if (!opts.yes && open.length) {
    if (ctx.canPrompt) ctx.info(CORRECTIONS.annulPreview(d.symbol, d.date, open, all.length - open.length, w.decision, w.ground!));
    await confirmOrYes(ctx, opts.yes, CORRECTIONS.annulQuestion(d.symbol, open.length), 'decision annul');
  }
  const { annulDecision } = await import('../../../core/write.js');
  const r = await annulDecision(reg, d.ref, { ...w, ground: w.ground! });
  ctx.info(DECISION_CMD.annulled(r.decision_symbol, humanNumber(r.revoked.length), r.skipped ? humanNumber(r.skipped) : ''));
  if (opts.json || opts.format) await ctx.print(revocationModel(r.revoked), opts);
  else ctx.io.stdout.write(`${r.revoked.length}\n`);
}
