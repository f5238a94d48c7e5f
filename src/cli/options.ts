/** Options shared by many commands, declared once. */
import { Option, type Command } from 'commander';
import { FORMATS } from '../render/model.js';
import { UsageError } from './errors.js';
import { CLI } from '../i18n/messages/cli.js';

/** Findings a command lists for a person before it says how many more there are (tdkt check lists them all). */
export const FINDINGS_SHOWN = 20;

/** --format and --json on every listing command. */
export function withOutput(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', CLI.optFormat()).choices(FORMATS))
    .option('--json', CLI.optJson());
}

export function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\n${CLI.examples()}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}

export function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v)) throw new UsageError(CLI.notYear(v));
  return Number(v);
}

/** A parser for a count option (`--limit`, `--last`): a whole number from 1 on. */
export function parseCount(option: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) {
      throw new UsageError(CLI.notCount(option, v));
    }
    return Number(v);
  };
}

export function parseId(v: string): number {
  const s = v.replace(/^#/, '');
  if (!/^\d+$/.test(s)) throw new UsageError(CLI.notAwardId(v));
  return Number(s);
}

export function collect<T>(parse: (v: string) => T) {
  return (v: string, prev: T[] = []): T[] => [...prev, parse(v)];
}

const WRITERS = new WeakSet<Command>();

/**
 * Marks a command that writes the registry. Under --read-only it is refused before it prompts or opens
 * anything (the registry refuses the write anyway; this only makes the refusal come first).
 */
export function writes(cmd: Command): Command {
  WRITERS.add(cmd);
  return cmd;
}

export function isWriter(cmd: Command): boolean {
  return WRITERS.has(cmd);
}

const CREATORS = new WeakSet<Command>();

/**
 * Marks a command that may create the registry when its file does not exist (init, import into a new
 * path). Any other command pointed at a missing file says so instead of creating an empty registry.
 */
export function creates(cmd: Command): Command {
  CREATORS.add(cmd);
  return cmd;
}

export function isCreator(cmd: Command): boolean {
  return CREATORS.has(cmd);
}
