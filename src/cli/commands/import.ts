import { Command, Option } from 'commander';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { IMPORT_FORMATS, formatFromName, type ImportFormat } from '../../core/import/readers/source.js';
import type { BadRow, ImportSummary } from '../../core/import/importer.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { creates, examples } from '../options.js';
import { formatWarning } from '../views/warnings.js';
import { fileSink, formatOfOutput, outputPath } from './files.js';

const HEAP_GROWING_PERCENT = 50;

export interface ImportCommandOptions {
  format?: ImportFormat;
  sheet?: string;
  includeHidden?: boolean;
  decision?: string;
  ceremony?: string;
  ignoreColumn?: string[];
  dryRun?: boolean;
  errors?: string;
  template?: 'csv' | 'xlsx';
  output?: string;
  json?: boolean;
  strict?: boolean;
}

export function importCommand(ctx: Context): Command {
  const cmd = new Command('import')
    .argument('[file]', 'the file to import, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'the file\'s format (default: from its extension)').choices(IMPORT_FORMATS))
    .option('--sheet <name>', 'XLSX: the sheet to read (default: the first)')
    .option('--decision <decision>', 'an existing decision (reference or number) for every row: its number, date and body fill the rows\' empty cells')
    .option('--ceremony <ceremony>', 'an existing ceremony (reference or name) at which every line is handed over')
    .option('--ignore-column <header>', 'skip a column the registry does not keep (repeat for several)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--include-hidden', 'XLSX: import the rows the sheet hides (filtered out) too; by default they are skipped and counted')
    .option('-n, --dry-run', 'check every row and report what would be created and matched; write nothing')
    .option('--errors <file>', 'write the bad rows, with a reason column, to this CSV, TSV or XLSX file')
    .option('--strict', 'refuse the whole file when the chain rules find a problem with its lines (default: setting award.strict)')
    .option('--no-strict', 'only warn, whatever the setting award.strict says')
    .addOption(new Option('--template <format>', 'write an empty template to fill in, instead of importing').choices(['csv', 'xlsx']))
    .option('-o, --output <file>', 'with --template: the file to write (default: stdout)')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
Columns (English key or Vietnamese header; matched without diacritics or case):
  decision_number  Số quyết định        decision_date   Ngày quyết định
  issuing_body     Cơ quan ban hành     award_type      Hình thức khen thưởng / Danh hiệu
  recipient_kind   Loại đối tượng       recipient_name  Tên đối tượng / Họ và tên / Tên tập thể
  unit             Đơn vị               position        Chức vụ
  achievement_period  Thời gian đạt thành tích / Năm    achievement  Thành tích / Nội dung khen thưởng
  commendation_kind   Loại hình khen thưởng             ceremony     Buổi lễ       line_no  STT
  and optional: decision_ref, body_ref, body_level, body_abbr, signer_name, signer_capacity,
  decision_summary, recipient_ref, unit_ref, ceremony_ref, ceremony_date, ceremony_place,
  ceremony_organiser, note.
Section rows (I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH) set the kind of the rows under them; footer
  rows (Tổng cộng …, signatures) end the list; Giới tính, Năm sinh, Quê quán, … are ignored.
Evidence for the rules (the recipient, the year the period ends): rating (Xếp loại), discipline
  (Kỷ luật), discipline_date, discipline_decision, initiative (Sáng kiến), initiative_level; for a
  collective member_count (Số thành viên), ldtt_count, cstdcs_count, completed_count.
See docs/import.md.`,
    )
    .action((file: string | undefined, opts: ImportCommandOptions) => runImport(file, opts, ctx));
  return examples(creates(cmd), [
    'tdkt import --template xlsx -o annex.xlsx',
    'tdkt import annex.xlsx --dry-run',
    'tdkt import annex.csv --errors bad-rows.csv',
    'tdkt import annex.xlsx --decision 05/QĐ-UBND --ceremony le-chan-2022',
    'tdkt export awards --year 2021 | tdkt --db other.sqlite import - --format csv',
  ]);
}

export async function runImport(file: string | undefined, opts: ImportCommandOptions, ctx: Context): Promise<void> {
  if (opts.template) return writeTemplate(opts, ctx);
  if (opts.output) throw new UsageError('-o/--output is for --template; the import itself writes the registry');
  if (!file) throw new UsageError('name the file to import (or - for stdin), e.g. tdkt import annex.xlsx');
  const stdin = file === '-';
  const format = opts.format ?? (stdin ? undefined : formatFromName(file));
  if (!format) {
    throw new UsageError(stdin ? 'reading stdin needs --format (csv, tsv, xlsx, json or ndjson)' : `cannot tell the format of "${file}" from its extension: pass --format csv, tsv, xlsx, json or ndjson`);
  }
  const path = stdin ? undefined : resolve(ctx.io.cwd, file);
  if (path && !existsSync(path)) throw new UsageError(`no file "${file}"`);
  if (opts.errors && resolve(ctx.io.cwd, opts.errors) === path) throw new UsageError('--errors must name another file than the one imported');
  const errorsFormat = opts.errors ? formatOfOutput(opts.errors, 'csv') : undefined;
  if (errorsFormat === 'json' || errorsFormat === 'ndjson') throw new UsageError('--errors writes CSV, TSV or XLSX (a file to fix in a spreadsheet)');
  if (opts.errors) {
    const { checkOutputPath } = await import('../../core/trust/output.js');
    checkOutputPath(resolve(ctx.io.cwd, opts.errors), { registry: ctx.registryPath(), overwrite: true, shown: opts.errors });
  }

  const input: Readable = path ? createReadStream(path, { highWaterMark: 256 << 10 }) : (ctx.io.stdin as Readable);
  const name = stdin ? 'stdin' : file;
  const reg = await ctx.registry();
  const progress = ctx.io.stderr.isTTY ? await progressBar(ctx, path ? statSync(path).size : 0) : undefined;
  const errors = opts.errors ? new ErrorsFile(resolve(ctx.io.cwd, opts.errors), errorsFormat!, reg.path, opts.errors) : undefined;
  // Ctrl-C: the bar gives the terminal back its line wrapping and cursor, and no half errors file stays.
  const offInterrupt = ctx.io.onInterrupt?.(() => {
    progress?.stop();
    errors?.discard();
  });
  const { importAwards } = await import('../../core/import/importer.js');
  // An import allocates a great deal of short-lived data; by default V8 lets the heap grow to several
  // times what is live before collecting it. Keep it close (a little more collecting), so memory stays
  // bounded however large the file.
  (await import('node:v8')).setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  let summary: ImportSummary;
  try {
    summary = await importAwards(reg, input, {
      format,
      name,
      path,
      sheet: opts.sheet,
      includeHidden: opts.includeHidden,
      decision: opts.decision,
      ceremony: opts.ceremony,
      ignoreColumns: opts.ignoreColumn,
      onNotice: (message) => ctx.info(message),
      parseWorker: path && (format === 'csv' || format === 'tsv') ? parseWorkerFor(path) : undefined,
      checksWorker: builtWorker('checks-worker.cjs'),
      dryRun: opts.dryRun,
      onProgress: progress?.update,
      onBadRows: errors ? (rows, header) => errors.add(rows, header) : undefined,
      strict: opts.strict,
      onFindings: (findings, total) => {
        progress?.stop();
        for (const f of findings) ctx.info(formatWarning(f));
        if (total > findings.length) ctx.info(`… and ${(total - findings.length).toLocaleString('en')} more findings: tdkt check lists them all`);
      },
    });
  } catch (e) {
    offInterrupt?.();
    progress?.stop();
    if (errors) {
      const n = await errors.close();
      if (n) ctx.info(`The ${n} bad rows, with the reason, are in ${opts.errors}`);
    }
    throw e;
  }
  offInterrupt?.();
  progress?.stop();
  await errors?.close();
  await reportSummary(summary, opts, ctx);
}

/**
 * The worker that parses a CSV/TSV file beside the checks and writes: dist/import-worker.cjs, next to the
 * running bundle. When the program runs from its TypeScript sources (tests) there is none, and the file
 * is parsed on the main thread.
 */
function parseWorkerFor(path: string): { path: string; script: string } | undefined {
  const script = builtWorker('import-worker.cjs');
  return script ? { path, script } : undefined;
}

/** A worker's bundle beside the running one (dist/), if there is one; the rules' worker is checks-worker.cjs. */
function builtWorker(name: string): string | undefined {
  const script = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(script) ? script : undefined;
}

async function reportSummary(s: ImportSummary, opts: ImportCommandOptions, ctx: Context): Promise<void> {
  const created =
    (['recipients', 'decisions', 'bodies', 'ceremonies'] as const).map((k) => `${s[k].created} new and ${s[k].matched} existing ${k}`).join(', ') +
    evidenceText(s);
  ctx.info(
    s.dry_run
      ? `Dry run: all ${s.rows} rows of ${s.file} can be imported (${s.awards.created} award lines; ${created}); nothing was written.`
      : `Imported ${s.awards.created} award lines from ${s.file} (${created}; ${s.presentations.created} handed over at ceremonies).`,
  );
  if (s.would_create?.length && !opts.json) {
    ctx.info('It would create:');
    for (const c of s.would_create) ctx.info(`  row ${c.row}: ${c.table} ${c.ref} «${c.name}»`);
    const n = (['recipients', 'decisions', 'bodies', 'ceremonies'] as const).reduce((t, k) => t + s[k].created, 0);
    if (n > s.would_create.length) ctx.info(`  … and ${n - s.would_create.length} more`);
  }
  if (opts.json) {
    ctx.io.stdout.write(JSON.stringify(s, null, 2) + '\n');
    return;
  }

  const rows = (['awards', 'presentations', 'recipients', 'decisions', 'bodies', 'ceremonies'] as const).map((k) => ({ entity: k, ...s[k] }));
  await ctx.print(
    {
      columns: [
        { key: 'entity', header: 'Records' },
        { key: 'created', header: s.dry_run ? 'Would create' : 'Created', align: 'right' },
        { key: 'matched', header: 'Matched', align: 'right' },
      ],
      rows,
    },
    {},
  );
}

/** "; evidence: 3 ratings, 1 initiative", or nothing when the file had no evidence columns. */
function evidenceText(s: ImportSummary): string {
  const e = s.evidence;
  const parts = [
    [e.ratings, 'rating', 'ratings'],
    [e.disciplines, 'discipline', 'disciplines'],
    [e.initiatives, 'initiative', 'initiatives'],
    [e.members, 'member count', 'member counts'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length ? `; evidence: ${said.join(', ')}` : '';
}

async function writeTemplate(opts: ImportCommandOptions, ctx: Context): Promise<void> {
  const format = opts.template!;
  if (format === 'xlsx' && !outputPath(ctx, opts.output) && ctx.io.stdout.isTTY) {
    throw new UsageError('an XLSX template is binary: write it to a file with -o annex.xlsx, or redirect stdout');
  }
  const { writeImportTemplate } = await import('../../core/import/template.js');
  const sink = await fileSink(ctx, outputPath(ctx, opts.output), { shown: opts.output });
  try {
    await writeImportTemplate(format, sink);
    await sink.close();
  } catch (e) {
    sink.abort();
    throw e;
  }
  if (outputPath(ctx, opts.output)) ctx.info(`Wrote the ${format.toUpperCase()} template to ${opts.output}; fill in one row per award line, then: tdkt import ${opts.output}`);
}

/** Rows, rate and (for a file) percentage and ETA on stderr; only on a terminal. */
async function progressBar(ctx: Context, totalBytes: number) {
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar({
    stream: ctx.io.stderr as unknown as NodeJS.WritableStream,
    format: totalBytes ? 'Importing {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}' : 'Importing {rows} rows | {rate} rows/s',
    hideCursor: false,
    clearOnComplete: true,
    fps: 5,
    etaBuffer: 20,
  });
  const started = Date.now();
  bar.start(totalBytes || 1, 0, { rows: 0, rate: 0 });
  return {
    update: (p: { rows: number; bytes: number }) => {
      const secs = (Date.now() - started) / 1000;
      bar.update(totalBytes ? Math.min(p.bytes, totalBytes) : 0, { rows: p.rows, rate: secs > 0 ? Math.round(p.rows / secs) : 0 });
    },
    stop: () => bar.stop(),
  };
}

/** The bad rows, as they are found, with `reason` and `source_row` first (import skips both columns). */
class ErrorsFile {
  private writer: Awaited<ReturnType<typeof import('../../render/render.js').openTableWriter<BadRow>>> | undefined;
  private sink: Awaited<ReturnType<typeof fileSink>> | undefined;
  private n = 0;
  constructor(
    private readonly path: string,
    private readonly format: 'csv' | 'tsv' | 'xlsx',
    private readonly registry: string,
    private readonly shown: string,
  ) {}

  async add(rows: BadRow[], header: string[]): Promise<void> {
    if (!this.writer) {
      const { openTableWriter } = await import('../../render/render.js');
      const { reasonOf } = await import('../../core/import/importer.js');
      this.sink = await fileSink(undefined, this.path, { registry: this.registry, shown: this.shown });
      this.writer = await openTableWriter<BadRow>(this.format, this.sink, { excel: true });
      await this.writer.sheet('Bad rows', [
        { key: 'reason', header: 'reason', value: (r) => reasonOf(r.issues) },
        { key: 'source_row', header: 'source_row', value: (r) => r.row },
        ...header.map((h, i) => ({ key: h || `column_${i + 1}`, header: h, value: (r: BadRow) => r.cells[i] ?? null })),
      ]);
    }
    this.n += rows.length;
    await this.writer.rows(rows);
  }

  /** Removes the file being written (the import was cancelled). */
  discard(): void {
    this.sink?.abort();
    this.writer = undefined;
  }

  async close(): Promise<number> {
    if (this.writer) {
      await this.writer.end();
      await this.sink!.close();
      this.writer = undefined;
    }
    return this.n;
  }
}
