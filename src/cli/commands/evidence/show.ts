import { Command } from 'commander';
import { recipientDossier } from '../../../core/evidence/queries.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { dossierColumns } from '../../views/checks.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export function evidenceShowCommand(ctx: Context): Command {
  const cmd = new Command('show')
    .description(EVIDENCE_CMD.showDescription())
    .argument('<recipient>', WORDS_B.refOrName())
    .action((who: string, opts: OutputOptions) => runEvidenceShow(who, opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt evidence show tran-thi-b', 'tdkt evidence show "nguyen van a" --json']);
}

export async function runEvidenceShow(who: string, opts: OutputOptions, ctx: Context): Promise<void> {
  const db = (await ctx.registry()).db;
  const r = await resolveRecipient(db, who);
  const rows = await recipientDossier(db, r.id);
  await ctx.print({ columns: dossierColumns, rows, title: EVIDENCE_CMD.recordOf(r.name, r.ref), empty: EVIDENCE_CMD.nothingRecorded() }, opts);
}
