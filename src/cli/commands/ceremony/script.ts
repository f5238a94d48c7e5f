import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples } from '../../options.js';
import { writeDocument } from '../files.js';

interface ScriptOptions {
  output?: string;
  batch: number;
  presenter: Record<string, string>;
}

function parsePresenter(v: string, prev: Record<string, string> = {}): Record<string, string> {
  const m = /^([A-Za-z0-9_]+)=(.+)$/.exec(v.trim());
  if (!m) throw new UsageError(`--presenter takes an award type code and who hands it over, e.g. --presenter "GK=đồng chí Nguyễn Văn Thành, Chủ tịch UBND quận" (got "${v}")`);
  return { ...prev, [m[1].toUpperCase()]: m[2].trim() };
}

function parseBatch(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 100) throw new UsageError(`--batch takes how many are called up at once, 1 to 100 (got "${v}")`);
  return Number(v);
}

export function ceremonyScriptCommand(ctx: Context): Command {
  const cmd = new Command('script')
    .description("the MC's script (kịch bản) as a Word document: groups in order of precedence, each with its decision's excerpt, recipients called up in batches")
    .argument('<ceremony>', 'reference or words of its name')
    .option('-o, --output <file.docx>', 'write to this file (default: stdout when not a terminal)')
    .option('--batch <n>', 'how many are called up to the stage at once', parseBatch, 10)
    .option('--presenter <type=who>', 'who hands over an award type (repeatable), e.g. "GK=đồng chí Nguyễn Văn Thành, Chủ tịch UBND quận"', parsePresenter, {})
    .action((query: string, opts: ScriptOptions) => runScript(query, opts, ctx));
  return examples(cmd, [
    'tdkt ceremony script le-chan-2022 -o kich-ban.docx',
    'tdkt ceremony script le-chan-2022 --batch 8 --presenter "GK=đồng chí Nguyễn Văn Thành, Chủ tịch UBND quận" -o kich-ban.docx',
  ]);
}

async function runScript(query: string, opts: ScriptOptions, ctx: Context): Promise<void> {
  if (opts.output && opts.output !== '-' && !/\.docx$/i.test(opts.output)) {
    throw new UsageError(`ceremony script writes a Word document: name the file .docx, e.g. -o kich-ban.docx (got "${opts.output}")`);
  }
  const reg = await ctx.registry();
  const { scriptDoc } = await import('../../../core/paperwork/script-doc.js');
  const doc = await scriptDoc(reg.db, query, opts.batch, opts.presenter);
  if (doc.total === 0) throw new UsageError('nothing has been presented at this ceremony yet: add its decisions with tdkt ceremony present');
  const [docx, { scriptDocx }] = await Promise.all([import('docx'), import('../../../render/docx/script.js')]);
  await writeDocument(ctx, opts.output, await scriptDocx(docx, doc), 'A Word document');
  const batches = doc.parts.reduce((n, p) => n + p.batches.length, 0);
  if (opts.output && opts.output !== '-') ctx.info(`Wrote the script: ${doc.parts.length} parts, ${batches} call-ups, ${doc.total} lines to ${opts.output}`);
}
