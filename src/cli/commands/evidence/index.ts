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

export function evidenceCommand(ctx: Context): Command {
  return new Command('evidence')
    .addCommand(evidenceShowCommand(ctx))
    .addCommand(
      new Command('rating')
        .description('performance ratings (xếp loại), one per recipient and year')
        .addCommand(ratingSetCommand(ctx))
        .addCommand(ratingListCommand(ctx)),
    )
    .addCommand(
      new Command('discipline')
        .description('disciplinary measures (kỷ luật): khiển trách, cảnh cáo, …')
        .addCommand(disciplineAddCommand(ctx))
        .addCommand(disciplineListCommand(ctx)),
    )
    .addCommand(
      new Command('initiative')
        .description('recognised initiatives and science works (sáng kiến, đề tài) and the level that recognised them')
        .addCommand(initiativeAddCommand(ctx))
        .addCommand(initiativeListCommand(ctx)),
    )
    .addCommand(
      new Command('members')
        .description('what a collective declares about its members for a year, beside what the registry holds')
        .addCommand(membersSetCommand(ctx))
        .addCommand(membersListCommand(ctx)),
    )
    .addCommand(clusterCommand(ctx));
}
