import { Command } from 'commander';
import { REVOCATION_GROUNDS } from '../../../core/domain.js';
import { parseDate, parseDecisionNumber } from '../../../core/parse.js';
import type { Revocation } from '../../../core/award/revoke.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseId, withOutput, writes } from '../../options.js';
import { ask, confirmOrYes } from '../../prompt.js';
import { CORRECTIONS } from '../../views/corrections.js';
import { revocationColumns } from '../../views/audit.js';
import { humanDate } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { AWARD_CMD } from '../../../i18n/messages/commands-a-award.js';

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
    .option('--by <number>', AWARD_CMD.byWithdrawing())
    .option('--date <date>', COMMON_A.itsDate())
    .option('--body <body>', AWARD_CMD.bodyWithdrawing())
    .option('--note <text>', AWARD_CMD.noteWithdrawing());
  if (withGround) cmd.option('-g, --ground <ground>', AWARD_CMD.optGround(REVOKE_GROUNDS.map((g) => `${g} ${REVOCATION_GROUNDS[g].replace(/ \(.*\)$/, '')}`).join('; ')));
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
  const by = await ask(ctx, opts.by, '--by', '30/QĐ-UBND', (p) => p.input({ message: AWARD_CMD.askWithdrawing(), validate: validNumber }));
  const date = await ask(ctx, opts.date, '--date', '2023-05-10', (p) => p.input({ message: COMMON_A.itsDatePrompt(), validate: validDate }));
  const ground = withGround
    ? await ask(ctx, opts.ground, '--ground', 'a', (p) =>
        p.select({ message: AWARD_CMD.askGround(), choices: REVOKE_GROUNDS.map((g) => ({ name: AWARD_CMD.groundChoice(g, REVOCATION_GROUNDS[g]), value: g as string })) }),
      )
    : undefined;
  return { decision: by, date, body: opts.body, note: opts.note, ground };
}

export async function printWithdrawal(ctx: Context, r: Revocation, opts: OutputOptions): Promise<void> {
  const by = r.revocation_symbol ? AWARD_CMD.withdrawnBy(r.revocation_symbol, humanDate(r.revocation_date ?? '')) : '';
  const ground = r.ground ? AWARD_CMD.withdrawnGround(r.ground) : r.note ? `: ${r.note}` : '';
  ctx.info(AWARD_CMD.withdrawn(String(r.award_id), r.status, by, ground, r.award_type, r.recipient_name, r.period, r.decision_symbol));
  if (opts.json || opts.format) await ctx.printRecord(revocationColumns, r, opts);
  else ctx.io.stdout.write(`${r.award_id}\n`);
}

export function awardRevokeCommand(ctx: Context): Command {
  const cmd = new Command('revoke')
    .description(AWARD_CMD.revokeDescription())
    .argument('<award>', COMMON_A.awardId(), parseId);
  withdrawingDecisionOptions(cmd, true)
    .option('-y, --yes', COMMON_A.yes())
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
