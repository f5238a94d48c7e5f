import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEVERITIES, type Severity } from '../../core/law/finding.js';
import { FINDING_FIELDS } from '../../core/checks/spool.js';
import { CHECK } from '../../i18n/messages/scale.js';
import { delimitedLine } from '../../render/delimited.js';
import type { Context, OutputOptions } from '../context.js';
import { FindingsError, UsageError } from '../errors.js';
import { collect, examples, FINDINGS_SHOWN, parseCount, parseYear, withOutput } from '../options.js';
import { findingsModel, summaryModel } from '../views/checks.js';
import { runRules } from './rules.js';

export interface CheckOptions extends OutputOptions {
  year?: number;
  rule?: string[];
  recipient?: string;
  unit?: string;
  severity?: Severity[];
  list?: boolean;
  all?: boolean;
  limit?: number;
  summary?: boolean;
}

export function checkCommand(ctx: Context): Command {
  const cmd = new Command('check')
    .option('-y, --year <year>', CHECK.optYear(), parseYear)
    .option('-r, --rule <rule>', CHECK.optRule(), collect(String))
    .option('--recipient <recipient>', CHECK.optRecipient())
    .option('-u, --unit <unit>', CHECK.optUnit())
    .option('-s, --severity <severity>', CHECK.optSeverity(SEVERITIES.join(', ')), collect(parseSeverity))
    .option('--all', CHECK.optAll())
    .option('--limit <n>', CHECK.optLimit(), parseCount('--limit'))
    .option('--summary', CHECK.optSummary())
    .option('--list', CHECK.optList())
    .action((opts: CheckOptions) => runCheck(opts, ctx));
  withOutput(cmd);
  return examples(cmd, [
    'tdkt check',
    'tdkt check --year 2021 --rule cstdcs-chain --all',
    'tdkt check --unit truong-thcs-tran-phu --limit 50',
    'tdkt check --recipient nguyen-van-a --json',
    'tdkt check --summary --json',
    'tdkt check --severity error --format csv > findings.csv',
  ]);
}

function parseSeverity(v: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(v)) throw new InvalidArgumentError(CHECK.badSeverity(SEVERITIES.join(', ')));
  return v as Severity;
}

/** The rules' worker bundle beside the running one (dist/checks-worker.cjs), if there is one. */
function checksWorker(): string | undefined {
  const script = fileURLToPath(new URL('./checks-worker.cjs', import.meta.url));
  return existsSync(script) ? script : undefined;
}

/**
 * The summary per rule and severity first, then the findings: on a terminal (table, md) the first 20
 * unless --all or --limit; in machine formats every finding (or --limit), streamed in their order;
 * --summary gives the summary alone, in any format.
 */
export async function runCheck(opts: CheckOptions, ctx: Context): Promise<void> {
  if (opts.list) return runRules(opts, ctx);
  if (opts.all && opts.limit) throw new UsageError(CHECK.allAndLimit());
  if (opts.summary && (opts.all || opts.limit)) throw new UsageError(CHECK.summaryAnd(opts.all ? '--all' : '--limit'));
  const format = ctx.format(opts);
  const human = format === 'table' || format === 'md';
  const list = opts.summary ? 0 : opts.all ? 'all' : (opts.limit ?? (human ? FINDINGS_SHOWN : 'all'));
  const reg = await ctx.registry();
  const { checkRegistry } = await import('../../core/checks/parallel.js');
  const run = await checkRegistry(
    reg,
    { year: opts.year, rules: opts.rule, recipient: opts.recipient, unit: opts.unit, severities: opts.severity },
    // Machine formats: every finding is kept as the text it prints (however many there are).
    { list, worker: checksWorker(), format: human ? 'ndjson' : (format as 'tsv' | 'csv' | 'json' | 'ndjson') },
  );
  try {
    const scope = [opts.year ? CHECK.scopeYear(opts.year) : undefined, opts.recipient, opts.unit ? CHECK.scopeUnit(opts.unit) : undefined, opts.rule?.join(', ')]
      .filter(Boolean)
      .join(' · ');
    let listed = 0;
    if (human) {
      const { render } = await import('../../render/render.js');
      const shape = { format, color: ctx.color, width: ctx.io.stdout.columns };
      let text = run.total > 0 ? await render(summaryModel(run.summary, CHECK.summaryTitle(scope)), shape) : '';
      // Every finding: written as it comes, a table of a thousand at a time; else one page.
      const stream = list === 'all' && run.total > 1000;
      if (stream) {
        await ctx.io.stdout.write(text + '\n');
        text = '';
      }
      for (const batch of list === 0 ? [] : run.findings()) {
        listed += batch.length;
        const part = await render(findingsModel(batch, CHECK.findingsTitle(scope)), shape);
        if (stream) await ctx.io.stdout.write(part);
        else text += (text ? '\n' : '') + part;
      }
      if (run.total === 0) text = await render(findingsModel([], CHECK.findingsTitle(scope)), shape);
      if (text) await ctx.page(text);
    } else if (opts.summary) {
      await ctx.print(summaryModel(run.summary, CHECK.summaryTitle(scope)), opts);
    } else {
      listed = await writeTexts(run.texts(), format, (s) => ctx.io.stdout.write(s));
    }
    const checked = CHECK.checked(run.lines, run.scope.rules.length);
    if (run.total === 0) {
      ctx.info(CHECK.none(checked));
      return;
    }
    if (human && listed < run.total) ctx.info(listed ? CHECK.firstListed(listed, run.total) : CHECK.noneListed());
    const n = run.counts;
    throw new FindingsError(CHECK.found(run.total, n.error, n.warning, n.missing, checked));
  } finally {
    run.dispose();
  }
}

/**
 * The findings' texts (each as its format prints it) with what frames them: the header of TSV and CSV,
 * the brackets and commas of the JSON array — the same text as the whole list rendered at once
 * (render.ts). Returns the findings written.
 */
async function writeTexts(batches: Iterable<string[]>, format: string, write: (s: string) => void | Promise<void>): Promise<number> {
  let n = 0;
  if (format === 'tsv' || format === 'csv') await write(delimitedLine(FINDING_FIELDS, format === 'csv' ? ',' : '\t'));
  for (const batch of batches) {
    let out = '';
    for (const text of batch) out += format === 'json' ? (n++ === 0 ? '[\n  ' : ',\n  ') + text : text;
    if (format !== 'json') n += batch.length;
    await write(out);
  }
  if (format === 'json') await write(n === 0 ? '[]\n' : '\n]\n');
  return n;
}
