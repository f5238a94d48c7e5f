import { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples } from '../../options.js';
import { writeDocument } from '../files.js';
import { humanNumber } from '../../../i18n/index.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { CEREMONY_CMD } from '../../../i18n/messages/commands-a-records.js';

interface ScriptOptions {
  output?: string;
  batch: number;
  presenter: Record<string, string>;
}

const PRESENTER_EXAMPLE = '"GK=đồng chí Nguyễn Văn Thành, Chủ tịch UBND quận"';

function parsePresenter(v: string, prev: Record<string, string> = {}): Record<string, string> {
  const m = /^([A-Za-z0-9_]+)=(.+)$/.exec(v.trim());
  if (!m) throw new UsageError(CEREMONY_CMD.badPresenter(PRESENTER_EXAMPLE, v));
  return { ...prev, [m[1].toUpperCase()]: m[2].trim() };
}

function parseBatch(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 100) throw new UsageError(CEREMONY_CMD.badBatch(v));
  return Number(v);
}

export function ceremonyScriptCommand(ctx: Context): Command {
  const cmd = new Command('script')
    .description(CEREMONY_CMD.scriptDescription())
    .argument('<ceremony>', COMMON_A.refOrWords())
    .option('-o, --output <file.docx>', COMMON_A.output())
    .option('--batch <n>', CEREMONY_CMD.batch(), parseBatch, 10)
    .option('--presenter <type=who>', CEREMONY_CMD.presenter(PRESENTER_EXAMPLE), parsePresenter, {})
    .action((query: string, opts: ScriptOptions) => runScript(query, opts, ctx));
  return examples(cmd, [
    'tdkt ceremony script le-chan-2022 -o kich-ban.docx',
    'tdkt ceremony script le-chan-2022 --batch 8 --presenter "GK=đồng chí Nguyễn Văn Thành, Chủ tịch UBND quận" -o kich-ban.docx',
  ]);
}

async function runScript(query: string, opts: ScriptOptions, ctx: Context): Promise<void> {
  if (opts.output && opts.output !== '-' && !/\.docx$/i.test(opts.output)) {
    throw new UsageError(COMMON_A.docxOnly('ceremony script', 'kich-ban.docx', opts.output));
  }
  const reg = await ctx.registry();
  const { scriptDoc } = await import('../../../core/paperwork/script-doc.js');
  const doc = await scriptDoc(reg.db, query, opts.batch, opts.presenter);
  if (doc.total === 0) throw new UsageError(CEREMONY_CMD.nothingPresented());
  const [docx, { scriptDocx }] = await Promise.all([import('docx'), import('../../../render/docx/script.js')]);
  await writeDocument(ctx, opts.output, await scriptDocx(docx, doc), COMMON_A.wordDocument());
  const batches = doc.parts.reduce((n, p) => n + p.batches.length, 0);
  if (opts.output && opts.output !== '-') ctx.info(CEREMONY_CMD.wroteScript(humanNumber(doc.parts.length), humanNumber(batches), humanNumber(doc.total), opts.output));
}
