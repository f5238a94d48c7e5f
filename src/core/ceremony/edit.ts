/**
 * Correcting ceremonies and what was handed over at them: a ceremony's details, a line presented at the
 * wrong ceremony moved to the right one, a presentation recorded by mistake withdrawn. Every change is
 * audited with the values before it; a withdrawn presentation stays in the audit trail.
 */
import { z } from 'zod';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { InvalidError, NotFoundError, type Issue } from '../errors.js';
import { resolveBody, resolveCeremony, resolveDecision } from '../resolve.js';
import { fold } from '../text.js';
import { parseInput, zDate, zOptText, zText } from '../validate.js';
import type { Ceremony } from './ceremony.js';
import { getCeremony } from './queries.js';
import { humanDate, humanNumber } from '../../i18n/index.js';
import { INPUT } from '../../i18n/messages/core-records.js';
import { AWARD, CEREMONY, DECISION } from '../../i18n/messages/core-records-awards.js';

export const CeremonyEdit = z.object({
  name: zText(300).optional(),
  date: zDate.optional(),
  place: zOptText(300).optional(),
  organiser: z.string().trim().min(1, { error: () => INPUT.nameOrganiser() }).optional(),
  note: zOptText().optional(),
});
export type CeremonyEdit = z.input<typeof CeremonyEdit>;

/** Corrects a ceremony's name, date, place, organiser or note. One transaction. */
export async function editCeremony(reg: Registry, query: string, input: CeremonyEdit): Promise<Ceremony> {
  const v = parseInput(CeremonyEdit, input, 'ceremony');
  const ref = await reg.write(async (trx, audit) => {
    const c = await resolveCeremony(trx, query);
    if (v.date !== undefined) {
      // Every line handed over there must have been decided by then.
      const late = await trx
        .selectFrom('presentation as p')
        .innerJoin('award as a', 'a.id', 'p.award_id')
        .innerJoin('decision as d', 'd.id', 'a.decision_id')
        .select(['a.id', 'd.symbol', 'd.date'])
        .where('p.ceremony_id', '=', c.id)
        .where('d.date', '>', v.date)
        .orderBy('a.id')
        .execute();
      if (late.length) {
        throw new InvalidError(CEREMONY.lateLines(c.name, humanDate(v.date), humanNumber(late.length)), {
          issues: late.map((l) => ({ where: AWARD.where(String(l.id)), message: DECISION.ofDate(l.symbol, humanDate(l.date)) })),
          hint: CEREMONY.lateLinesHint(String(late[0].id)),
        });
      }
    }
    const organiser = v.organiser !== undefined ? await resolveBody(trx, v.organiser) : undefined;
    const before = await audit.snapshot('ceremony', c.id);
    await trx
      .updateTable('ceremony')
      .set({
        ...(v.name !== undefined && { name: v.name, name_folded: fold(v.name) }),
        ...(v.date !== undefined && { date: v.date }),
        ...(v.place !== undefined && { place: v.place }),
        ...(organiser && { organiser_id: organiser.id }),
        ...(v.note !== undefined && { note: v.note }),
        updated_at: reg.now(),
      })
      .where('id', '=', c.id)
      .execute();
    await audit.record('update', 'ceremony', c.id, { before });
    return c.ref;
  });
  return getCeremony(reg.db, ref);
}

export interface PresentedLine {
  award_id: number;
  presentation_id: number;
  ceremony: string;
  ceremony_date: string;
  decision_symbol: string;
  decision_date: string;
}

/** The presented lines named by award ids and/or whole decisions; a line not presented anywhere is an issue. */
async function presentedLines(trx: Tx, input: { awards?: number[]; decisions?: string[] }, issues: Issue[]): Promise<PresentedLine[]> {
  if (!input.awards?.length && !input.decisions?.length) {
    throw new InvalidError(CEREMONY.nothingNamed(), { hint: CEREMONY.nothingNamedHint() });
  }
  const ids = new Set<number>(input.awards ?? []);
  for (const d of input.decisions ?? []) {
    const decision = await resolveDecision(trx, d);
    const lines = await trx.selectFrom('award as a').innerJoin('presentation as p', 'p.award_id', 'a.id').select('a.id').where('a.decision_id', '=', decision.id).execute();
    if (lines.length === 0) issues.push({ where: DECISION.where(decision.symbol), message: CEREMONY.noneOfItsLines() });
    for (const l of lines) ids.add(l.id);
  }
  const out: PresentedLine[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const line = await trx
      .selectFrom('award as a')
      .innerJoin('decision as d', 'd.id', 'a.decision_id')
      .leftJoin('presentation as p', 'p.award_id', 'a.id')
      .leftJoin('ceremony as c', 'c.id', 'p.ceremony_id')
      .select(['a.id', 'p.id as pid', 'c.ref', 'c.date as cdate', 'd.symbol', 'd.date']) // i18n-ignore: SQL column alias
      .where('a.id', '=', id)
      .executeTakeFirst();
    if (!line) throw new NotFoundError(AWARD.notFound(String(id)), AWARD.listHint());
    if (line.pid === null) issues.push({ where: AWARD.where(String(id)), message: CEREMONY.notPresented() });
    else out.push({ award_id: id, presentation_id: line.pid, ceremony: line.ref!, ceremony_date: line.cdate!, decision_symbol: line.symbol, decision_date: line.date });
  }
  return out;
}

export interface MoveResult {
  ceremony: string;
  moved: PresentedLine[];
  /** Lines already presented at that ceremony (nothing to do). */
  already: number;
}

/** Moves presented lines to another ceremony (they were handed over there, not where recorded). One transaction. */
export async function movePresentations(reg: Registry, toQuery: string, input: { awards?: number[]; decisions?: string[] }): Promise<MoveResult> {
  return reg.write(async (trx, audit) => {
    const to = await resolveCeremony(trx, toQuery);
    const issues: Issue[] = [];
    const lines = await presentedLines(trx, input, issues);
    const moving = lines.filter((l) => l.ceremony !== to.ref);
    for (const l of moving) {
      if (l.decision_date > to.date) {
        issues.push({ where: AWARD.where(String(l.award_id)), message: CEREMONY.afterCeremony(l.decision_symbol, humanDate(l.decision_date), humanDate(to.date)) });
      }
    }
    if (issues.length) throw new InvalidError(CEREMONY.cannotMove(humanNumber(issues.length), to.name), { issues });
    for (const l of moving) {
      const before = await audit.snapshot('presentation', l.presentation_id);
      await trx.updateTable('presentation').set({ ceremony_id: to.id }).where('id', '=', l.presentation_id).execute();
      await audit.record('move', 'presentation', l.presentation_id, { before, ref: `${to.ref}#${l.award_id}` });
    }
    return { ceremony: to.ref, moved: moving, already: lines.length - moving.length };
  });
}

/**
 * Withdraws presentations recorded by mistake: the lines were not handed over. The lines themselves stay
 * (active, to be presented later); the audit trail keeps the presentation. One transaction.
 */
export async function withdrawPresentations(reg: Registry, input: { awards?: number[]; decisions?: string[] }): Promise<PresentedLine[]> {
  return reg.write(async (trx, audit) => {
    const issues: Issue[] = [];
    const lines = await presentedLines(trx, input, issues);
    if (issues.length) throw new InvalidError(CEREMONY.cannotWithdraw(humanNumber(issues.length)), { issues });
    for (const l of lines) await withdrawOne(audit, l);
    return lines;
  });
}

async function withdrawOne(audit: Auditor, l: PresentedLine): Promise<void> {
  await audit.remove('withdraw', 'presentation', l.presentation_id, { ref: `${l.ceremony}#${l.award_id}` });
}

