/** Column models of the audit trail, its verification and revocations (JSON field names are a contract). */
import type { Revocation } from '../../core/award/revoke.js';
import type { AuditEntry } from '../../core/trust/log.js';
import type { Problem } from '../../core/trust/verify.js';
import { column, type Column, type TableModel } from '../../render/model.js';
import { HEADER as H, VIEWS } from '../../i18n/messages/views.js';

export const auditColumns: Column<AuditEntry>[] = [
  column('id', H.event, { align: 'right' }),
  column('at', H.at, { machineOnly: true, kind: 'time' }),
  column('at_human', H.at, { humanOnly: true, kind: 'time', value: (e) => e.at }),
  column('actor', H.actor, { short: H.actorShort }),
  column('command', H.command, { optional: true }),
  column('action', H.action),
  column('entity', H.record, { optional: true }),
  column('entity_id', H.id, { align: 'right', machineOnly: true }),
  column('ids', H.id, { align: 'right', humanOnly: true, value: (e) => (e.entity_id_last !== null ? `${e.entity_id}–${e.entity_id_last}` : e.entity_id) }),
  column('ref', H.ref, { optional: true }),
  column('changes', H.changes, { maxWidth: 60 }),
  column('before', H.before, { machineOnly: true }),
  column('after', H.after, { machineOnly: true }),
  column('prev_hash', H.previousHash, { machineOnly: true }),
  column('hash', H.hash, { machineOnly: true }),
  column('entity_id_last', H.lastId, { machineOnly: true }),
];

export function auditModel(rows: AuditEntry[]): TableModel<AuditEntry> {
  return { columns: auditColumns, rows, empty: VIEWS.noAuditEvents() };
}

export const problemColumns: Column<Problem>[] = [
  column('kind', H.check),
  column('where', H.where),
  column('message', H.problem, { maxWidth: 90 }),
  column('event_id', H.event, { machineOnly: true }),
  column('entity', H.table, { machineOnly: true }),
  column('entity_id', H.rowId, { machineOnly: true }),
];

export function problemsModel(rows: Problem[]): TableModel<Problem> {
  return { columns: problemColumns, rows, empty: VIEWS.noProblems() };
}

export const revocationColumns: Column<Revocation>[] = [
  column('award_id', H.awardLine, { align: 'right' }),
  column('status', H.status),
  column('award_type', H.awardType),
  column('recipient', H.recipientRef, { machineOnly: true }),
  column('recipient_name', H.recipient),
  column('period', H.period),
  column('decision', H.decisionRef, { machineOnly: true }),
  column('decision_symbol', H.awardedBy, { short: H.awardedByShort }),
  column('revocation_symbol', H.withdrawnBy, { short: H.withdrawnByShort }),
  column('revocation_date', H.on, { kind: 'date' }),
  column('revocation_body', H.withdrawingBody, { machineOnly: true }),
  column('ground', H.ground),
  column('ground_text', H.groundText, { machineOnly: true }),
  column('note', H.note, { maxWidth: 40 }),
];

export function revocationModel(rows: Revocation[]): TableModel<Revocation> {
  return { columns: revocationColumns, rows, empty: VIEWS.noWithdrawn() };
}
