import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples } from '../../options.js';
import { writeDocument } from '../files.js';

interface PrintOptions {
  output?: string;
  proposal?: string;
}

export function decisionPrintCommand(ctx: Context): Command {
  const cmd = new Command('print')
    .description('the decision and its annex as a Word document for signature (Decree 30/2020 layout: A4, Times New Roman)')
    .argument('<decision>', 'reference or number, e.g. 05/QĐ-UBND')
    .option('-o, --output <file.docx>', 'write to this file (default: stdout when not a terminal)')
    .option('--proposal <text>', 'the proposal it answers, after "Theo đề nghị của … tại", e.g. "Tờ trình số 12/TTr-NV ngày 05 tháng 01 năm 2022"')
    .action((query: string, opts: PrintOptions) => runDecisionPrint(query, opts, ctx));
  return examples(cmd, ['tdkt decision print 05/QĐ-UBND -o QD-05.docx', 'tdkt body setting set ubnd-le-chan archive "VT, NV"']);
}

export async function runDecisionPrint(query: string, opts: PrintOptions, ctx: Context): Promise<void> {
  if (opts.output && opts.output !== '-' && !/\.docx$/i.test(opts.output)) {
    throw new UsageError(`decision print writes a Word document: name the file .docx, e.g. -o QD-05.docx (got "${opts.output}")`);
  }
  const reg = await ctx.registry();
  const { decisionDoc } = await import('../../../core/paperwork/decision-doc.js');
  const doc = await decisionDoc(reg.db, query, { proposal: opts.proposal });
  const [docx, { decisionDocx }] = await Promise.all([import('docx'), import('../../../render/docx/decision.js')]);
  const data = await decisionDocx(docx, doc);
  await writeDocument(ctx, opts.output, data, 'A Word document');
  for (const w of doc.warnings) ctx.info(`warning: ${w}`);
  const lines = doc.annexes.reduce((n, a) => n + a.groups.reduce((m, g) => m + g.lines.length, 0), 0);
  if (opts.output && opts.output !== '-') ctx.info(`Wrote decision ${doc.symbol} with ${lines} annex lines to ${opts.output}`);
}
