/**
 * Every side effect of the command line goes through an IO: streams, environment, TTY, clock and the
 * prompter. systemIO() is the real one; bufferIO() lets tests run commands in-process.
 */
import { homedir } from 'node:os';
import { Readable } from 'node:stream';
import { installInterrupt, leavingInterrupt, onInterrupt } from './interrupt.js';
import type { Prompter } from './prompt.js';

export interface OutStream {
  /**
   * Writes `text`; a promise when the reader lags behind (a pipe to a slower program): a command writing
   * a long stream awaits it, so what is waiting to be read stays bounded.
   */
  write(text: string): void | Promise<void>;
  isTTY: boolean;
  columns?: number;
  rows?: number;
}

export interface IO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  home: string;
  /** Tests inject a fixed clock; the system clock otherwise. */
  clock?: () => Date;
  /** Tests inject answers; the real one loads @inquirer/prompts when first needed. */
  prompter?: Prompter;
  /**
   * Shows `text` through the pager `command` (false when it could not be started: the caller writes the
   * text itself). Only the system IO has one.
   */
  page?(text: string, command: string): Promise<boolean>;
  /** Registers how to put the terminal back on Ctrl-C; returns its unregistering. Only the system IO. */
  onInterrupt?(fn: () => void): () => void;
}

export function systemIO(): IO {
  installInterrupt();
  // `tdkt … | head` closes the pipe early: leave quietly instead of throwing EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    stdout: {
      write: (t) => (process.stdout.write(t) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', resolve))),
      get isTTY() {
        return Boolean(process.stdout.isTTY);
      },
      get columns() {
        return process.stdout.columns;
      },
      get rows() {
        return process.stdout.rows;
      },
    },
    stderr: {
      write: (t) => void process.stderr.write(t),
      get isTTY() {
        return Boolean(process.stderr.isTTY);
      },
    },
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    home: homedir(),
    page: (text, command) => page(text, command),
    onInterrupt,
  };
}

/**
 * Pipes `text` into `command` (run by the shell, as git runs $PAGER) with the terminal as its output.
 * less is told to quit at once when the text fits, keep colours and leave the text on the screen, unless
 * LESS says otherwise.
 */
async function page(text: string, command: string): Promise<boolean> {
  const { spawn } = await import('node:child_process');
  return leavingInterrupt(
    () =>
      new Promise<boolean>((resolve) => {
        const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...process.env } });
        let started = true;
        child.on('error', () => {
          started = false;
          resolve(false);
        });
        // The pager may quit before reading everything (q in less): not an error.
        child.stdin.on('error', () => {});
        child.stdin.end(text);
        child.on('close', (code) => resolve(started && code !== 127));
      }),
  );
}

export interface BufferIO extends IO {
  out(): string;
  err(): string;
}

export interface BufferOptions {
  env?: Record<string, string | undefined>;
  tty?: boolean;
  stdin?: string | Buffer;
  clock?: () => Date;
  prompter?: Prompter;
  cwd?: string;
  home?: string;
  /** Terminal size (default 120 × 40). */
  columns?: number;
  rows?: number;
}

/** An IO that records what a command writes; not a TTY unless asked. */
export function bufferIO(opts: BufferOptions = {}): BufferIO {
  let out = '';
  let err = '';
  const tty = opts.tty ?? false;
  const stdin = Readable.from(opts.stdin !== undefined ? [opts.stdin] : []) as NodeJS.ReadableStream & { isTTY?: boolean };
  stdin.isTTY = tty;
  return {
    stdout: { write: (t) => void (out += t), isTTY: tty, columns: opts.columns ?? 120, rows: opts.rows ?? 40 },
    stderr: { write: (t) => void (err += t), isTTY: tty },
    stdin,
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    home: opts.home ?? '/nonexistent-home',
    clock: opts.clock,
    prompter: opts.prompter,
    out: () => out,
    err: () => err,
  };
}
