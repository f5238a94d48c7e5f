import { Command } from 'commander';
import { listAwards } from '../../../core/award/queries.js';
import { resolveAwardType, resolveBody, resolveCeremony, resolveDecision, resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseCount, parseYear, withOutput } from '../../options.js';
import { awardColumns, listModel } from '../../views/records.js';
import { AWARD_CMD } from '../../../i18n/messages/commands-a-award.js';

export interface AwardListOptions extends OutputOptions {
  recipient?: string;
  decision?: string;
  type?: string;
  body?: string;
  ceremony?: string;
  year?: number;
  includeRevoked?: boolean;
  limit?: string;
}

/** The options that choose award lines; `award list` and `export awards` share them (see awardFilter). */
export function withAwardFilter(cmd: Command, revokedHelp: string): Command {
  return cmd
    .option('-r, --recipient <recipient>', AWARD_CMD.filterRecipient())
    .option('-d, --decision <decision>', AWARD_CMD.filterDecision())
    .option('-t, --type <type>', AWARD_CMD.filterType())
    .option('-b, --body <body>', AWARD_CMD.filterBody())
    .option('-c, --ceremony <ceremony>', AWARD_CMD.filterCeremony())
    .option('-y, --year <year>', AWARD_CMD.filterYear(), parseYear)
    .option('--include-revoked', revokedHelp)
    .option('--limit <n>', AWARD_CMD.filterLimit(), parseCount('--limit'));
}

export function awardListCommand(ctx: Context): Command {
  const cmd = withAwardFilter(
    new Command('list').description(AWARD_CMD.listDescription()),
    AWARD_CMD.listRevoked(),
  ).action((opts: AwardListOptions) => runAwardList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt award list --year 2021 --type BK_BT', 'tdkt award list --decision 05/QĐ-UBND --format csv']);
}

/** Turns the filter options into ids; shared with export. */
export async function awardFilter(ctx: Context, opts: AwardListOptions) {
  const db = (await ctx.registry()).db;
  return {
    recipientId: opts.recipient ? (await resolveRecipient(db, opts.recipient)).id : undefined,
    decisionId: opts.decision ? (await resolveDecision(db, opts.decision)).id : undefined,
    awardTypeId: opts.type ? (await resolveAwardType(db, opts.type)).id : undefined,
    bodyId: opts.body ? (await resolveBody(db, opts.body)).id : undefined,
    ceremonyId: opts.ceremony ? (await resolveCeremony(db, opts.ceremony)).id : undefined,
    year: opts.year,
    includeRevoked: opts.includeRevoked,
    limit: opts.limit ? Number(opts.limit) : undefined,
  };
}

export async function runAwardList(opts: AwardListOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const rows = await listAwards(reg.db, await awardFilter(ctx, opts));
  await ctx.print(listModel(awardColumns, rows, AWARD_CMD.listEmpty()), opts);
}
