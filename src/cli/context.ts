/**
 * What a command needs, created lazily: `--help` and usage errors never open or create a registry.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Registry } from '../core/db.js';
import { defaultRegistryPath, isPostgresUrl } from '../core/paths.js';
import { render, renderRecord } from '../render/render.js';
import { FORMATS, type Column, type Format, type TableModel } from '../render/model.js';
import { safeLines, UsageError } from './errors.js';
import type { IO } from './io.js';
import { inquirerPrompter, type Asker, type Prompter } from './prompt.js';
import { CLI } from '../i18n/messages/cli.js';

export interface GlobalOptions {
  db?: string;
  readOnly?: boolean;
  actor?: string;
  input: boolean;
  color: boolean;
  pager: boolean;
  debug?: boolean;
}

export interface OutputOptions {
  format?: string;
  json?: boolean;
}

export class Context implements Asker {
  /** "recipient add", set before the action runs; recorded in the audit trail. */
  commandName = 'tdkt';
  /** The command writes the registry (set with commandName): it opens ready to write. */
  writer = false;
  /** The command may create the registry when the file does not exist (init, import). */
  creator = false;
  private opened: Registry | undefined;
  private prompterInstance: Prompter | undefined;

  constructor(
    readonly io: IO,
    private readonly program: Command,
  ) {}

  get globals(): GlobalOptions {
    return this.program.opts() as GlobalOptions;
  }

  get debug(): boolean {
    return Boolean(this.globals.debug || this.io.env.TDKT_DEBUG);
  }

  /** Who writes, as given: --actor, else TDKT_ACTOR (else the registry's default: the system user, or the database role). */
  get actor(): string | undefined {
    return this.globals.actor ?? this.io.env.TDKT_ACTOR;
  }

  registryPath(): string {
    return this.globals.db ?? defaultRegistryPath(this.io.env, this.io.home);
  }

  get readOnly(): boolean {
    const env = this.io.env.TDKT_READ_ONLY;
    return Boolean(this.globals.readOnly) || (env !== undefined && env !== '' && env !== '0');
  }

  /**
   * Opens (creating on first use) the registry; once per command. `asIs`: a read-only open takes an
   * older schema as it is (audit verify of an old backup) instead of asking for an upgrade.
   */
  async registry(opts: { asIs?: boolean } = {}): Promise<Registry> {
    if (this.opened) return this.opened;
    const { openRegistry } = await import('../core/db.js');
    const path = this.registryPath();
    const fresh = this.creator && path !== ':memory:' && !isPostgresUrl(path) && !existsSync(path);
    this.opened = await openRegistry(path, {
      create: this.creator,
      anchors: this.io.env.TDKT_ANCHORS || undefined,
      prepareWrites: this.writer || this.creator,
      asIs: opts.asIs,
      clock: this.io.clock,
      actor: this.actor,
      command: this.commandName,
      readOnly: this.readOnly,
      notice: (m) => this.info(m),
    });
    if (fresh && this.commandName !== 'init') this.info(CLI.createdRegistry(path));
    return this.opened;
  }

  async close(): Promise<void> {
    await this.opened?.close();
    this.opened = undefined;
  }

  /** Prompts only with a TTY on both stdin and stderr, and without --no-input. */
  get canPrompt(): boolean {
    if (this.io.prompter && this.globals.input) return Boolean(this.io.stdin.isTTY);
    return this.globals.input && Boolean(this.io.stdin.isTTY) && this.io.stderr.isTTY;
  }

  async prompter(): Promise<Prompter> {
    this.prompterInstance ??= this.io.prompter ?? (await inquirerPrompter());
    return this.prompterInstance;
  }

  get color(): boolean {
    const env = this.io.env;
    return this.globals.color && this.io.stdout.isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  }

  /** --json, else --format, else a table on a TTY and TSV when piped. */
  format(o: OutputOptions): Format {
    if (o.json) return 'json';
    if (o.format) {
      if (!(FORMATS as readonly string[]).includes(o.format)) {
        throw new UsageError(CLI.unknownFormat(o.format, FORMATS.join(', ')));
      }
      return o.format as Format;
    }
    return this.io.stdout.isTTY ? 'table' : 'tsv';
  }

  async print<R>(model: TableModel<R>, o: OutputOptions): Promise<void> {
    const format = this.format(o);
    const text = await render(model, { format, color: this.color, width: this.io.stdout.columns });
    if (format === 'table') await this.page(text);
    else this.io.stdout.write(text);
  }

  /** The pager: TDKT_PAGER, else PAGER, else less (more on Windows); empty or "cat" for none. */
  pagerCommand(): string | undefined {
    const env = this.io.env;
    const cmd = (env.TDKT_PAGER ?? env.PAGER ?? (process.platform === 'win32' ? 'more' : 'less')).trim();
    return cmd === '' || cmd === 'cat' ? undefined : cmd;
  }

  /**
   * A table longer than the terminal goes through the pager, on a terminal and without --no-pager;
   * anything else is written as it is.
   */
  async page(text: string): Promise<void> {
    const out = this.io.stdout;
    const cmd = this.pagerCommand();
    if (cmd && this.globals.pager !== false && out.isTTY && this.io.page) {
      let lines = 0;
      for (let i = text.indexOf('\n'); i >= 0 && lines < (out.rows ?? 24); i = text.indexOf('\n', i + 1)) lines++;
      if (lines >= (out.rows ?? 24) && (await this.io.page(text, cmd))) return;
    }
    out.write(text);
  }

  async printRecord<R>(columns: Column<R>[], record: R, o: OutputOptions): Promise<void> {
    this.io.stdout.write(await renderRecord(columns, record, { format: this.format(o), color: this.color }));
  }

  /** Data goes to stdout; everything else (messages, warnings) to stderr. */
  info(message: string): void {
    this.io.stderr.write(safeLines(message) + '\n');
  }
}
