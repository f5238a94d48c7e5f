/** Column models of the audit trail, its verification and revocations (JSON field names are a contract). */
import type { Revocation } from '../../core/award/revoke.js';
import type { AuditEntry } from '../../core/trust/log.js';
import type { Problem } from '../../core/trust/verify.js';
import type { Column, TableModel } from '../../render/model.js';

export const auditColumns: Column<AuditEntry>[] = [
  { key: 'id', header: 'Event', align: 'right' },
  { key: 'at', header: 'At', machineOnly: true },
  { key: 'at_human', header: 'At', humanOnly: true, value: (e) => e.at.replace('T', ' ').slice(0, 19) },
  { key: 'actor', header: 'Actor' },
  { key: 'command', header: 'Command', optional: true },
  { key: 'action', header: 'Action' },
  { key: 'entity', header: 'Record', optional: true },
  { key: 'entity_id', header: 'Id', align: 'right', machineOnly: true },
  { key: 'ids', header: 'Id', align: 'right', humanOnly: true, value: (e) => (e.entity_id_last !== null ? `${e.entity_id}–${e.entity_id_last}` : e.entity_id) },
  { key: 'ref', header: 'Ref', optional: true },
  { key: 'changes', header: 'Changes', maxWidth: 60 },
  { key: 'before', header: 'Before', machineOnly: true },
  { key: 'after', header: 'After', machineOnly: true },
  { key: 'prev_hash', header: 'Previous hash', machineOnly: true },
  { key: 'hash', header: 'Hash', machineOnly: true },
  { key: 'entity_id_last', header: 'Last id', machineOnly: true },
];

export function auditModel(rows: AuditEntry[]): TableModel<AuditEntry> {
  return { columns: auditColumns, rows, empty: 'No audit events match.' };
}

export const problemColumns: Column<Problem>[] = [
  { key: 'kind', header: 'Check' },
  { key: 'where', header: 'Where' },
  { key: 'message', header: 'Problem', maxWidth: 90 },
  { key: 'event_id', header: 'Event', machineOnly: true },
  { key: 'entity', header: 'Table', machineOnly: true },
  { key: 'entity_id', header: 'Row id', machineOnly: true },
];

export function problemsModel(rows: Problem[]): TableModel<Problem> {
  return { columns: problemColumns, rows, empty: 'No problems found.' };
}

export const revocationColumns: Column<Revocation>[] = [
  { key: 'award_id', header: 'Award', align: 'right' },
  { key: 'status', header: 'Status' },
  { key: 'award_type', header: 'Type' },
  { key: 'recipient', header: 'Recipient ref', machineOnly: true },
  { key: 'recipient_name', header: 'Recipient' },
  { key: 'period', header: 'Period' },
  { key: 'decision', header: 'Decision ref', machineOnly: true },
  { key: 'decision_symbol', header: 'Awarded by' },
  { key: 'revocation_symbol', header: 'Withdrawn by' },
  { key: 'revocation_date', header: 'On' },
  { key: 'revocation_body', header: 'Withdrawing body', machineOnly: true },
  { key: 'ground', header: 'Ground' },
  { key: 'ground_text', header: 'Ground text', machineOnly: true },
  { key: 'note', header: 'Note', maxWidth: 40 },
];

export function revocationModel(rows: Revocation[]): TableModel<Revocation> {
  return { columns: revocationColumns, rows, empty: 'No lines withdrawn.' };
}
