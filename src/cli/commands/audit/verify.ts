import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { verifyRegistry, type Anchor } from '../../../core/trust/verify.js';
import type { Context, OutputOptions } from '../../context.js';
import { FindingsError, UsageError } from '../../errors.js';
import { collect, examples, withOutput } from '../../options.js';
import { problemsModel } from '../../views/audit.js';

export interface AuditVerifyOptions extends OutputOptions {
  anchor?: string[];
  anchors?: string;
  quick?: boolean;
}

export function auditVerifyCommand(ctx: Context): Command {
  const cmd = new Command('verify')
    .description('verify the registry: audit hash chain, every row against its last audit event, schema, SQLite integrity and foreign keys; exit 3 on any problem')
    .option('--anchor <id:hash>', 'also prove that history up to an event noted earlier is unchanged, e.g. 612:3f2a9c01 (repeatable)', collect(String))
    .option('--anchors <file>', 'check every head noted in this anchors file (default: <registry>.anchors, or TDKT_ANCHORS, when it exists)')
    .option('--quick', 'SQLite quick_check instead of the full integrity_check (large files)')
    .action((opts: AuditVerifyOptions) => runAuditVerify(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt --read-only audit verify', 'tdkt audit verify --anchor 612:3f2a9c01d4e5b6a7', 'tdkt --db backup.sqlite --read-only audit verify --json']);
}

export function parseAnchor(text: string): Anchor {
  const m = /^#?(\d+):([0-9a-fA-F]{8,64})$/.exec(text.trim());
  if (!m) throw new UsageError(`--anchor "${text}" is not <event id>:<hash>: expected e.g. 612:3f2a9c01 (at least 8 hex digits of the hash)`);
  return { id: Number(m[1]), hash: m[2].toLowerCase() };
}

export async function runAuditVerify(opts: AuditVerifyOptions, ctx: Context): Promise<void> {
  const typed = (opts.anchor ?? []).map((a) => ({ ...parseAnchor(a), source: '--anchor' }));
  const reg = await ctx.registry({ asIs: true });
  const { anchorsPath, readAnchors } = await import('../../../core/trust/anchors.js');
  const file = opts.anchors ?? anchorsPath(reg.path, ctx.io.env);
  if (opts.anchors && !existsSync(opts.anchors)) throw new UsageError(`no anchors file "${opts.anchors}"`);
  const noted = file ? readAnchors(file) : [];
  const report = await verifyRegistry(reg, { anchors: [...typed, ...noted], quick: opts.quick });
  await ctx.print(problemsModel(report.problems), opts);
  const n = report.problems.length + report.more;
  if (n > 0) {
    const first = report.problems[0];
    const more = report.more ? ` (${report.more} more not listed)` : '';
    throw new FindingsError(`audit verify found ${n} problem${n === 1 ? '' : 's'}${more}; the first: ${first.where}: ${first.message}`);
  }
  ctx.info(
    `Verified ${report.events} audit events and ${report.rows} records: the hash chain is intact, every record matches its last event, ` +
      `the schema is tdkt's (version ${report.schema_version}), SQLite ${opts.quick ? 'quick check' : 'integrity'} and foreign keys are sound.` +
      (report.head ? `\nHead: event #${report.head.id} ${report.head.hash} (note it, then later: tdkt audit verify --anchor ${report.head.id}:${report.head.hash.slice(0, 16)})` : '') +
      (typed.length + noted.length ? `\nAnchors: ${typed.length + noted.length} noted heads match the trail${noted.length ? ` (${noted.length} from ${file})` : ''}.` : ''),
  );
}
