/**
 * The explicit list of top-level commands, in the order --help shows them. Each module is loaded only
 * when its command runs (or for a full --help of it), so a command pays only for what it uses at start-up.
 * The summary here is the command's description: one source for both, read in the run's language each
 * time it is shown.
 */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { COMMAND_SUMMARY } from '../../i18n/messages/commands-a.js';

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
    get summary() {
      return COMMAND_SUMMARY.init();
    },
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'info',
    get summary() {
      return COMMAND_SUMMARY.info();
    },
    load: async () => (await import('./info.js')).infoCommand,
  },
  {
    name: 'recipient',
    get summary() {
      return COMMAND_SUMMARY.recipient();
    },
    load: async () => (await import('./recipient/index.js')).recipientCommand,
  },
  {
    name: 'body',
    get summary() {
      return COMMAND_SUMMARY.body();
    },
    load: async () => (await import('./body/index.js')).bodyCommand,
  },
  {
    name: 'award-type',
    get summary() {
      return COMMAND_SUMMARY.awardType();
    },
    load: async () => (await import('./award-type/index.js')).awardTypeCommand,
  },
  {
    name: 'decision',
    get summary() {
      return COMMAND_SUMMARY.decision();
    },
    load: async () => (await import('./decision/index.js')).decisionCommand,
  },
  {
    name: 'award',
    get summary() {
      return COMMAND_SUMMARY.award();
    },
    load: async () => (await import('./award/index.js')).awardCommand,
  },
  {
    name: 'ceremony',
    get summary() {
      return COMMAND_SUMMARY.ceremony();
    },
    load: async () => (await import('./ceremony/index.js')).ceremonyCommand,
  },
  {
    name: 'roster',
    get summary() {
      return COMMAND_SUMMARY.roster();
    },
    load: async () => (await import('./roster.js')).rosterCommand,
  },
  {
    name: 'counts',
    get summary() {
      return COMMAND_SUMMARY.counts();
    },
    load: async () => (await import('./counts.js')).countsCommand,
  },
  {
    name: 'stats',
    get summary() {
      return COMMAND_SUMMARY.stats();
    },
    load: async () => (await import('./stats.js')).statsCommand,
  },
  {
    name: 'history',
    get summary() {
      return COMMAND_SUMMARY.history();
    },
    load: async () => (await import('./history.js')).historyCommand,
  },
  {
    name: 'search',
    get summary() {
      return COMMAND_SUMMARY.search();
    },
    load: async () => (await import('./search.js')).searchCommand,
  },
  {
    name: 'import',
    get summary() {
      return COMMAND_SUMMARY.import();
    },
    load: async () => (await import('./import.js')).importCommand,
  },
  {
    name: 'export',
    get summary() {
      return COMMAND_SUMMARY.export();
    },
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'evidence',
    get summary() {
      return COMMAND_SUMMARY.evidence();
    },
    load: async () => (await import('./evidence/index.js')).evidenceCommand,
  },
  {
    name: 'check',
    get summary() {
      return COMMAND_SUMMARY.check();
    },
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'rules',
    get summary() {
      return COMMAND_SUMMARY.rules();
    },
    load: async () => (await import('./rules.js')).rulesCommand,
  },
  {
    name: 'eligible',
    get summary() {
      return COMMAND_SUMMARY.eligible();
    },
    load: async () => (await import('./eligible.js')).eligibleCommand,
  },
  {
    name: 'settings',
    get summary() {
      return COMMAND_SUMMARY.settings();
    },
    load: async () => (await import('./settings/index.js')).settingsCommand,
  },
  {
    name: 'audit',
    get summary() {
      return COMMAND_SUMMARY.audit();
    },
    load: async () => (await import('./audit/index.js')).auditCommand,
  },
  {
    name: 'backup',
    get summary() {
      return COMMAND_SUMMARY.backup();
    },
    load: async () => (await import('./backup.js')).backupCommand,
  },
  {
    name: 'restore',
    get summary() {
      return COMMAND_SUMMARY.restore();
    },
    load: async () => (await import('./restore.js')).restoreCommand,
  },
  {
    name: 'copy',
    get summary() {
      return COMMAND_SUMMARY.copy();
    },
    load: async () => (await import('./copy.js')).copyCommand,
  },
  {
    name: 'completion',
    get summary() {
      return COMMAND_SUMMARY.completion();
    },
    load: async () => (await import('./completion.js')).completionCommand,
  },
  {
    name: '__complete',
    get summary() {
      return COMMAND_SUMMARY.complete();
    },
    hidden: true,
    load: async () => (await import('./completion.js')).completeCommand,
  },
  {
    name: 'demo',
    get summary() {
      return COMMAND_SUMMARY.demo();
    },
    load: async () => (await import('./demo.js')).demoCommand,
  },
];
