/**
 * Guided prompts for what a clerk did not type. Prompts render on stderr (stdout carries data) and
 * appear only on a TTY; without one, a missing value is a usage error that names the flag.
 */
import { CancelledError, UsageError } from './errors.js';
import { CLI } from '../i18n/messages/cli.js';

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

/** The prompts' key hints, by the action @inquirer/prompts names in English. */
const ACTIONS: Record<string, () => string> = { navigate: CLI.promptNavigate, select: CLI.promptSelect };
/** @inquirer/search's own text for a search that finds nothing. */
// i18n-ignore: the library's English text, replaced by the catalogue's below
const NO_RESULTS = 'No results found';

/**
 * The real prompter; @inquirer/prompts is loaded the first time a prompt is needed. Its own words (the
 * key hints, "no results", yes and no) are given in the run's language through its themes.
 */
export async function inquirerPrompter(): Promise<Prompter> {
  const [p, { styleText }] = await Promise.all([import('@inquirer/prompts'), import('node:util')]);
  const ctx = { output: process.stderr };
  const style = {
    keysHelpTip: (keys: [string, string][]) =>
      keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', ACTIONS[action]?.() ?? action)}`).join(styleText('dim', ' • ')),
    error: (text: string) => styleText('red', `> ${text === NO_RESULTS ? CLI.promptNoResults() : text}`),
  };
  const keywords = { yes: CLI.promptYes(), no: CLI.promptNo(), error: (k: { yes: string; no: string }) => CLI.promptYesOrNo(k.yes, k.no) };
  return {
    input: (o) => p.input(o, ctx),
    select: (o) => p.select({ ...o, theme: { style } }, ctx),
    search: (o) => p.search({ ...o, source: (term) => o.source(term), theme: { style } }, ctx),
    confirm: (o) => p.confirm({ ...o, theme: { keywords } }, ctx),
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
  if (!asker.canPrompt) throw new UsageError(CLI.missingValue(flag, example));
  return prompt(await asker.prompter());
}

/**
 * Goes ahead with `yes`; else asks on a TTY (no → CancelledError, exit 130); else a usage error: a
 * destructive action never proceeds unattended without --yes.
 */
export async function confirmOrYes(asker: Asker, yes: boolean | undefined, message: string, what: string): Promise<void> {
  if (yes) return;
  if (!asker.canPrompt) throw new UsageError(CLI.needsYes(what));
  const ok = await (await asker.prompter()).confirm({ message, default: false });
  if (!ok) throw new CancelledError();
}
