/** Output files of import and export: a sink over a file (written whole, or not at all) or stdout. */
import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Sink } from '../../render/render.js';
import type { FileFormat } from '../../render/render.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { FILES } from '../../i18n/messages/commands-b.js';

export interface ClosableSink extends Sink {
  /** Finishes the file (renaming it into place) or flushes stdout. */
  close(): Promise<void>;
  /** Removes a partly written file. */
  abort(): void;
}

/** `-o -` (or no -o) means stdout. */
export function outputPath(ctx: Context, output: string | undefined): string | undefined {
  return output && output !== '-' ? resolve(ctx.io.cwd, output) : undefined;
}

/** The format an output file's extension names, else `fallback`. */
export function formatOfOutput(path: string | undefined, fallback: FileFormat): FileFormat {
  if (path === '-') return fallback;
  const ext = path && /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase();
  if (!ext || !path) return fallback;
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  throw new UsageError(FILES.unknownFormat(path));
}

/**
 * A file is written beside its destination and renamed into place when complete, so a failed export
 * never leaves half a file under the name asked for. Without a path, stdout.
 */
export async function fileSink(ctx: Context | undefined, path: string | undefined, guard: { registry?: string; shown?: string } = {}): Promise<ClosableSink> {
  if (!path) {
    const out = ctx!.io.stdout;
    return {
      write: (chunk) => out.write(chunk as string),
      close: async () => {},
      abort: () => {},
    };
  }
  const { checkOutputPath } = await import('../../core/trust/output.js');
  // Exports and templates replace a file of the same name (a clerk re-runs them); never anything else.
  checkOutputPath(path, { registry: guard.registry ?? ctx?.registryPath(), overwrite: true, shown: guard.shown });
  const temp = `${path}.partial-${randomBytes(4).toString('hex')}`;
  const stream = createWriteStream(temp);
  let failed: Error | undefined;
  stream.on('error', (e) => (failed = e));
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e) => reject(new UsageError(FILES.cannotWrite(path, e.message))));
  });
  return {
    write: (chunk) => {
      if (failed) throw failed;
      if (!stream.write(chunk)) return new Promise<void>((resolve) => stream.once('drain', resolve));
    },
    close: async () => {
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
      if (failed) throw failed;
      renameSync(temp, path);
    },
    abort: () => {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

/**
 * Writes a whole binary document (DOCX, XLSX) to `path` beside it first and renames it into place, so
 * a failure never leaves a partial file; without a path, to stdout unless stdout is a terminal.
 */
export async function writeDocument(ctx: Context, output: string | undefined, data: Buffer | Uint8Array, what: string): Promise<void> {
  if (!output || output === '-') {
    if (ctx.io.stdout.isTTY) throw new UsageError(FILES.binary(what));
    ctx.io.stdout.write(data as unknown as string);
    return;
  }
  const { resolve } = await import('node:path');
  const { writeFileSync } = await import('node:fs');
  const path = resolve(ctx.io.cwd, output);
  const temp = `${path}.partial-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new UsageError(FILES.cannotWrite(output, (e as Error).message));
  }
}
