/**
 * Shell completion: `tdkt completion <shell>` prints a script for bash, zsh, fish or PowerShell that asks
 * `tdkt __complete -- <words>` for the candidates of the word being typed: commands, options, choices of
 * an option, and references from the registry (recipients, decisions, ceremonies, bodies, award types).
 * Completion never creates a registry: a missing file gives no references.
 */
import { Command, type Option } from 'commander';
import { existsSync } from 'node:fs';
import { isPostgresUrl } from '../../core/paths.js';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { examples } from '../options.js';
import { COMPLETION_CMD } from '../../i18n/messages/commands-a-records.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

/** The scripts, after their first line (how to install them, in the run's language: COMPLETION_CMD). */
const SCRIPTS: Record<(typeof SHELLS)[number], string> = {
  bash: `_tdkt() {
  local IFS=$'\\n'
  COMPREPLY=($(tdkt __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _tdkt tdkt
`,
  zsh: `_tdkt() {
  local -a candidates
  candidates=("\${(@f)$(tdkt __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -- \${candidates:#}
}
compdef _tdkt tdkt
`,
  fish: `complete -c tdkt -f -a '(tdkt __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
  powershell: `Register-ArgumentCompleter -Native -CommandName tdkt -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
  if ($wordToComplete -eq '') { $words += '' }
  tdkt __complete -- @words 2>$null | ForEach-Object {
    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
  }
}
`,
};

const INSTALL: Record<(typeof SHELLS)[number], () => string> = {
  bash: COMPLETION_CMD.installBash,
  zsh: COMPLETION_CMD.installZsh,
  fish: COMPLETION_CMD.installFish,
  powershell: COMPLETION_CMD.installPowershell,
};

export function completionCommand(ctx: Context): Command {
  const cmd = new Command('completion')
    .argument('<shell>', `${SHELLS.join(', ')}`)
    .action((shell: string) => {
      if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(COMPLETION_CMD.noCompletion(shell, SHELLS.join(', ')));
      const s = shell as (typeof SHELLS)[number];
      ctx.io.stdout.write(`${INSTALL[s]()}\n${SCRIPTS[s]}`);
    });
  return examples(cmd, ['eval "$(tdkt completion bash)"', 'tdkt completion fish > ~/.config/fish/completions/tdkt.fish', 'tdkt completion powershell | Out-String | Invoke-Expression']);
}

/** Which registry records an argument or option names, by its name. */
function refKind(name: string): 'recipient' | 'decision' | 'ceremony' | 'body' | 'award_type' | undefined {
  const n = name.replace(/^-+/, '').replace(/[<>[\].]/g, '');
  if (['recipient', 'duplicate', 'into', 'unit', 'r', 'u'].includes(n)) return 'recipient';
  if (['decision', 'd'].includes(n)) return 'decision';
  if (n === 'ceremony') return 'ceremony';
  if (['body', 'organiser'].includes(n)) return 'body';
  if (['type', 't'].includes(n)) return 'award_type';
  return undefined;
}

async function references(ctx: Context, kind: NonNullable<ReturnType<typeof refKind>>, words: string[]): Promise<string[]> {
  // The registry the command being typed names (--db), else the usual one.
  const at = words.indexOf('--db');
  const named = at >= 0 ? words[at + 1] : undefined;
  const path = named ? (isPostgresUrl(named) ? named : resolve(ctx.io.cwd, named)) : ctx.registryPath();
  const server = isPostgresUrl(path);
  if (!server && !existsSync(path)) return [];
  const { openRegistry } = await import('../../core/db.js');
  // A server that cannot be reached, or a database without a registry, completes nothing.
  const reg = await openRegistry(path, { readOnly: true }).catch((e) => {
    if (server) return undefined;
    throw e;
  });
  if (!reg) return [];
  try {
    if (kind === 'award_type') return (await reg.db.selectFrom('award_type').select('code').orderBy('precedence').execute()).map((r) => r.code);
    if (kind === 'decision') return (await reg.db.selectFrom('decision').select(['symbol', 'ref']).orderBy('date', 'desc').execute()).flatMap((r) => [r.symbol, r.ref]);
    return (await reg.db.selectFrom(kind).select('ref').orderBy('ref').execute()).map((r) => r.ref);
  } finally {
    await reg.close();
  }
}

const takesValue = (o: Option) => o.required || o.optional;

/** The candidates for the last of `words` (the words typed after `tdkt`, the last one possibly empty). */
export async function candidates(ctx: Context, root: Command, words: string[]): Promise<string[]> {
  const cur = words.at(-1) ?? '';
  let cmd = root;
  let args = 0;
  let pending: Option | undefined;
  const optionOf = (c: Command, flag: string): Option | undefined => {
    for (let x: Command | null = c; x; x = x.parent) {
      const o = x.options.find((o) => o.long === flag || o.short === flag);
      if (o) return o;
    }
    return undefined;
  };
  for (const w of words.slice(0, -1)) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (w.startsWith('-')) {
      const o = optionOf(cmd, w.split('=')[0]);
      if (o && takesValue(o) && !w.includes('=')) pending = o;
      continue;
    }
    const sub = cmd.commands.find((c) => c.name() === w || c.aliases().includes(w));
    if (sub && args === 0) cmd = sub;
    else args++;
  }
  let out: string[] = [];
  if (pending) {
    if (pending.argChoices) out = pending.argChoices;
    else {
      const kind = refKind(pending.long ?? '');
      out = kind ? await references(ctx, kind, words) : [];
    }
  } else if (cur.startsWith('-')) {
    for (let x: Command | null = cmd; x; x = x.parent) for (const o of x.options) if (o.long && !o.hidden) out.push(o.long);
  } else {
    out = cmd.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden).map((c) => c.name());
    const arg = cmd.registeredArguments[Math.min(args, cmd.registeredArguments.length - 1)];
    const kind = arg && (arg.argChoices ? undefined : refKind(arg.name()));
    if (arg?.argChoices) out.push(...arg.argChoices);
    else if (kind) out.push(...(await references(ctx, kind, words)));
  }
  const lower = cur.toLowerCase();
  return [...new Set(out)].filter((c) => c.toLowerCase().startsWith(lower));
}

export function completeCommand(ctx: Context): Command {
  const cmd = new Command('__complete')
    .argument('[words...]')
    .allowUnknownOption()
    .action(async (words: string[]) => {
      const { buildProgram } = await import('../main.js');
      const { program } = await buildProgram(ctx.io, { all: true });
      for (const c of await candidates(ctx, program, words.length ? words : [''])) ctx.io.stdout.write(`${c}\n`);
    });
  return examples(cmd, ['tdkt __complete -- roster le']);
}
