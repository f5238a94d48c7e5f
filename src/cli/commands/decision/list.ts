import { Command } from 'commander';
import { listDecisions } from '../../../core/decision/queries.js';
import { resolveBody } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, parseYear, withOutput } from '../../options.js';
import { decisionColumns, listModel } from '../../views/records.js';
import { DECISION_CMD } from '../../../i18n/messages/commands-a-records.js';

interface DecisionListOptions extends OutputOptions {
  year?: number;
  body?: string;
}

export function decisionListCommand(ctx: Context): Command {
  const cmd = new Command('list')
    .description(DECISION_CMD.listDescription())
    .option('-y, --year <year>', DECISION_CMD.listYear(), parseYear)
    .option('-b, --body <body>', DECISION_CMD.listBody())
    .action((opts: DecisionListOptions) => runDecisionList(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt decision list --year 2021', 'tdkt decision list --body ttg --json']);
}

export async function runDecisionList(opts: DecisionListOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const bodyId = opts.body ? (await resolveBody(reg.db, opts.body)).id : undefined;
  await ctx.print(listModel(decisionColumns, await listDecisions(reg.db, { year: opts.year, bodyId }), DECISION_CMD.listEmpty()), opts);
}
