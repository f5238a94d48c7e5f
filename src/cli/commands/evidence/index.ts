import { Command } from 'commander';
import type { Context } from '../../context.js';
import { clusterCommand } from './cluster-index.js';
import { disciplineAddCommand } from './discipline-add.js';
import { disciplineListCommand } from './discipline-list.js';
import { initiativeAddCommand } from './initiative-add.js';
import { initiativeListCommand } from './initiative-list.js';
import { membersListCommand } from './members-list.js';
import { membersSetCommand } from './members-set.js';
import { ratingListCommand } from './rating-list.js';
import { ratingSetCommand } from './rating-set.js';
import { evidenceShowCommand } from './show.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';

export function evidenceCommand(ctx: Context): Command {
  return new Command('evidence')
    .addCommand(evidenceShowCommand(ctx))
    .addCommand(
      new Command('rating')
        .description(EVIDENCE_CMD.ratingGroup())
        .addCommand(ratingSetCommand(ctx))
        .addCommand(ratingListCommand(ctx)),
    )
    .addCommand(
      new Command('discipline')
        .description(EVIDENCE_CMD.disciplineGroup())
        .addCommand(disciplineAddCommand(ctx))
        .addCommand(disciplineListCommand(ctx)),
    )
    .addCommand(
      new Command('initiative')
        .description(EVIDENCE_CMD.initiativeGroup())
        .addCommand(initiativeAddCommand(ctx))
        .addCommand(initiativeListCommand(ctx)),
    )
    .addCommand(
      new Command('members')
        .description(EVIDENCE_CMD.membersGroup())
        .addCommand(membersSetCommand(ctx))
        .addCommand(membersListCommand(ctx)),
    )
    .addCommand(clusterCommand(ctx));
}
