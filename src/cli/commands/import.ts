import { Command, Option } from 'commander';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { IMPORT_FORMATS, formatFromName, type ImportFormat } from '../../core/import/readers/source.js';
import type { BadRow, ImportSummary } from '../../core/import/importer.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { creates, examples, FINDINGS_SHOWN } from '../options.js';
import { formatWarning } from '../views/warnings.js';
import { fileSink, formatOfOutput, outputPath } from './files.js';
import { humanNumber } from '../../i18n/index.js';
import { EVIDENCE_KINDS, IMPORT_CMD } from '../../i18n/messages/commands-b-import.js';

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
    .argument('[file]', IMPORT_CMD.argFile())
    .addOption(new Option('-f, --format <format>', IMPORT_CMD.optFormat()).choices(IMPORT_FORMATS))
    .option('--sheet <name>', IMPORT_CMD.optSheet())
    .option('--decision <decision>', IMPORT_CMD.optDecision())
    .option('--ceremony <ceremony>', IMPORT_CMD.optCeremony())
    .option('--ignore-column <header>', IMPORT_CMD.optIgnoreColumn(), (v: string, prev: string[] = []) => [...prev, v])
    .option('--include-hidden', IMPORT_CMD.optIncludeHidden())
    .option('-n, --dry-run', IMPORT_CMD.optDryRun())
    .option('--errors <file>', IMPORT_CMD.optErrors())
    .option('--strict', IMPORT_CMD.optStrict())
    .option('--no-strict', IMPORT_CMD.optNoStrict())
    .addOption(new Option('--template <format>', IMPORT_CMD.optTemplate()).choices(['csv', 'xlsx']))
    .option('-o, --output <file>', IMPORT_CMD.optOutput())
    .option('--json', IMPORT_CMD.optJson())
    .addHelpText('after', IMPORT_CMD.columnsHelp())
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
  if (opts.output) throw new UsageError(IMPORT_CMD.outputWithoutTemplate());
  if (!file) throw new UsageError(IMPORT_CMD.noFile());
  const stdin = file === '-';
  const format = opts.format ?? (stdin ? undefined : formatFromName(file));
  if (!format) {
    throw new UsageError(stdin ? IMPORT_CMD.stdinFormat() : IMPORT_CMD.unknownFormat(file));
  }
  const path = stdin ? undefined : resolve(ctx.io.cwd, file);
  if (path && !existsSync(path)) throw new UsageError(IMPORT_CMD.missingFile(file));
  if (opts.errors && resolve(ctx.io.cwd, opts.errors) === path) throw new UsageError(IMPORT_CMD.errorsIsInput());
  const errorsFormat = opts.errors ? formatOfOutput(opts.errors, 'csv') : undefined;
  if (errorsFormat === 'json' || errorsFormat === 'ndjson') throw new UsageError(IMPORT_CMD.errorsFormat());
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
      onFindings: (findings, total, counts) => {
        progress?.stop();
        // The first ones, then how many there are of each severity (a province's history has hundreds of thousands).
        const shown = findings.slice(0, FINDINGS_SHOWN);
        for (const f of shown) ctx.info(formatWarning(f));
        if (total > shown.length) ctx.info(IMPORT_CMD.moreFindings(total - shown.length, total, counts.error, counts.warning, counts.missing));
      },
    });
  } catch (e) {
    offInterrupt?.();
    progress?.stop();
    if (errors) {
      const n = await errors.close();
      if (n) ctx.info(IMPORT_CMD.badRowsIn(n, opts.errors!));
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
    (['recipients', 'decisions', 'bodies', 'ceremonies'] as const).map((k) => IMPORT_CMD.counted(k, s[k].created, s[k].matched)).join(', ') +
    evidenceText(s);
  ctx.info(s.dry_run ? IMPORT_CMD.dryRun(s.rows, s.file, s.awards.created, created) : IMPORT_CMD.imported(s.awards.created, s.file, created, s.presentations.created));
  if (s.would_create?.length && !opts.json) {
    ctx.info(IMPORT_CMD.wouldCreate());
    for (const c of s.would_create) ctx.info(IMPORT_CMD.wouldCreateRow(c.row, c.table, c.ref, c.name));
    const n = (['recipients', 'decisions', 'bodies', 'ceremonies'] as const).reduce((t, k) => t + s[k].created, 0);
    if (n > s.would_create.length) ctx.info(IMPORT_CMD.andMore(n - s.would_create.length));
  }
  if (opts.json) {
    ctx.io.stdout.write(JSON.stringify(s, null, 2) + '\n');
    return;
  }

  const rows = (['awards', 'presentations', 'recipients', 'decisions', 'bodies', 'ceremonies'] as const).map((k) => ({ entity: k, ...s[k] }));
  await ctx.print(
    {
      columns: [
        { key: 'entity', header: IMPORT_CMD.colRecords(), value: (r) => IMPORT_CMD.recordsName(r.entity), humanOnly: true },
        { key: 'entity', header: 'entity', machineOnly: true }, // i18n-ignore: a machine column's header is never shown
        { key: 'created', header: s.dry_run ? IMPORT_CMD.colWouldCreate() : IMPORT_CMD.colCreated(), align: 'right', kind: 'count' },
        { key: 'matched', header: IMPORT_CMD.colMatched(), align: 'right', kind: 'count' },
      ],
      rows,
    },
    {},
  );
}

/** "; evidence: 3 ratings, 1 initiative", or nothing when the file had no evidence columns. */
function evidenceText(s: ImportSummary): string {
  const said = EVIDENCE_KINDS.filter((k) => s.evidence[k] > 0).map((k) => IMPORT_CMD.evidenceItem(k, s.evidence[k]));
  return said.length ? IMPORT_CMD.evidence(said.join(', ')) : '';
}

async function writeTemplate(opts: ImportCommandOptions, ctx: Context): Promise<void> {
  const format = opts.template!;
  if (format === 'xlsx' && !outputPath(ctx, opts.output) && ctx.io.stdout.isTTY) {
    throw new UsageError(IMPORT_CMD.templateBinary());
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
  if (outputPath(ctx, opts.output)) ctx.info(IMPORT_CMD.wroteTemplate(format.toUpperCase(), opts.output!));
}

/** Rows, rate and (for a file) percentage and ETA on stderr; only on a terminal. */
async function progressBar(ctx: Context, totalBytes: number) {
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar({
    stream: ctx.io.stderr as unknown as NodeJS.WritableStream,
    format: totalBytes ? IMPORT_CMD.progress() : IMPORT_CMD.progressStdin(),
    hideCursor: false,
    clearOnComplete: true,
    fps: 5,
    etaBuffer: 20,
  });
  const started = Date.now();
  bar.start(totalBytes || 1, 0, { rows: humanNumber(0), rate: humanNumber(0) });
  return {
    update: (p: { rows: number; bytes: number }) => {
      const secs = (Date.now() - started) / 1000;
      bar.update(totalBytes ? Math.min(p.bytes, totalBytes) : 0, { rows: humanNumber(p.rows), rate: humanNumber(secs > 0 ? Math.round(p.rows / secs) : 0) });
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
      await this.writer.sheet(IMPORT_CMD.badRowsSheet(), [
        // i18n-ignore: the two columns import knows by these names and skips when the fixed file comes back
        { key: 'reason', header: 'reason', value: (r) => reasonOf(r.issues) },
        // i18n-ignore: (see above)
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
