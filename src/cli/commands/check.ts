import { Command, InvalidArgumentError } from 'commander';
import { SEVERITIES, type Severity } from '../../core/law/finding.js';
import type { Context, OutputOptions } from '../context.js';
import { FindingsError } from '../errors.js';
import { collect, examples, parseYear, withOutput } from '../options.js';
import { findingsModel } from '../views/checks.js';
import { runRules } from './rules.js';

export interface CheckOptions extends OutputOptions {
  year?: number;
  rule?: string[];
  recipient?: string;
  severity?: Severity[];
  list?: boolean;
}

export function checkCommand(ctx: Context): Command {
  const cmd = new Command('check')
    .option('-y, --year <year>', 'only findings about this achievement year', parseYear)
    .option('-r, --rule <rule>', 'run this rule only (repeatable; see tdkt rules)', collect(String))
    .option('--recipient <recipient>', 'only findings about this recipient (its lines, or its figures as a unit)')
    .option('-s, --severity <severity>', `only findings of this severity: ${SEVERITIES.join(', ')} (repeatable)`, collect(parseSeverity))
    .option('--list', 'list the rules instead of running them (as tdkt rules)')
    .action((opts: CheckOptions) => runCheck(opts, ctx));
  withOutput(cmd);
  return examples(cmd, [
    'tdkt check',
    'tdkt check --year 2021 --rule cstdcs-chain',
    'tdkt check --recipient nguyen-van-a --json',
    'tdkt check --severity error --format csv > findings.csv',
  ]);
}

function parseSeverity(v: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(v)) throw new InvalidArgumentError(`use one of ${SEVERITIES.join(', ')}`);
  return v as Severity;
}

export async function runCheck(opts: CheckOptions, ctx: Context): Promise<void> {
  if (opts.list) return runRules(opts, ctx);
  const reg = await ctx.registry();
  const { runChecks, countBySeverity } = await import('../../core/checks/run.js');
  const report = await runChecks(reg.db, { year: opts.year, rules: opts.rule, recipient: opts.recipient, severities: opts.severity });
  const scope = [opts.year ? `achievement year ${opts.year}` : undefined, opts.recipient, opts.rule?.join(', ')].filter(Boolean).join(' · ');
  await ctx.print(findingsModel(report.findings, `Findings${scope ? `: ${scope}` : ''}`), opts);
  const checked = `${report.lines} award line${report.lines === 1 ? '' : 's'} checked by ${report.rules.length} rule${report.rules.length === 1 ? '' : 's'}`;
  if (report.findings.length === 0) {
    ctx.info(`No findings: ${checked}.`);
    return;
  }
  const n = countBySeverity(report.findings);
  const parts = [`${n.error} error${n.error === 1 ? '' : 's'}`, `${n.warning} warning${n.warning === 1 ? '' : 's'}`, `${n.missing} missing evidence`];
  throw new FindingsError(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${parts.join(', ')}); ${checked}`);
}
