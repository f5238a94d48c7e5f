/**
 * What the correction commands say: previews of what they will change, confirmation questions and
 * reports, together in one place; the sentences are the catalogue's (src/i18n/messages/views-corrections.ts),
 * dates are written for people (dd/mm/yyyy).
 */
import type { Award } from '../../core/award/award.js';
import type { PresentedLine, MoveResult } from '../../core/ceremony/edit.js';
import type { Reinstatement } from '../../core/award/reinstate.js';
import type { MergePlan } from '../../core/recipient/merge.js';
import { humanDate } from '../../i18n/index.js';
import { CORRECTION as C } from '../../i18n/messages/views-corrections.js';

/** How many lines of an annulled decision the preview lists before "… and N more". */
const LISTED = 10;

const line = (a: Award) => C.line(a.id, a.award_type, a.recipient_name, a.period, a.decision_symbol, humanDate(a.decision_date), a.ceremony);

export const CORRECTIONS = {
  revokePreview: (a: Award, by: string, date: string, ground: string) => C.revokePreview(line(a), by, humanDate(date), ground),
  revokeQuestion: (id: number) => C.revokeQuestion(id),
  voidPreview: (a: Award, reason: string) => C.voidPreview(line(a), reason),
  voidQuestion: (id: number) => C.voidQuestion(id),
  annulPreview: (symbol: string, date: string, open: Award[], skipped: number, by: string, ground: string) =>
    [
      C.annulPreview(symbol, humanDate(date), by, ground, open.length, skipped),
      ...open.slice(0, LISTED).map((a) => `  ${line(a)}`),
      ...(open.length > LISTED ? [`  ${C.andMore(open.length - LISTED)}`] : []),
    ].join('\n'),
  annulQuestion: (symbol: string, n: number) => C.annulQuestion(symbol, n),
  withdrawPreview: (lines: Award[]) => [C.withdrawPreview(), ...lines.map((a) => `  ${line(a)}`), C.withdrawKept()].join('\n'),
  withdrawQuestion: (n: number) => C.withdrawQuestion(n),
  withdrawn: (lines: PresentedLine[]) => C.withdrawn(lines.length, lines.map((l) => C.withdrawnFrom(l.award_id, l.ceremony)).join(', ')),
  moved: (r: MoveResult) => C.moved(r.moved.length, r.ceremony, r.moved.map((l) => C.movedFrom(l.award_id, l.ceremony)).join(', '), r.already),
  ceremonyUpdated: (ref: string) => C.ceremonyUpdated(ref),
  reinstated: (r: Reinstatement) =>
    C.reinstated(
      r.award_id,
      r.reinstatement_symbol,
      humanDate(r.reinstatement_date),
      r.award_type,
      r.recipient_name,
      r.period,
      r.revoked_status,
      r.revoked_symbol,
      humanDate(r.revoked_date ?? ''),
    ),
  mergePreview: (p: MergePlan) =>
    [
      C.mergeHead(p.duplicate.name, p.duplicate.ref, p.kept.name, p.kept.ref),
      `  ${C.mergeMoves(p.awards, p.members, p.ratings, p.disciplines, p.initiatives, p.member_counts)}`,
      `  ${C.mergeKept(p.duplicate.ref, p.kept.ref)}`,
    ].join('\n'),
  mergeQuestion: (p: MergePlan) => C.mergeQuestion(p.duplicate.ref, p.kept.ref),
  merged: (p: MergePlan) => C.merged(p.duplicate.ref, p.kept.ref, p.awards),
};
