/**
 * What the correction commands say: previews of what they will change, confirmation questions and
 * reports, together in one place (one place to translate).
 */
import type { Award } from '../../core/award/award.js';
import type { PresentedLine, MoveResult } from '../../core/ceremony/edit.js';
import type { Reinstatement } from '../../core/award/reinstate.js';
import type { MergePlan } from '../../core/recipient/merge.js';

const line = (a: Award) =>
  `award #${a.id}: ${a.award_type} to ${a.recipient_name} (${a.period}), ${a.decision_symbol} of ${a.decision_date}${a.ceremony ? `, presented at ${a.ceremony}` : ''}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const CORRECTIONS = {
  revokePreview: (a: Award, by: string, date: string, ground: string) => `This revokes ${line(a)}\n  by ${by} of ${date}, ground ${ground}. The line stays in history, marked revoked.`,
  revokeQuestion: (id: number) => `Revoke award #${id}?`,
  voidPreview: (a: Award, reason: string) => `This voids ${line(a)}\n  as entered by mistake: ${reason}. The line stays in history, marked voided.`,
  voidQuestion: (id: number) => `Void award #${id}?`,
  annulPreview: (symbol: string, date: string, open: Award[], skipped: number, by: string, ground: string) =>
    [
      `This annuls ${symbol} of ${date}: by ${by}, ground ${ground}, it revokes ${plural(open.length, 'line')}${skipped ? ` (${skipped} already withdrawn stay as they are)` : ''}:`,
      ...open.slice(0, 10).map((a) => `  ${line(a)}`),
      ...(open.length > 10 ? [`  … and ${open.length - 10} more`] : []),
    ].join('\n'),
  annulQuestion: (symbol: string, n: number) => `Annul ${symbol} and revoke its ${plural(n, 'line')}?`,
  withdrawPreview: (lines: Award[]) => ['This withdraws the presentation of:', ...lines.map((a) => `  ${line(a)}`), 'The lines stay active, to be presented later; the audit trail keeps the presentation.'].join('\n'),
  withdrawQuestion: (n: number) => `Withdraw ${plural(n, 'presentation')}?`,
  withdrawn: (lines: PresentedLine[]) => `Withdrew ${plural(lines.length, 'presentation')}: ${lines.map((l) => `#${l.award_id} from ${l.ceremony}`).join(', ')}`,
  moved: (r: MoveResult) =>
    `Moved ${plural(r.moved.length, 'award line')} to ${r.ceremony}${r.moved.length ? ` (${r.moved.map((l) => `#${l.award_id} from ${l.ceremony}`).join(', ')})` : ''}${r.already ? `; ${r.already} already there` : ''}`,
  ceremonyUpdated: (ref: string) => `Updated ceremony ${ref}`,
  reinstated: (r: Reinstatement) =>
    `Award #${r.award_id} is active again by ${r.reinstatement_symbol} of ${r.reinstatement_date} (${r.award_type} to ${r.recipient_name}, ${r.period}); it was ${r.revoked_status}${r.revoked_symbol ? ` by ${r.revoked_symbol} of ${r.revoked_date}` : ''}, and history keeps both.`,
  mergePreview: (p: MergePlan) =>
    [
      `This merges ${p.duplicate.name} [${p.duplicate.ref}] into ${p.kept.name} [${p.kept.ref}]:`,
      `  moves ${plural(p.awards, 'award line')}, ${plural(p.members, 'member')}, ${plural(p.ratings, 'rating')}, ${plural(p.disciplines, 'discipline')}, ${plural(p.initiatives, 'initiative')}, ${plural(p.member_counts, 'member count')};`,
      `  "${p.duplicate.ref}" will still find ${p.kept.ref}; the audit trail keeps the duplicate's record.`,
    ].join('\n'),
  mergeQuestion: (p: MergePlan) => `Merge ${p.duplicate.ref} into ${p.kept.ref}?`,
  merged: (p: MergePlan) => `Merged ${p.duplicate.ref} into ${p.kept.ref}: ${plural(p.awards, 'award line')} moved`,
};
