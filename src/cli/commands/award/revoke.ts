import { Command } from 'commander';
import { REVOCATION_GROUNDS } from '../../../core/domain.js';
import { parseDate, parseDecisionNumber } from '../../../core/parse.js';
import type { Revocation } from '../../../core/award/revoke.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { ask, confirmOrYes } from '../../prompt.js';
import { CORRECTIONS } from '../../views/corrections.js';
import { revocationColumns } from '../../views/audit.js';

/** Grounds a–d of Art. 93 (stripping has its own ground). Not imported from the service: that loads zod. */
const REVOKE_GROUNDS = (Object.keys(REVOCATION_GROUNDS) as (keyof typeof REVOCATION_GROUNDS)[]).filter((g) => g !== 'prison');

export interface WithdrawOptions extends OutputOptions {
  yes?: boolean;
  by?: string;
  date?: string;
  ground?: string;
  body?: string;
  note?: string;
}

/** The withdrawing decision's options; shared by award revoke, award strip and decision annul. */
export function withdrawingDecisionOptions(cmd: Command, withGround: boolean): Command {
  cmd
    .option('--by <number>', 'number and symbol of the withdrawing decision, e.g. 30/QĐ-UBND')
    .option('--date <date>', 'its date: YYYY-MM-DD or DD/MM/YYYY')
    .option('--body <body>', 'the body that signed it (default: the body that conferred the award)')
    .option('--note <text>', 'note: what was found, the case file, money recovered');
  if (withGround) cmd.option('-g, --ground <ground>', `ground of Art. 93: ${REVOKE_GROUNDS.map((g) => `${g} ${REVOCATION_GROUNDS[g].replace(/ \(.*\)$/, '')}`).join('; ')}`);
  return cmd;
}

/** A decision number, checked as it is typed at a prompt (a bad one is asked again). */
export const validNumber = (v: string): true | string => {
  const r = parseDecisionNumber(v);
  return r.ok ? true : r.message;
};

/** A date, checked as it is typed at a prompt. */
export const validDate = (v: string): true | string => {
  const r = parseDate(v);
  return r.ok ? true : r.message;
};

/** The withdrawing decision from the options, asking on a TTY for what is missing. */
export async function askWithdrawal(ctx: Context, opts: WithdrawOptions, withGround: boolean) {
  const by = await ask(ctx, opts.by, '--by', '30/QĐ-UBND', (p) => p.input({ message: 'Number and symbol of the withdrawing decision (e.g. 30/QĐ-UBND)', validate: validNumber }));
  const date = await ask(ctx, opts.date, '--date', '2023-05-10', (p) => p.input({ message: 'Its date (YYYY-MM-DD or DD/MM/YYYY)', validate: validDate }));
  const ground = withGround
    ? await ask(ctx, opts.ground, '--ground', 'a', (p) =>
        p.select({ message: 'Ground (Art. 93)', choices: REVOKE_GROUNDS.map((g) => ({ name: `${g}  ${REVOCATION_GROUNDS[g]}`, value: g as string })) }),
      )
    : undefined;
  return { decision: by, date, body: opts.body, note: opts.note, ground };
}

export async function printWithdrawal(ctx: Context, r: Revocation, opts: OutputOptions): Promise<void> {
  const by = r.revocation_symbol ? ` by ${r.revocation_symbol} of ${r.revocation_date}` : '';
  const ground = r.ground ? `, ground ${r.ground}` : r.note ? `: ${r.note}` : '';
  ctx.info(`Award #${r.award_id} is ${r.status}${by}${ground} (${r.award_type} to ${r.recipient_name}, ${r.period}, ${r.decision_symbol}); the line stays in history.`);
  if (opts.json || opts.format) await ctx.printRecord(revocationColumns, r, opts);
  else ctx.io.stdout.write(`${r.award_id}\n`);
}

export function awardRevokeCommand(ctx: Context): Command {
  const cmd = new Command('revoke')
    .description('revoke an award line (thu hồi, Art. 93) by a decision of its own, on ground a–d; the line stays, marked')
    .argument('<award>', 'award line id, e.g. 12 or #12', parseId);
  withdrawingDecisionOptions(cmd, true)
    .option('-y, --yes', 'do not ask for confirmation (needed when not on a terminal)')
    .action((id: number, opts: WithdrawOptions) => runAwardRevoke(id, opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt award revoke 12 --by 30/QĐ-UBND --date 10/05/2023 --ground b --note "Hồ sơ giả mạo; đã thu hồi tiền thưởng"',
    'tdkt award revoke 41 --by 88/QĐ-UBND --date 2023-06-01 --ground d --body ubnd-hai-phong --yes',
  ]);
}

export async function runAwardRevoke(id: number, opts: WithdrawOptions, ctx: Context): Promise<void> {
  const w = await askWithdrawal(ctx, opts, true);
  const reg = await ctx.registry();
  const { getAward } = await import('../../../core/award/queries.js');
  const a = await getAward(reg.db, id);
  if (!opts.yes && a.status === 'active') {
    if (ctx.canPrompt) ctx.info(CORRECTIONS.revokePreview(a, w.decision, w.date, w.ground!));
    await confirmOrYes(ctx, opts.yes, CORRECTIONS.revokeQuestion(id), 'award revoke');
  }
  const { revokeAward } = await import('../../../core/write.js');
  const r = await revokeAward(reg, id, { ...w, ground: w.ground! });
  await printWithdrawal(ctx, r, opts);
}
