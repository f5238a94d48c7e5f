/**
 * The explicit list of top-level commands, in the order --help shows them. Each module is loaded only
 * when its command runs (or for a full --help of it), so a command pays only for what it uses at start-up.
 * The summary here is the command's description: one source for both.
 */
import type { Command } from 'commander';
import type { Context } from '../context.js';

export interface CommandEntry {
  name: string;
  summary: string;
  /** Left out of --help (what the completion scripts call). */
  hidden?: boolean;
  load(): Promise<(ctx: Context) => Command>;
}

export const commands: CommandEntry[] = [
  {
    name: 'init',
    summary: 'create the registry file (with the award catalogue) if it does not exist, and print its path',
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'info',
    summary: 'which registry is used: its path, size, schema version, records, last change and audit head',
    load: async () => (await import('./info.js')).infoCommand,
  },
  {
    name: 'recipient',
    summary: 'collectives, individuals and households that receive awards',
    load: async () => (await import('./recipient/index.js')).recipientCommand,
  },
  {
    name: 'body',
    summary: 'issuing bodies (who signs decisions) and their levels of authority',
    load: async () => (await import('./body/index.js')).bodyCommand,
  },
  {
    name: 'award-type',
    summary: 'the catalogue of emulation titles and commendation forms',
    load: async () => (await import('./award-type/index.js')).awardTypeCommand,
  },
  {
    name: 'decision',
    summary: 'decisions that confer awards (quyết định khen thưởng) and their annexes',
    load: async () => (await import('./decision/index.js')).decisionCommand,
  },
  {
    name: 'award',
    summary: 'award lines: who receives which title or form, by which decision',
    load: async () => (await import('./award/index.js')).awardCommand,
  },
  {
    name: 'ceremony',
    summary: 'ceremonies where awards are handed over',
    load: async () => (await import('./ceremony/index.js')).ceremonyCommand,
  },
  {
    name: 'roster',
    summary: 'the roster of a ceremony: who receives what, in order of precedence',
    load: async () => (await import('./roster.js')).rosterCommand,
  },
  {
    name: 'counts',
    summary: 'count awards per type and level by collectives, individuals, households: of a ceremony, or of a year',
    load: async () => (await import('./counts.js')).countsCommand,
  },
  {
    name: 'stats',
    summary: 'the statistical forms of Circular 02/2023/TT-BNV the registry fills: 0602.N and 0603.N, for a year',
    load: async () => (await import('./stats.js')).statsCommand,
  },
  {
    name: 'history',
    summary: 'everything a recipient received, oldest first, with decisions, ceremonies and revocations',
    load: async () => (await import('./history.js')).historyCommand,
  },
  {
    name: 'search',
    summary: 'find recipients, bodies, ceremonies and award types by words of their names, without diacritics',
    load: async () => (await import('./search.js')).searchCommand,
  },
  {
    name: 'import',
    summary: 'import award lines (one row per line of an annex) from CSV, TSV, XLSX, JSON or NDJSON: all of them, or nothing',
    load: async () => (await import('./import.js')).importCommand,
  },
  {
    name: 'export',
    summary: 'write award lines, recipients, a roster or counts to a CSV, TSV, XLSX, JSON or NDJSON file',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'evidence',
    summary: 'evidence the rules need: yearly ratings, discipline, initiatives, member counts of collectives',
    load: async () => (await import('./evidence/index.js')).evidenceCommand,
  },
  {
    name: 'check',
    summary: 'run the rules of the law over the registry and report every finding (exit 3 when there are findings)',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'rules',
    summary: 'list the rules tdkt check runs: what each checks, its article and the regimes it judges',
    load: async () => (await import('./rules.js')).rulesCommand,
  },
  {
    name: 'eligible',
    summary: 'the nomination list: who meets the chain of an award type for a year, with the evidence, and the near misses',
    load: async () => (await import('./eligible.js')).eligibleCommand,
  },
  {
    name: 'settings',
    summary: 'settings of this registry: quotas and how strict award add is',
    load: async () => (await import('./settings/index.js')).settingsCommand,
  },
  {
    name: 'audit',
    summary: "the audit trail: who changed what and when, and proof that nothing changed behind tdkt's back",
    load: async () => (await import('./audit/index.js')).auditCommand,
  },
  {
    name: 'backup',
    summary: 'copy the registry to a file, consistently even while others write (SQLite online backup), and verify the copy',
    load: async () => (await import('./backup.js')).backupCommand,
  },
  {
    name: 'restore',
    summary: 'replace the registry with a backup, after verifying the backup; the replaced file is kept aside and its path printed',
    load: async () => (await import('./restore.js')).restoreCommand,
  },
  {
    name: 'completion',
    summary: 'print a shell completion script for bash, zsh, fish or PowerShell (commands, options, references)',
    load: async () => (await import('./completion.js')).completionCommand,
  },
  {
    name: '__complete',
    summary: 'the candidates for the word being typed (used by the completion scripts)',
    hidden: true,
    load: async () => (await import('./completion.js')).completeCommand,
  },
  {
    name: 'demo',
    summary: 'build the demo registry (Lê Chân conference of 17/01/2022) in a file of its own and print its roster and counts',
    load: async () => (await import('./demo.js')).demoCommand,
  },
];
