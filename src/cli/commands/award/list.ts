import { Command } from 'commander';
import { listAwards } from '../../../core/award/queries.js';
import { resolveAwardType, resolveBody, resolveCeremony, resolveDecision, resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseCount, parseYear, withOutput } from '../../options.js';
import { awardColumns, listModel } from '../../views/records.js';

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
    .option('-r, --recipient <recipient>', 'received by (reference or name)')
    .option('-d, --decision <decision>', 'in this decision\'s annex')
    .option('-t, --type <type>', 'of this award type')
    .option('-b, --body <body>', 'signed by this body')
    .option('-c, --ceremony <ceremony>', 'presented at this ceremony')
    .option('-y, --year <year>', 'decided in this year', parseYear)
    .option('--include-revoked', revokedHelp)
    .option('--limit <n>', 'at most n rows', parseCount('--limit'));
}

export function awardListCommand(ctx: Context): Command {
  const cmd = withAwardFilter(
    new Command('list').description('list award lines, filtered by recipient, decision, type, body, ceremony or year'),
    'also revoked, stripped and voided lines (marked in status)',
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
  await ctx.print(listModel(awardColumns, rows, 'No award lines match.'), opts);
}
