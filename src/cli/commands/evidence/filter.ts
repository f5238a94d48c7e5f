/** The filter options shared by the evidence listings. */
import type { Command } from 'commander';
import type { EvidenceFilter } from '../../../core/evidence/queries.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Context, OutputOptions } from '../../context.js';
import { parseYear, withOutput } from '../../options.js';
import { EVIDENCE_CMD } from '../../../i18n/messages/commands-b-evidence.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

export interface EvidenceListOptions extends OutputOptions {
  recipient?: string;
  unit?: string;
  year?: number;
}

export function withEvidenceFilter(cmd: Command): Command {
  cmd
    .option('-r, --recipient <recipient>', EVIDENCE_CMD.optRecipient())
    .option('-u, --unit <unit>', EVIDENCE_CMD.optUnitMembers())
    .option('-y, --year <year>', WORDS_B.forYear(), parseYear);
  return withOutput(cmd);
}

export async function evidenceFilter(ctx: Context, opts: EvidenceListOptions): Promise<EvidenceFilter> {
  const db = (await ctx.registry()).db;
  return {
    recipientId: opts.recipient ? (await resolveRecipient(db, opts.recipient)).id : undefined,
    unitId: opts.unit ? (await resolveRecipient(db, opts.unit, 'collective')).id : undefined,
    year: opts.year,
  };
}
