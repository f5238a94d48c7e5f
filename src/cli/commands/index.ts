/** The explicit list of top-level commands, in the order --help shows them. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { awardTypeCommand } from './award-type/index.js';
import { awardCommand } from './award/index.js';
import { bodyCommand } from './body/index.js';
import { ceremonyCommand } from './ceremony/index.js';
import { countsCommand } from './counts.js';
import { decisionCommand } from './decision/index.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { historyCommand } from './history.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { recipientCommand } from './recipient/index.js';
import { rosterCommand } from './roster.js';
import { searchCommand } from './search.js';

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
  importCommand,
  exportCommand,
  demoCommand,
];
