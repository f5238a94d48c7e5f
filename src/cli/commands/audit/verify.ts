import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { verifyRegistry, type Anchor } from '../../../core/trust/verify.js';
import { AUDIT_VERIFY } from '../../../i18n/messages/scale.js';
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
    .description(AUDIT_VERIFY.description())
    .option('--anchor <id:hash>', AUDIT_VERIFY.optAnchor(), collect(String))
    .option('--anchors <file>', AUDIT_VERIFY.optAnchors())
    .option('--quick', AUDIT_VERIFY.optQuick())
    .action((opts: AuditVerifyOptions) => runAuditVerify(opts, ctx));
  withOutput(cmd);
  // i18n-ignore: example commands, the same in every language
  return examples(cmd, ['tdkt --read-only audit verify', 'tdkt audit verify --anchor 612:3f2a9c01d4e5b6a7', 'tdkt --db backup.sqlite --read-only audit verify --json']);
}

export function parseAnchor(text: string): Anchor {
  const m = /^#?(\d+):([0-9a-fA-F]{8,64})$/.exec(text.trim());
  if (!m) throw new UsageError(AUDIT_VERIFY.badAnchor(text));
  return { id: Number(m[1]), hash: m[2].toLowerCase() };
}

/** The worker bundle beside the running one (dist/checks-worker.cjs): SQLite's own checks of a large file run there. */
export function checksWorker(): string | undefined {
  const script = fileURLToPath(new URL('./checks-worker.cjs', import.meta.url));
  return existsSync(script) ? script : undefined;
}

export async function runAuditVerify(opts: AuditVerifyOptions, ctx: Context): Promise<void> {
  const typed = (opts.anchor ?? []).map((a) => ({ ...parseAnchor(a), source: '--anchor' }));
  const reg = await ctx.registry({ asIs: true });
  const { anchorsPath, readAnchors } = await import('../../../core/trust/anchors.js');
  const file = opts.anchors ?? anchorsPath(reg.path, ctx.io.env);
  if (opts.anchors && !existsSync(opts.anchors)) throw new UsageError(AUDIT_VERIFY.noAnchorsFile(opts.anchors));
  const noted = file ? readAnchors(file) : [];
  const report = await verifyRegistry(reg, { anchors: [...typed, ...noted], quick: opts.quick, worker: checksWorker() });
  await ctx.print(problemsModel(report.problems), opts);
  const n = report.problems.length + report.more;
  if (n > 0) {
    const first = report.problems[0];
    throw new FindingsError(AUDIT_VERIFY.found(n, report.more, first.where, first.message));
  }
  ctx.info(
    (reg.engine === 'postgres'
      ? AUDIT_VERIFY.verifiedPostgres(report.events, report.rows, report.schema_version)
      : AUDIT_VERIFY.verified(report.events, report.rows, report.schema_version, Boolean(opts.quick))) +
      (report.head ? `\n${AUDIT_VERIFY.head(report.head.id, report.head.hash, report.head.hash.slice(0, 16))}` : '') +
      (typed.length + noted.length ? `\n${AUDIT_VERIFY.anchors(typed.length + noted.length, noted.length, file ?? '')}` : ''),
  );
}
