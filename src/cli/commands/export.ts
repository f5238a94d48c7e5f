import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { LEVELS, RECIPIENT_KINDS } from '../../core/domain.js';
import type { ExportTable } from '../../core/export/export.js';
import { resolveBody, resolveCeremony, resolveRecipient } from '../../core/resolve.js';
import { FILE_FORMATS, type FileFormat } from '../../render/render.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, parseYear } from '../options.js';
import { awardFilter, withAwardFilter, type AwardListOptions } from './award/list.js';
import { fileSink, formatOfOutput, outputPath } from './files.js';

interface FileOptions {
  output?: string;
  format?: FileFormat;
  excel?: boolean;
}

function withFile(cmd: Command): Command {
  return cmd
    .option('-o, --output <file>', 'write to this file (default: stdout); a CSV file starts with a UTF-8 byte order mark so that Excel opens it right, stdout stays plain for pipes')
    .addOption(new Option('-f, --format <format>', 'file format (default: from the file\'s extension, else csv)').choices(FILE_FORMATS))
    .option('--excel', 'CSV for Excel on stdout too: a UTF-8 byte order mark and CRLF line ends');
}

export function exportCommand(ctx: Context): Command {
  const awards = withFile(
    withAwardFilter(
      new Command('awards').description('award lines in the import layout (an export imports again as it is), filtered like award list'),
      'also revoked, stripped and voided lines, with a status column',
    ),
  ).action(async (opts: AwardListOptions & FileOptions) => {
    const { awardExport } = await import('../../core/export/export.js');
    const filter = await awardFilter(ctx, { ...opts, format: undefined });
    await runExport([awardExport(await ctx.registry(), filter)], opts, ctx);
  });
  examples(awards, ['tdkt export awards --year 2021 -o awards-2021.xlsx', 'tdkt export awards --decision 05/QĐ-UBND --excel > annex.csv']);

  const recipients = withFile(
    new Command('recipients')
      .description('recipients: collectives, individuals and households')
      .addOption(new Option('-k, --kind <kind>', 'only this kind').choices(RECIPIENT_KINDS))
      .option('-u, --unit <unit>', 'only members of this collective (reference or name)'),
  ).action(async (opts: FileOptions & { kind?: string; unit?: string }) => {
    const { recipientExport } = await import('../../core/export/export.js');
    const reg = await ctx.registry();
    const unitId = opts.unit ? (await resolveRecipient(reg.db, opts.unit, 'collective')).id : undefined;
    await runExport([recipientExport(reg, { kind: opts.kind, unitId })], opts, ctx);
  });
  examples(recipients, ['tdkt export recipients -o recipients.xlsx', 'tdkt export recipients --kind individual --format ndjson']);

  const roster = withFile(
    new Command('roster')
      .description('the roster of a ceremony, in order of precedence (XLSX: one sheet per section)')
      .argument('<ceremony>', 'reference or words of its name')
      .option('--include-revoked', 'also revoked lines, marked in status'),
  ).action(async (ceremony: string, opts: FileOptions & { includeRevoked?: boolean }) => {
    const { rosterExport } = await import('../../core/export/export.js');
    const format = fileFormat(opts);
    await runExport(await rosterExport(await ctx.registry(), ceremony, { includeRevoked: opts.includeRevoked, bySection: format === 'xlsx' }), opts, ctx);
  });
  examples(roster, ['tdkt export roster le-chan-2022 -o roster.xlsx', 'tdkt export roster le-chan-2022 --excel -o roster.csv']);

  const counts = withFile(
    new Command('counts')
      .description('counts per award type and level: of a ceremony, or of a year')
      .argument('[ceremony]', 'reference or words of its name')
      .option('-y, --year <year>', 'decisions of this year (instead of a ceremony)', parseYear)
      .option('-b, --body <body>', 'only decisions of this body')
      .addOption(new Option('-l, --level <level>', 'only decisions of bodies at this level').choices(LEVELS))
      .option('--include-revoked', 'count revoked lines too'),
  ).action(async (query: string | undefined, opts: FileOptions & { year?: number; body?: string; level?: string; includeRevoked?: boolean }) => {
    if (!query && opts.year === undefined) throw new UsageError('name a ceremony, or pass --year, e.g. tdkt export counts --year 2021');
    const { countsExport } = await import('../../core/export/export.js');
    const reg = await ctx.registry();
    const table = await countsExport(reg, {
      ceremonyId: query ? (await resolveCeremony(reg.db, query)).id : undefined,
      year: opts.year,
      bodyId: opts.body ? (await resolveBody(reg.db, opts.body)).id : undefined,
      level: opts.level,
      includeRevoked: opts.includeRevoked,
    });
    await runExport([table], opts, ctx);
  });
  examples(counts, ['tdkt export counts --year 2021 -o counts-2021.xlsx', 'tdkt export counts le-chan-2022 --format json']);

  const certificates = withFile(
    new Command('certificates')
      .description('the fields printed on certificate blanks, one row per award line, with the register number (số sổ) given on first export')
      .argument('<decision|ceremony>', 'a decision (reference or number) or a ceremony (reference or words of its name)'),
  ).action(async (query: string, opts: FileOptions) => {
    const format = fileFormat(opts);
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`certificates are written to .xlsx or .csv (for Word mail merge), not ${format}`);
    const { certificates, certificateColumns } = await import('../../core/paperwork/certificates.js');
    const c = await certificates(await ctx.registry(), query);
    // Word's mail merge reads a CSV as UTF-8 only with a byte order mark.
    await runExport([{ name: 'Phôi', columns: certificateColumns, rows: [c.rows] }], { ...opts, excel: opts.excel ?? format === 'csv' }, ctx, { people: false });
    if (c.assigned) ctx.info(`Gave register numbers to ${c.assigned} lines of ${c.target.label}`);
  });
  examples(certificates, ['tdkt export certificates 05/QĐ-UBND -o phoi.xlsx', 'tdkt export certificates le-chan-2022 -o phoi.csv']);

  const cmd = new Command('export')
    .addCommand(awards)
    .addCommand(recipients)
    .addCommand(roster)
    .addCommand(counts)
    .addCommand(certificates);
  return examples(cmd, ['tdkt export awards --year 2021 -o awards-2021.xlsx', 'tdkt export roster le-chan-2022 -o roster.xlsx', 'tdkt export counts --year 2021 --excel -o counts.csv']);
}

function fileFormat(opts: FileOptions): FileFormat {
  return opts.format ?? formatOfOutput(opts.output, 'csv');
}

/** `people: false` keeps a workbook to its header and rows (a mail-merge source reads the first row as field names). */
async function runExport(tables: ExportTable<any>[], opts: FileOptions, ctx: Context, layout: { people?: boolean } = {}): Promise<void> {
  const format = fileFormat(opts);
  if (opts.excel && format !== 'csv') throw new UsageError('--excel is for CSV files');
  if (format === 'xlsx' && !outputPath(ctx, opts.output) && ctx.io.stdout.isTTY) {
    throw new UsageError('an XLSX workbook is binary: write it to a file with -o, or redirect stdout');
  }
  const { writeExport } = await import('../../core/export/export.js');
  const path = outputPath(ctx, opts.output);
  const sink = await fileSink(ctx, path, { shown: opts.output });
  let n: number;
  try {
    n = await writeExport(tables, format, sink, { excel: opts.excel, bom: path !== undefined, people: layout.people ?? true });
    await sink.close();
  } catch (e) {
    sink.abort();
    throw e;
  }
  if (opts.output) ctx.info(`Wrote ${n} rows to ${opts.output}`);
}
