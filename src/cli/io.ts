/**
 * Every side effect of the command line goes through an IO: streams, environment, TTY, clock and the
 * prompter. systemIO() is the real one; bufferIO() lets tests run commands in-process.
 */
import { homedir } from 'node:os';
import { Readable } from 'node:stream';
import type { Prompter } from './prompt.js';

export interface OutStream {
  write(text: string): void;
  isTTY: boolean;
  columns?: number;
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
}

export function systemIO(): IO {
  // `tdkt … | head` closes the pipe early: leave quietly instead of throwing EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    stdout: {
      write: (t) => void process.stdout.write(t),
      get isTTY() {
        return Boolean(process.stdout.isTTY);
      },
      get columns() {
        return process.stdout.columns;
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
  };
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
}

/** An IO that records what a command writes; not a TTY unless asked. */
export function bufferIO(opts: BufferOptions = {}): BufferIO {
  let out = '';
  let err = '';
  const tty = opts.tty ?? false;
  const stdin = Readable.from(opts.stdin !== undefined ? [opts.stdin] : []) as NodeJS.ReadableStream & { isTTY?: boolean };
  stdin.isTTY = tty;
  return {
    stdout: { write: (t) => void (out += t), isTTY: tty, columns: 120 },
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
