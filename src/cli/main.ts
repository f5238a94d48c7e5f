/**
 * The command line: builds the program from an explicit list of commands, runs it, maps errors to exit
 * codes. Nothing here opens the registry; commands do, through the context, when they run.
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { Context } from './context.js';
import { EXIT, reportError, safeLines, UsageError } from './errors.js';
import type { IO } from './io.js';
import { isCreator, isWriter } from './options.js';
import { ReadOnlyError } from '../core/errors.js';
import { humanNumber, langOf, resolveLang, setLang } from '../i18n/index.js';
import { CLI } from '../i18n/messages/cli.js';

export { systemIO, bufferIO } from './io.js';
export const VERSION = '0.1.0';

/** Global options that take a value: the word after them is not a command name. */
const VALUE_OPTIONS = new Set(['--db', '--actor', '--lang']);

/** The command named by argv (`tdkt --db x counts …` → counts; `tdkt help counts` → counts). */
export function invokedCommand(argv: string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    words.push(a);
  }
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * Builds the program. Only the invoked command's module is loaded (`all` loads every one, for tests and
 * full help); the others stand in as name and summary, which is all the top-level --help shows.
 */
export async function buildProgram(io: IO, opts: { argv?: string[]; all?: boolean } = {}): Promise<{ program: Command; ctx: Context }> {
  const program = new Command('tdkt');
  const ctx = new Context(io, program);
  // Before any subcommand is added, so that subcommands inherit both (no process.exit, no real stderr).
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(safeLines(commanderError(s))),
  });
  program.configureHelp({ styleTitle: helpTitle });
  program
    .description(CLI.description())
    .version(VERSION, '-V, --version', CLI.optVersion())
    .helpOption('-h, --help', CLI.optHelp())
    .helpCommand('help [command]', CLI.helpCommandHelp())
    .option('--db <path>', CLI.optDb())
    .option('--read-only', CLI.optReadOnly())
    .option('--actor <name>', CLI.optActor())
    .option('--lang <lang>', CLI.optLang())
    .option('--no-input', CLI.optNoInput())
    .option('--no-color', CLI.optNoColor())
    .option('--no-pager', CLI.optNoPager())
    .option('--debug', CLI.optDebug())
    .showHelpAfterError(CLI.afterError())
    .addHelpText(
      'after',
      `
${CLI.examples()}
  $ tdkt demo
  $ tdkt roster le-chan-2022
  $ tdkt counts --year 2021 --level province --json
  $ tdkt history "du hang kenh"

${CLI.exitCodes()}`,
    );
  program.hook('preAction', (_root, action) => {
    const names: string[] = [];
    for (let c: Command | null = action; c && c !== program; c = c.parent) names.unshift(c.name());
    ctx.commandName = names.join(' ');
    ctx.writer = isWriter(action);
    ctx.creator = isCreator(action);
    if (ctx.readOnly && isWriter(action)) throw new ReadOnlyError(ctx.commandName);
  });
  const wanted = opts.all ? undefined : invokedCommand(opts.argv ?? []);
  for (const entry of commands) {
    if (opts.all || entry.name === wanted) {
      program.addCommand((await entry.load())(ctx).description(entry.summary), { hidden: entry.hidden });
    } else {
      program.command(entry.name, { hidden: entry.hidden }).description(entry.summary).allowUnknownOption().allowExcessArguments();
    }
  }
  inheritSettings(program);
  return { program, ctx };
}

/**
 * Commands built with `new Command()` and added with addCommand() do not inherit the program's exit
 * override and output: without this, an invalid option argument of a subcommand (a bad --severity, a
 * choice not allowed) went to the real stderr and exited 1 instead of 2.
 */
function inheritSettings(parent: Command): void {
  for (const sub of parent.commands) {
    sub.copyInheritedSettings(parent);
    inheritSettings(sub);
  }
}

/** The longest argument tdkt takes: a name, a note, a search. Longer is a mistake (a pasted file). */
export const MAX_ARGUMENT = 10_000;

/** Arguments no command can use, refused before any command runs. */
function checkArguments(argv: string[]): void {
  for (const a of argv) {
    if (a.length > MAX_ARGUMENT) {
      throw new UsageError(CLI.argTooLong(humanNumber(a.length), a.slice(0, 20), humanNumber(MAX_ARGUMENT)));
    }
    if (a.includes('\u0000')) throw new UsageError(CLI.argNul());
  }
}

/**
 * Sets the run's language before any text is made (help is built with it): `--lang` from argv, else
 * TDKT_LANG, else the locale. Returns the `--lang` value as given, for the caller to check.
 */
function chooseLanguage(argv: string[], env: Record<string, string | undefined>): string | undefined {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--lang') flag = argv[i + 1];
    else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
  }
  setLang(resolveLang(flag !== undefined && langOf(flag) ? flag : undefined, env));
  return flag;
}

const TITLES: Record<string, () => string> = {
  'Usage:': CLI.helpUsage,
  'Arguments:': CLI.helpArguments,
  'Options:': CLI.helpOptions,
  'Global Options:': CLI.helpGlobalOptions,
  'Commands:': CLI.helpCommands,
};

/** Commander's help titles in the run's language. */
function helpTitle(title: string): string {
  return TITLES[title]?.() ?? title;
}

/** Commander's parse errors in the run's language, prefixed `tdkt:`. */
export function commanderError(s: string): string {
  if (!s.startsWith('error:')) return s;
  const body = s.slice('error: '.length).replace(/\n$/, '');
  const [first, ...rest] = body.split('\n');
  const said = commanderSentence(first);
  const more = rest.map((l) => {
    const m = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(l);
    return m ? CLI.errDidYouMean(m[1]) : l;
  });
  return `tdkt: ${CLI.errorWord()}: ${[said, ...more].join('\n')}\n`;
}

function commanderSentence(s: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.+)'$/.exec(s))) return CLI.errUnknownOption(m[1]);
  if ((m = /^unknown command '(.+)'$/.exec(s))) return CLI.errUnknownCommand(m[1]);
  if ((m = /^missing required argument '(.+)'$/.exec(s))) return CLI.errMissingArgument(m[1]);
  if ((m = /^option '(.+)' argument missing$/.exec(s))) return CLI.errOptionArgumentMissing(m[1]);
  if ((m = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(s))) return CLI.errTooManyArguments(m[1], m[2], m[3]);
  if ((m = /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(s))) return CLI.errInvalidChoice(m[1], m[2], m[3]);
  return s;
}

/** Runs tdkt with `argv` (without the node and script paths); returns the exit code. */
export async function main(argv: string[], io: IO): Promise<number> {
  const langFlag = chooseLanguage(argv, io.env);
  const { program, ctx } = await buildProgram(io, { argv });
  try {
    if (langFlag !== undefined && !langOf(langFlag)) throw new UsageError(CLI.badLang(langFlag));
    checkArguments(argv);
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    return reportError(e, io.stderr, ctx.debug || argv.includes('--debug'));
  } finally {
    await ctx.close();
  }
}

export { UsageError };
