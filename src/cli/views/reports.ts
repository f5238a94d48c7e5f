/** Column models of rosters, counts and histories (documented JSON shapes in docs/scripting.md). */
import type { CountRow } from '../../core/report/counts.js';
import { totalOf } from '../../core/report/counts.js';
import type { HistoryEntry } from '../../core/report/history.js';
import type { RosterLine } from '../../core/report/roster.js';
import { column, type Column, type TableModel } from '../../render/model.js';
import { humanDate } from '../../i18n/index.js';
import { HEADER as H, VIEWS } from '../../i18n/messages/views.js';

export const rosterColumns: Column<RosterLine>[] = [
  column('no', H.no, { align: 'right' }),
  column('award_type', H.award, { machineOnly: true }),
  column('award_type_name', H.awardName, { machineOnly: true }),
  column('level', H.level, { machineOnly: true }),
  column('body', H.bodyRef, { machineOnly: true }),
  column('body_name', H.issuedBy, { machineOnly: true }),
  column('decision', H.decisionRef, { machineOnly: true }),
  column('decision_symbol', H.decision, { machineOnly: true }),
  column('decision_date', H.decisionDate, { machineOnly: true, kind: 'date' }),
  column('line_no', H.annexStt, { align: 'right', short: H.annexSttShort }),
  column('award_id', H.awardId, { machineOnly: true }),
  column('recipient', H.recipientRef, { machineOnly: true }),
  column('recipient_name', H.recipient),
  column('recipient_kind', H.kind, { optional: true, kind: 'recipient-kind' }),
  column('unit_name', H.unit, { machineOnly: true }),
  column('position', H.position, { machineOnly: true }),
  column('unit_position', H.positionUnit, {
    humanOnly: true,
    maxWidth: 48,
    value: (r) => [r.position, r.unit_name].filter(Boolean).join(', '),
  }),
  column('period', H.period),
  column('achievement', H.achievement, { machineOnly: true }),
  column('status', H.status, { kind: 'status' }),
];

export function rosterModel(lines: RosterLine[], title: string): TableModel<RosterLine> {
  return {
    columns: rosterColumns,
    rows: lines,
    title,
    empty: VIEWS.rosterEmpty(),
    groupTitle: (r) => VIEWS.rosterGroup(r.award_type, r.award_type_name, r.body_name, r.decision_symbol, humanDate(r.decision_date)),
  };
}

export const countColumns: Column<CountRow>[] = [
  column('award_type', H.award),
  column('award_type_name', H.name),
  column('level', H.level, { kind: 'level' }),
  column('collectives', H.collectives, { short: H.collectivesShort, align: 'right', kind: 'count' }),
  column('individuals', H.individuals, { short: H.individualsShort, align: 'right', kind: 'count' }),
  column('households', H.households, { short: H.householdsShort, align: 'right', kind: 'count' }),
  column('total', H.total, { align: 'right', kind: 'count' }),
];

export function countsModel(rows: CountRow[], title: string): TableModel<CountRow> {
  return {
    columns: countColumns,
    rows,
    title,
    footer: { award_type: VIEWS.total(), ...totalOf(rows) },
    empty: VIEWS.noAwardsMatch(),
  };
}

export const historyColumns: Column<HistoryEntry>[] = [
  column('id', H.awardId, { machineOnly: true }),
  column('decision_date', H.date, { kind: 'date' }),
  column('award_type', H.award),
  column('award_type_name', H.awardName, { maxWidth: 40, optional: true }),
  column('period', H.period),
  column('decision_symbol', H.decision),
  column('body', H.bodyRef, { machineOnly: true }),
  column('body_name', H.issuedBy, { maxWidth: 36, optional: true, short: H.issuedByShort }),
  column('decision', H.decisionRef, { machineOnly: true }),
  column('body_level', H.level, { machineOnly: true }),
  column('line_no', H.stt, { machineOnly: true }),
  column('recipient', H.recipientRef, { machineOnly: true }),
  column('recipient_name', H.recipient, { machineOnly: true }),
  column('unit_name', H.unit, { machineOnly: true }),
  column('position', H.position, { machineOnly: true }),
  column('period_from', H.from, { machineOnly: true }),
  column('period_to', H.to, { machineOnly: true }),
  column('achievement', H.achievement, { machineOnly: true }),
  column('commendation_kind', H.commendationKind, { machineOnly: true }),
  column('ceremony', H.ceremonyRef, { machineOnly: true }),
  column('ceremony_name', H.ceremony, { machineOnly: true }),
  column('ceremony_date', H.presented, { kind: 'date' }),
  column('status', H.status, { kind: 'status' }),
  column('revocation_decision', H.revokedBy, { machineOnly: true }),
  column('revocation_date', H.revokedOn, { machineOnly: true, kind: 'date' }),
  column('revocation_ground', H.ground, { machineOnly: true }),
  column('revocation_note', H.revocationNote, { machineOnly: true }),
  column('reinstatement_decision', H.reinstatedBy, { machineOnly: true }),
  column('reinstatement_date', H.reinstatedOn, { machineOnly: true, kind: 'date' }),
  column('reinstated_revocation', H.revocationUndone, { machineOnly: true }),
  column('withdrawn', H.withdrawn, {
    humanOnly: true,
    value: (r) =>
      [
        r.reinstated_revocation && VIEWS.reinstated(r.reinstated_revocation, r.reinstatement_decision ?? '', humanDate(r.reinstatement_date ?? '')),
        (r.revocation_decision || r.revocation_date) && `${r.revocation_decision ?? ''} ${humanDate(r.revocation_date ?? '')} (${r.revocation_ground ?? '-'})`.trim(),
      ]
        .filter(Boolean)
        .join('; '),
  }),
];

export function historyModel(entries: HistoryEntry[], title: string): TableModel<HistoryEntry> {
  return { columns: historyColumns, rows: entries, title, empty: VIEWS.noAwardsRecorded() };
}
