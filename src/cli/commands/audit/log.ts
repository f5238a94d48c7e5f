import { Command, Option } from 'commander';
import { AUDITED_ENTITIES } from '../../../core/audit.js';
import { instantOf, listAuditEvents, resolveRecord, type RecordTarget } from '../../../core/trust/log.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { collect, examples, parseCount, withOutput } from '../../options.js';
import { auditModel } from '../../views/audit.js';

export interface AuditLogOptions extends OutputOptions {
  since?: string;
  until?: string;
  actor?: string;
  command?: string;
  entity?: string;
  record?: string[];
  last?: number;
}

export function auditLogCommand(ctx: Context): Command {
  const cmd = new Command('log')
    .description('list audit events, oldest first: when, who, which command, which record, values before and after')
    .option('--since <date>', 'from this day (YYYY-MM-DD or DD/MM/YYYY, local time) or ISO timestamp on')
    .option('--until <date>', 'up to and including this day (or before this ISO timestamp)')
    .option('--actor <name>', 'changes made by this actor')
    .option('--command <command>', 'changes made by this command, e.g. "award revoke"')
    .addOption(new Option('--entity <table>', 'changes to records of this kind').choices(AUDITED_ENTITIES))
    .option('--record <ref>', 'changes to this record: #12 (award line, with its revocation and presentation), recipient:<ref>, decision:<number>, body:<ref>, award-type:<code>, ceremony:<ref> (repeatable)', collect(String))
    .option('--last <n>', 'only the last n events', parseCount('--last'))
    .action((opts: AuditLogOptions) => runAuditLog(opts, ctx));
  withOutput(cmd);
  return examples(cmd, [
    'tdkt audit log --since 2026-03-01 --actor lan',
    "tdkt audit log --record '#12'",
    'tdkt audit log --record recipient:nguyen-van-a --json',
    'tdkt audit log --command "award revoke" --format csv',
  ]);
}

export async function runAuditLog(opts: AuditLogOptions, ctx: Context): Promise<void> {
  const since = opts.since ? instantOf(opts.since) : undefined;
  const until = opts.until ? instantOf(opts.until, true) : undefined;
  const reg = await ctx.registry();
  let records: RecordTarget[] | undefined;
  if (opts.record) {
    records = [];
    for (const r of opts.record) records.push(...(await resolveRecord(reg.db, r)));
  }
  const rows = await listAuditEvents(reg.db, {
    since,
    until,
    // `tdkt audit log --actor lan` reaches the program's global --actor (commander gives it to the parent).
    actor: opts.actor ?? ctx.globals.actor,
    command: opts.command,
    entity: opts.entity,
    records,
    last: opts.last ? Number(opts.last) : undefined,
  });
  await ctx.print(auditModel(rows), opts);
}
