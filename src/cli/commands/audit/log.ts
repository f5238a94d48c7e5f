import { Command, Option } from 'commander';
import { AUDITED_ENTITIES } from '../../../core/audit.js';
import { instantOf, listAuditEvents, resolveRecord, type RecordTarget } from '../../../core/trust/log.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { collect, examples, parseCount, withOutput } from '../../options.js';
import { auditModel } from '../../views/audit.js';
import { AUDIT_CMD } from '../../../i18n/messages/commands-a-records.js';

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
    .description(AUDIT_CMD.logDescription())
    .option('--since <date>', AUDIT_CMD.since())
    .option('--until <date>', AUDIT_CMD.until())
    .option('--actor <name>', AUDIT_CMD.actor())
    .option('--command <command>', AUDIT_CMD.command())
    .addOption(new Option('--entity <table>', AUDIT_CMD.entity()).choices(AUDITED_ENTITIES))
    .option('--record <ref>', AUDIT_CMD.record(), collect(String))
    .option('--last <n>', AUDIT_CMD.last(), parseCount('--last'))
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
