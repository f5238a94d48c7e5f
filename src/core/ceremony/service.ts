import { ceremonyDateIssue } from '../law/decision.js';
import type { Auditor } from '../audit.js';
import { awardsQuery } from '../award/queries.js';
import type { Registry, Tx } from '../db.js';
import { ConflictError, InvalidError, NotFoundError, type Issue } from '../errors.js';
import { refIsFree, uniqueRef } from '../refs.js';
import { resolveBody, resolveCeremony, resolveDecision } from '../resolve.js';
import { fold } from '../text.js';
import { parseInput } from '../validate.js';
import { CeremonyInput, type Ceremony, type PresentInput, type ValidCeremony } from './ceremony.js';
import { getCeremony } from './queries.js';
import { humanNumber } from '../../i18n/index.js';
import { AWARD, CEREMONY } from '../../i18n/messages/core-records-awards.js';

/** Records a ceremony (a conference where awards are handed over). One transaction. */
export async function addCeremony(reg: Registry, input: CeremonyInput): Promise<Ceremony> {
  const v = parseInput(CeremonyInput, input, 'ceremony');
  const ref = await reg.write((trx, audit) => insertCeremony(trx, audit, v, reg.now()));
  return getCeremony(reg.db, ref);
}

export async function insertCeremony(trx: Tx, audit: Auditor, v: ValidCeremony, now: string): Promise<string> {
  const organiser = await resolveBody(trx, v.organiser);
  if (v.ref && !(await refIsFree(trx, 'ceremony', v.ref))) throw new ConflictError(CEREMONY.exists(v.ref));
  const ref = v.ref ?? (await uniqueRef(trx, 'ceremony', `${v.name} ${v.date}`));
  const { id } = await trx
    .insertInto('ceremony')
    .values({
      ref,
      name: v.name,
      name_folded: fold(v.name),
      date: v.date,
      place: v.place,
      organiser_id: organiser.id,
      note: v.note,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'ceremony', id);
  return ref;
}

export interface PresentResult {
  ceremony: string;
  added: number;
  /** Lines already presented at this ceremony (nothing to do). */
  already: number;
}

/**
 * Hands award lines over at a ceremony: whole decisions and/or single lines. Refuses, writing nothing,
 * lines that are revoked, presented at another ceremony, or decided after the ceremony. One transaction.
 */
export async function presentAwards(reg: Registry, ceremonyQuery: string, input: PresentInput): Promise<PresentResult> {
  if (!input.decisions?.length && !input.awards?.length) {
    throw new InvalidError(CEREMONY.nothingToPresent(), { hint: CEREMONY.nothingToPresentHint() });
  }
  return reg.write((trx, audit) => presentIn(trx, audit, ceremonyQuery, input, reg.now()));
}

export async function presentIn(trx: Tx, audit: Auditor, ceremonyQuery: string, input: PresentInput, now: string): Promise<PresentResult> {
  const ceremony = await resolveCeremony(trx, ceremonyQuery);
  const ids = new Set<number>(input.awards ?? []);
  for (const d of input.decisions ?? []) {
    const decision = await resolveDecision(trx, d);
    const lines = await trx.selectFrom('award').select('id').where('decision_id', '=', decision.id).execute();
    if (lines.length === 0) throw new InvalidError(CEREMONY.noLinesYet(decision.symbol), { hint: CEREMONY.noLinesYetHint() });
    for (const l of lines) ids.add(l.id);
  }
  const issues: Issue[] = [];
  let added = 0;
  let already = 0;
  for (const id of [...ids].sort((a, b) => a - b)) {
    const line = await awardsQuery(trx)
      .select(['a.id', 'd.symbol', 'd.date', 'x.action', 'p.ceremony_id', 'c.ref as ceremony_ref'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    if (!line) throw new NotFoundError(AWARD.notFound(String(id)), AWARD.listHint());
    if (line.ceremony_id === ceremony.id) {
      already++;
      continue;
    }
    if (line.ceremony_id !== null) issues.push({ where: AWARD.where(String(id)), message: CEREMONY.alreadyPresented(line.ceremony_ref ?? '') });
    else if (line.action) issues.push({ where: AWARD.where(String(id)), message: CEREMONY.notPresentable(line.action === 'void' ? 'voided' : 'revoked') });
    else if (ceremonyDateIssue(line, ceremony)) issues.push({ where: AWARD.where(String(id)), message: ceremonyDateIssue(line, ceremony)! });
    else {
      const { id: pid } = await trx.insertInto('presentation').values({ ceremony_id: ceremony.id, award_id: id, created_at: now }).returning('id').executeTakeFirstOrThrow();
      await audit.record('present', 'presentation', pid, { ref: `${ceremony.ref}#${id}` });
      added++;
    }
  }
  if (issues.length) throw new InvalidError(CEREMONY.cannotPresent(humanNumber(issues.length), ceremony.name), { issues });
  return { ceremony: ceremony.ref, added, already };
}
