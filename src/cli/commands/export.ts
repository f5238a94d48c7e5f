import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { LEVELS, RECIPIENT_KINDS } from '../../core/domain.js';
import type { ExportTable } from '../../core/export/export.js';
import { resolveBody, resolveCeremony, resolveRecipient } from '../../core/resolve.js';
import { FILE_FORMATS, type FileFormat } from '../../render/render.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { EXPORT } from '../../i18n/messages/scale.js';
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
    .option('-o, --output <file>', EXPORT.optOutput())
    .addOption(new Option('-f, --format <format>', EXPORT.optFormat()).choices(FILE_FORMATS))
    .option('--excel', EXPORT.optExcel());
}

export function exportCommand(ctx: Context): Command {
  const awards = withFile(
    withAwardFilter(
      new Command('awards').description(EXPORT.awards()),
      EXPORT.awardsRevoked(),
    ),
  ).action(async (opts: AwardListOptions & FileOptions) => {
    const { awardExport } = await import('../../core/export/export.js');
    const filter = await awardFilter(ctx, { ...opts, format: undefined });
    await runExport([awardExport(await ctx.registry(), filter)], opts, ctx);
  });
  examples(awards, ['tdkt export awards --year 2021 -o awards-2021.xlsx', 'tdkt export awards --decision 05/QĐ-UBND --excel > annex.csv']);

  const recipients = withFile(
    new Command('recipients')
      .description(EXPORT.recipients())
      .addOption(new Option('-k, --kind <kind>', EXPORT.optKind()).choices(RECIPIENT_KINDS))
      .option('-u, --unit <unit>', EXPORT.optUnit()),
  ).action(async (opts: FileOptions & { kind?: string; unit?: string }) => {
    const { recipientExport } = await import('../../core/export/export.js');
    const reg = await ctx.registry();
    const unitId = opts.unit ? (await resolveRecipient(reg.db, opts.unit, 'collective')).id : undefined;
    await runExport([recipientExport(reg, { kind: opts.kind, unitId })], opts, ctx);
  });
  examples(recipients, ['tdkt export recipients -o recipients.xlsx', 'tdkt export recipients --kind individual --format ndjson']);

  const roster = withFile(
    new Command('roster')
      .description(EXPORT.roster())
      .argument('<ceremony>', EXPORT.argCeremony())
      .option('--include-revoked', EXPORT.rosterRevoked()),
  ).action(async (ceremony: string, opts: FileOptions & { includeRevoked?: boolean }) => {
    const { rosterExport } = await import('../../core/export/export.js');
    const format = fileFormat(opts);
    await runExport(await rosterExport(await ctx.registry(), ceremony, { includeRevoked: opts.includeRevoked, bySection: format === 'xlsx' }), opts, ctx);
  });
  examples(roster, ['tdkt export roster le-chan-2022 -o roster.xlsx', 'tdkt export roster le-chan-2022 --excel -o roster.csv']);

  const counts = withFile(
    new Command('counts')
      .description(EXPORT.counts())
      .argument('[ceremony]', EXPORT.argCeremony())
      .option('-y, --year <year>', EXPORT.optYear(), parseYear)
      .option('-b, --body <body>', EXPORT.optBody())
      .addOption(new Option('-l, --level <level>', EXPORT.optLevel()).choices(LEVELS))
      .option('--include-revoked', EXPORT.countsRevoked()),
  ).action(async (query: string | undefined, opts: FileOptions & { year?: number; body?: string; level?: string; includeRevoked?: boolean }) => {
    if (!query && opts.year === undefined) throw new UsageError(EXPORT.countsNeeds());
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
      .description(EXPORT.certificates())
      .argument('<decision|ceremony>', EXPORT.argTarget()),
  ).action(async (query: string, opts: FileOptions) => {
    const format = fileFormat(opts);
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(EXPORT.certificatesFormat(format));
    const { certificates, certificateColumns } = await import('../../core/paperwork/certificates.js');
    const c = await certificates(await ctx.registry(), query);
    // Word's mail merge reads a CSV as UTF-8 only with a byte order mark.
    await runExport([{ name: 'Phôi', columns: certificateColumns, rows: [c.rows] }], { ...opts, excel: opts.excel ?? format === 'csv' }, ctx, { people: false });
    if (c.assigned) ctx.info(EXPORT.registerNumbers(c.assigned, c.target.label));
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
  if (opts.excel && format !== 'csv') throw new UsageError(EXPORT.excelForCsv());
  if (format === 'xlsx' && !outputPath(ctx, opts.output) && ctx.io.stdout.isTTY) {
    throw new UsageError(EXPORT.xlsxBinary());
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
  if (opts.output) ctx.info(EXPORT.wrote(n, opts.output));
}
