import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples } from '../../options.js';
import { writeDocument } from '../files.js';
import { humanNumber } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { DECISION_CMD } from '../../../i18n/messages/commands-a-records.js';

interface PrintOptions {
  output?: string;
  proposal?: string;
}

export function decisionPrintCommand(ctx: Context): Command {
  const cmd = new Command('print')
    .description(DECISION_CMD.printDescription())
    .argument('<decision>', COMMON_A.decisionRef('05/QĐ-UBND'))
    .option('-o, --output <file.docx>', COMMON_A.output())
    .option('--proposal <text>', DECISION_CMD.proposal('"Theo đề nghị của … tại"', '"Tờ trình số 12/TTr-NV ngày 05 tháng 01 năm 2022"'))
    .action((query: string, opts: PrintOptions) => runDecisionPrint(query, opts, ctx));
  return examples(cmd, ['tdkt decision print 05/QĐ-UBND -o QD-05.docx', 'tdkt body setting set ubnd-le-chan archive "VT, NV"']);
}

export async function runDecisionPrint(query: string, opts: PrintOptions, ctx: Context): Promise<void> {
  if (opts.output && opts.output !== '-' && !/\.docx$/i.test(opts.output)) {
    throw new UsageError(COMMON_A.docxOnly('decision print', 'QD-05.docx', opts.output));
  }
  const reg = await ctx.registry();
  const { decisionDoc } = await import('../../../core/paperwork/decision-doc.js');
  const doc = await decisionDoc(reg.db, query, { proposal: opts.proposal });
  const [docx, { decisionDocx }] = await Promise.all([import('docx'), import('../../../render/docx/decision.js')]);
  const data = await decisionDocx(docx, doc);
  await writeDocument(ctx, opts.output, data, COMMON_A.wordDocument());
  for (const w of doc.warnings) ctx.info(DECISION_CMD.warning(w));
  const lines = doc.annexes.reduce((n, a) => n + a.groups.reduce((m, g) => m + g.lines.length, 0), 0);
  if (opts.output && opts.output !== '-') ctx.info(DECISION_CMD.wrote(doc.symbol, humanNumber(lines), opts.output));
}
