/** The explicit list of top-level commands, in the order --help shows them. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { awardTypeCommand } from './award-type/index.js';
import { awardCommand } from './award/index.js';
import { bodyCommand } from './body/index.js';
import { checkCommand } from './check.js';
import { ceremonyCommand } from './ceremony/index.js';
import { countsCommand } from './counts.js';
import { decisionCommand } from './decision/index.js';
import { demoCommand } from './demo.js';
import { eligibleCommand } from './eligible.js';
import { evidenceCommand } from './evidence/index.js';
import { historyCommand } from './history.js';
import { initCommand } from './init.js';
import { recipientCommand } from './recipient/index.js';
import { rosterCommand } from './roster.js';
import { rulesCommand } from './rules.js';
import { searchCommand } from './search.js';
import { settingsCommand } from './settings/index.js';

export const commands: ((ctx: Context) => Command)[] = [
  initCommand,
  recipientCommand,
  bodyCommand,
  awardTypeCommand,
  decisionCommand,
  awardCommand,
  ceremonyCommand,
  rosterCommand,
  countsCommand,
  historyCommand,
  searchCommand,
  evidenceCommand,
  checkCommand,
  rulesCommand,
  eligibleCommand,
  settingsCommand,
  demoCommand,
];
