import { Command } from 'commander';
import { buildRoster } from '../../core/report/roster.js';
import type { Context, OutputOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, withOutput } from '../options.js';
import { rosterModel } from '../views/reports.js';
import { writeDocument } from './files.js';
import { humanDate } from '../../i18n/index.js';
import { ROSTER } from '../../i18n/messages/commands-b.js';

export interface RosterOptions extends OutputOptions {
  includeRevoked?: boolean;
  output?: string;
}

export function rosterCommand(ctx: Context): Command {
  const cmd = new Command('roster')
    .argument('<ceremony>', ROSTER.argCeremony())
    .option('--include-revoked', ROSTER.optIncludeRevoked())
    .option('-o, --output <file>', ROSTER.optOutput())
    .action((query: string, opts: RosterOptions) => runRoster(query, opts, ctx));
  withOutput(cmd);
  return examples(cmd, [
    'tdkt roster le-chan-2022',
    'tdkt roster le-chan-2022 -o roster.docx',
    'tdkt roster le-chan-2022 --format csv > roster.csv',
    'tdkt roster le-chan-2022 --json | jq ".[0]"',
  ]);
}

export async function runRoster(query: string, opts: RosterOptions, ctx: Context): Promise<void> {
  if (opts.output) return printRoster(query, opts, ctx);
  const reg = await ctx.registry();
  const r = await buildRoster(reg.db, query, { includeRevoked: opts.includeRevoked });
  await ctx.print(rosterModel(r.lines, `${r.ceremony.name} — ${humanDate(r.ceremony.date)}`), opts);
}

async function printRoster(query: string, opts: RosterOptions, ctx: Context): Promise<void> {
  const out = opts.output!;
  const ext = /\.(docx|xlsx)$/i.exec(out)?.[1].toLowerCase();
  if (!ext) throw new UsageError(ROSTER.notDocument(out));
  if (opts.format || opts.json || opts.includeRevoked) throw new UsageError(ROSTER.asTheyAre());
  const reg = await ctx.registry();
  const { rosterDoc } = await import('../../core/paperwork/roster-doc.js');
  const doc = await rosterDoc(reg.db, query);
  if (doc.total === 0) throw new UsageError(ROSTER.nothingPresented());
  let data: Buffer;
  if (ext === 'docx') {
    const [docx, { rosterDocx }] = await Promise.all([import('docx'), import('../../render/docx/roster.js')]);
    data = await rosterDocx(docx, doc);
  } else {
    data = await (await import('../../render/xlsx-print.js')).rosterXlsx(doc);
  }
  await writeDocument(ctx, out, data, ROSTER.document());
  ctx.info(ROSTER.wrote(doc.total, doc.groups.length, doc.landscape, out));
}
