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

export { systemIO, bufferIO } from './io.js';
export const VERSION = '0.1.0';

/** Global options that take a value: the word after them is not a command name. */
const VALUE_OPTIONS = new Set(['--db', '--actor']);

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
    outputError: (s, write) => write(safeLines(s.startsWith('error:') ? `tdkt: ${s}` : s)),
  });
  program
    .description('Registry of emulation titles and commendations (thi đua, khen thưởng): records, rosters, counts.')
    .version(VERSION, '-V, --version')
    .option('--db <path>', "registry file (default: $TDKT_DB, else tdkt.sqlite in the system's data folder; tdkt info shows which)")
    .option('--read-only', 'open the registry read-only: every write is refused (also TDKT_READ_ONLY=1)')
    .option('--actor <name>', 'who is recorded in the audit trail (default: $TDKT_ACTOR, else the OS user)')
    .option('--no-input', 'never prompt; a missing value is a usage error')
    .option('--no-color', 'no colour in tables (also NO_COLOR)')
    .option('--no-pager', 'never page long tables on a terminal (the pager: $TDKT_PAGER, else $PAGER, else less)')
    .option('--debug', 'show stack traces of unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ tdkt demo
  $ tdkt roster le-chan-2022
  $ tdkt counts --year 2021 --level province --json
  $ tdkt history "du hang kenh"

Exit codes: 0 success, 1 failure (not found, conflict, invalid data), 2 usage error,
3 a check found problems, 130 cancelled at a prompt.`,
    );
  program.hook('preAction', (_root, action) => {
    const names: string[] = [];
    for (let c: Command | null = action; c && c !== program; c = c.parent) names.unshift(c.name());
    ctx.commandName = names.join(' ');
    ctx.writer = isWriter(action);
    ctx.creator = isCreator(action);
    if (ctx.readOnly && isWriter(action)) throw new ReadOnlyError(`run ${ctx.commandName}`);
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
      throw new UsageError(`an argument of ${a.length.toLocaleString('en')} characters ("${a.slice(0, 20)}…") is longer than tdkt takes (${MAX_ARGUMENT.toLocaleString('en')}): a name, a note or a search word is never that long`);
    }
    if (a.includes('\u0000')) throw new UsageError('an argument holds a NUL character, which no name, reference or value can hold');
  }
}

/** Runs tdkt with `argv` (without the node and script paths); returns the exit code. */
export async function main(argv: string[], io: IO): Promise<number> {
  const { program, ctx } = await buildProgram(io, { argv });
  try {
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
