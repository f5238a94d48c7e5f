/** Column models of rosters, counts and histories (documented JSON shapes in docs/scripting.md). */
import type { CountRow } from '../../core/report/counts.js';
import { totalOf } from '../../core/report/counts.js';
import type { HistoryEntry } from '../../core/report/history.js';
import type { RosterLine } from '../../core/report/roster.js';
import type { Column, TableModel } from '../../render/model.js';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export const rosterColumns: Column<RosterLine>[] = [
  { key: 'no', header: 'No', align: 'right' },
  { key: 'award_type', header: 'Award', machineOnly: true },
  { key: 'award_type_name', header: 'Award name', machineOnly: true },
  { key: 'level', header: 'Level', machineOnly: true },
  { key: 'body', header: 'Body ref', machineOnly: true },
  { key: 'body_name', header: 'Issued by', machineOnly: true },
  { key: 'decision', header: 'Decision ref', machineOnly: true },
  { key: 'decision_symbol', header: 'Decision', machineOnly: true },
  { key: 'decision_date', header: 'Decision date', machineOnly: true },
  { key: 'line_no', header: 'STT', align: 'right' },
  { key: 'award_id', header: 'Award id', machineOnly: true },
  { key: 'recipient', header: 'Recipient ref', machineOnly: true },
  { key: 'recipient_name', header: 'Recipient' },
  { key: 'recipient_kind', header: 'Kind', optional: true },
  { key: 'unit_name', header: 'Unit', machineOnly: true },
  { key: 'position', header: 'Position', machineOnly: true },
  {
    key: 'unit_position',
    header: 'Position, unit',
    humanOnly: true,
    maxWidth: 48,
    value: (r) => [r.position, r.unit_name].filter(Boolean).join(', '),
  },
  { key: 'period', header: 'Period' },
  { key: 'achievement', header: 'Achievement', machineOnly: true },
  { key: 'status', header: 'Status' },
];

export function rosterModel(lines: RosterLine[], title: string): TableModel<RosterLine> {
  return {
    columns: rosterColumns,
    rows: lines,
    title,
    empty: 'Nothing has been presented at this ceremony yet (tdkt ceremony present).',
    groupTitle: (r) => `${r.award_type} — ${r.award_type_name} · ${r.body_name} · ${r.decision_symbol} (${dmy(r.decision_date)})`,
  };
}

export const countColumns: Column<CountRow>[] = [
  { key: 'award_type', header: 'Award' },
  { key: 'award_type_name', header: 'Name' },
  { key: 'level', header: 'Level' },
  { key: 'collectives', header: 'Collectives', short: 'Coll.', align: 'right' },
  { key: 'individuals', header: 'Individuals', short: 'Indiv.', align: 'right' },
  { key: 'households', header: 'Households', short: 'Househ.', align: 'right' },
  { key: 'total', header: 'Total', align: 'right' },
];

export function countsModel(rows: CountRow[], title: string): TableModel<CountRow> {
  return {
    columns: countColumns,
    rows,
    title,
    footer: { award_type: 'Total', ...totalOf(rows) },
    empty: 'No awards match.',
  };
}

export const historyColumns: Column<HistoryEntry>[] = [
  { key: 'id', header: 'Award id', machineOnly: true },
  { key: 'decision_date', header: 'Date' },
  { key: 'award_type', header: 'Award' },
  { key: 'award_type_name', header: 'Award name', maxWidth: 40, optional: true },
  { key: 'period', header: 'Period' },
  { key: 'decision_symbol', header: 'Decision' },
  { key: 'body', header: 'Body ref', machineOnly: true },
  { key: 'body_name', header: 'Issued by', maxWidth: 36, optional: true },
  { key: 'decision', header: 'Decision ref', machineOnly: true },
  { key: 'body_level', header: 'Level', machineOnly: true },
  { key: 'line_no', header: 'STT', machineOnly: true },
  { key: 'recipient', header: 'Recipient ref', machineOnly: true },
  { key: 'recipient_name', header: 'Recipient', machineOnly: true },
  { key: 'unit_name', header: 'Unit', machineOnly: true },
  { key: 'position', header: 'Position', machineOnly: true },
  { key: 'period_from', header: 'From', machineOnly: true },
  { key: 'period_to', header: 'To', machineOnly: true },
  { key: 'achievement', header: 'Achievement', machineOnly: true },
  { key: 'commendation_kind', header: 'Commendation kind', machineOnly: true },
  { key: 'ceremony', header: 'Ceremony ref', machineOnly: true },
  { key: 'ceremony_name', header: 'Ceremony', machineOnly: true },
  { key: 'ceremony_date', header: 'Presented', },
  { key: 'status', header: 'Status' },
  { key: 'revocation_decision', header: 'Revoked by', machineOnly: true },
  { key: 'revocation_date', header: 'Revoked on', machineOnly: true },
  { key: 'revocation_ground', header: 'Ground', machineOnly: true },
  { key: 'revocation_note', header: 'Revocation note', machineOnly: true },
  { key: 'reinstatement_decision', header: 'Reinstated by', machineOnly: true },
  { key: 'reinstatement_date', header: 'Reinstated on', machineOnly: true },
  { key: 'reinstated_revocation', header: 'Revocation undone', machineOnly: true },
  {
    key: 'withdrawn',
    header: 'Withdrawn',
    humanOnly: true,
    value: (r) =>
      [
        r.reinstated_revocation && `${r.reinstated_revocation}; reinstated by ${r.reinstatement_decision} ${r.reinstatement_date}`,
        (r.revocation_decision || r.revocation_date) && `${r.revocation_decision ?? ''} ${r.revocation_date ?? ''} (${r.revocation_ground ?? '-'})`.trim(),
      ]
        .filter(Boolean)
        .join('; '),
  },
];

export function historyModel(entries: HistoryEntry[], title: string): TableModel<HistoryEntry> {
  return { columns: historyColumns, rows: entries, title, empty: 'No awards recorded.' };
}

