/**
 * A real terminal for tests: a tmux session of a given size running bash, driven by keys and read back
 * with capture-pane. tmux is required (CI installs it): these tests never skip.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tdkt.js');
let sessions = 0;

export class Terminal {
  private readonly socket = `tdkt-test-${process.pid}-${++sessions}`;
  readonly dir = tempDir({ forFile: true });

  constructor(
    readonly width: number,
    readonly height = 40,
    env: Record<string, string> = {},
  ) {
    // `tdkt` on the PATH runs the built program, so that command lines stay short.
    const bin = join(this.dir, 'bin');
    execFileSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'tdkt'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'tdkt'), 0o755);
    // The session starts from an empty environment: TDKT_LANG is passed on (English unless a test chooses,
    // as test/setup.ts sets it), and a test that wants the default (C locale, no TDKT_LANG) sets it to ''.
    const vars = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: this.dir,
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      NO_COLOR: '1',
      TDKT_ACTOR: 'tester',
      TDKT_LANG: process.env.TDKT_LANG ?? 'en',
      PS1: '$ ',
      HISTFILE: '/dev/null',
      ...env,
    };
    this.tmux(['-f', '/dev/null', 'new-session', '-d', '-s', 't', '-x', String(width), '-y', String(height), 'env', '-i', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), 'bash', '--norc', '--noprofile']);
    this.tmux(['set-option', '-t', 't', 'history-limit', '10000']);
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-u', '-L', this.socket, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  }

  /** Types `text` (literally) and, unless told otherwise, Enter. */
  type(text: string, enter = true): void {
    this.tmux(['send-keys', '-t', 't', '-l', text]);
    if (enter) this.keys('Enter');
  }

  /** Keys by tmux name: Enter, C-c, Down, BSpace… */
  keys(...names: string[]): void {
    this.tmux(['send-keys', '-t', 't', ...names]);
  }

  /**
   * The screen now (trailing blanks removed); `joined`: lines the terminal wrapped are joined back into
   * the line the program wrote.
   */
  screen(opts: { joined?: boolean } = {}): string {
    return this.tmux(['capture-pane', '-p', ...(opts.joined ? ['-J'] : []), '-t', 't']).replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
  }

  /** Everything shown since the session began, scrolled-off lines included. */
  history(): string {
    return this.tmux(['capture-pane', '-p', '-t', 't', '-S', '-']).replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
  }

  /** Waits until `test` holds for the screen (or the whole history); fails with the screen after `ms`. */
  async waitFor(test: (text: string) => boolean, opts: { ms?: number; history?: boolean; joined?: boolean } = {}): Promise<string> {
    const until = Date.now() + (opts.ms ?? 15_000);
    for (;;) {
      const text = opts.history ? this.history() : this.screen({ joined: opts.joined });
      if (test(text)) return text;
      if (Date.now() > until) throw new Error(`the terminal never showed what was expected; it shows:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Runs a shell command and returns what it printed (the lines between the command and its exit code)
   * with the exit code.
   */
  async run(command: string, opts: { ms?: number } = {}): Promise<{ code: number; lines: string[] }> {
    this.keys('C-l');
    this.tmux(['clear-history', '-t', 't']);
    this.type(`${command}; echo "[exit $?]"`);
    const text = await this.waitFor((t) => /^\[exit \d+\]$/m.test(t), { ...opts, history: true });
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('$ ') && l.includes(command.slice(0, 20)));
    const end = lines.findIndex((l) => /^\[exit \d+\]$/.test(l));
    // The command line itself may take more than one line of the terminal.
    let first = start + 1;
    while (first < end && !lines.slice(start, first).join('').includes('echo "[exit $?]"')) first++;
    return { code: Number(/\d+/.exec(lines[end])![0]), lines: lines.slice(first, end) };
  }

  close(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // Already gone.
    }
  }
}
