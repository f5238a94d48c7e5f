/**
 * Loads a registry fixture (bodies, recipients, decisions with their annex lines, ceremonies, and the
 * evidence and settings the rules read) through the same validation and rules as the commands. One
 * transaction: all of it or nothing.
 */
import { insertLine, refuseBlocked } from './award/service.js';
import { AwardInput } from './award/award.js';
import { BodyInput } from './body/body.js';
import { insertBody } from './body/service.js';
import { CeremonyInput } from './ceremony/ceremony.js';
import { insertCeremony, presentIn } from './ceremony/service.js';
import type { Registry } from './db.js';
import { DecisionInput } from './decision/decision.js';
import { insertDecision } from './decision/service.js';
import { RecipientInput } from './recipient/recipient.js';
import { insertRecipient } from './recipient/service.js';
import { parseInput } from './validate.js';
import { writeEvidenceSet, type EvidenceSet } from './evidence/service.js';
import { writeSetting } from './settings/settings.js';
import { writeClusterSet, type ClusterSet } from './evidence/cluster.js';

export interface Fixture {
  about?: string;
  bodies?: BodyInput[];
  recipients?: RecipientInput[];
  decisions?: (DecisionInput & { lines: Omit<AwardInput, 'decision'>[] })[];
  ceremonies?: (CeremonyInput & { present: string[] })[];
  /** Ratings, discipline, initiatives and member counts (tdkt evidence). */
  evidence?: EvidenceSet;
  /** Registry settings by key, as `tdkt settings set` takes them. */
  settings?: Record<string, string>;
  /** Emulation clusters and their members by year (tdkt evidence cluster). */
  clusters?: ClusterSet;
}

export interface FixtureSummary {
  bodies: number;
  recipients: number;
  decisions: number;
  awards: number;
  ceremonies: number;
  evidence: number;
}

export async function loadFixture(reg: Registry, data: Fixture): Promise<FixtureSummary> {
  return reg.write(async (trx, audit) => {
    const now = reg.now();
    const summary: FixtureSummary = { bodies: 0, recipients: 0, decisions: 0, awards: 0, ceremonies: 0, evidence: 0 };
    for (const [key, value] of Object.entries(data.settings ?? {})) await writeSetting(trx, audit, key, value, now);
    for (const b of data.bodies ?? []) {
      await insertBody(trx, audit, parseInput(BodyInput, b, `body ${b.ref ?? b.name}`), now);
      summary.bodies++;
    }
    for (const r of data.recipients ?? []) {
      await insertRecipient(trx, audit, parseInput(RecipientInput, r, `recipient ${r.ref ?? r.name}`), now);
      summary.recipients++;
    }
    for (const { lines, ...d } of data.decisions ?? []) {
      const ref = await insertDecision(trx, audit, parseInput(DecisionInput, d, `decision ${d.number}`), now);
      summary.decisions++;
      // A decision's lines are judged together once written, as an import judges its rows.
      const ids: number[] = [];
      for (const l of lines) {
        ids.push(await insertLine(trx, audit, parseInput(AwardInput, { ...l, decision: ref }, `line ${l.line ?? ''} of ${d.number}`), now));
        summary.awards++;
      }
      await refuseBlocked(trx, ids);
    }
    for (const { present, ...c } of data.ceremonies ?? []) {
      const ref = await insertCeremony(trx, audit, parseInput(CeremonyInput, c, `ceremony ${c.ref ?? c.name}`), now);
      await presentIn(trx, audit, ref, { decisions: present }, now);
      summary.ceremonies++;
    }
    if (data.evidence) summary.evidence = await writeEvidenceSet(trx, audit, data.evidence, now);
    if (data.clusters) summary.evidence += await writeClusterSet(trx, audit, data.clusters, now);
    return summary;
  });
}
