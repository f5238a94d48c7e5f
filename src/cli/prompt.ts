/**
 * Guided prompts for what a clerk did not type. Prompts render on stderr (stdout carries data) and
 * appear only on a TTY; without one, a missing value is a usage error that names the flag.
 */
import { CancelledError, UsageError } from './errors.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(opts: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  select<T>(opts: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  search<T>(opts: { message: string; source: (term: string | undefined) => Promise<Choice<T>[]> }): Promise<T>;
  confirm(opts: { message: string; default?: boolean }): Promise<boolean>;
}

/** The real prompter; @inquirer/prompts is loaded the first time a prompt is needed. */
export async function inquirerPrompter(): Promise<Prompter> {
  const p = await import('@inquirer/prompts');
  const ctx = { output: process.stderr };
  return {
    input: (o) => p.input(o, ctx),
    select: (o) => p.select(o, ctx),
    search: (o) => p.search({ ...o, source: (term) => o.source(term) }, ctx),
    confirm: (o) => p.confirm(o, ctx),
  };
}

export interface Asker {
  canPrompt: boolean;
  prompter(): Promise<Prompter>;
}

/**
 * The value given on the command line, else the answer to a prompt, else a usage error naming the flag.
 */
export async function ask<T>(
  asker: Asker,
  given: T | undefined,
  flag: string,
  example: string,
  prompt: (p: Prompter) => Promise<T>,
): Promise<T> {
  if (given !== undefined) return given;
  if (!asker.canPrompt) throw new UsageError(`missing ${flag}: pass it, e.g. ${flag} ${example}`);
  return prompt(await asker.prompter());
}

/**
 * Goes ahead with `yes`; else asks on a TTY (no → CancelledError, exit 130); else a usage error: a
 * destructive action never proceeds unattended without --yes.
 */
export async function confirmOrYes(asker: Asker, yes: boolean | undefined, message: string, what: string): Promise<void> {
  if (yes) return;
  if (!asker.canPrompt) throw new UsageError(`${what} needs --yes when not run on a terminal`);
  const ok = await (await asker.prompter()).confirm({ message, default: false });
  if (!ok) throw new CancelledError();
}
