/** Column models of findings, evidence and settings (the JSON contract; rules and eligibility: their commands). */
import type { Finding } from '../../core/law/finding.js';
import type { DisciplineRecord, InitiativeRecord, MembersRecord, RatingRecord } from '../../core/evidence/evidence.js';
import type { DossierYear } from '../../core/evidence/queries.js';
import type { SettingRow } from '../../core/settings/settings.js';
import type { Column, TableModel } from '../../render/model.js';

export const findingColumns: Column<Finding>[] = [
  { key: 'severity', header: 'Severity' },
  { key: 'rule', header: 'Rule', optional: true },
  { key: 'record', header: 'Record', machineOnly: true },
  { key: 'award_id', header: 'Award id', machineOnly: true },
  { key: 'decision', header: 'Decision ref', machineOnly: true },
  { key: 'decision_symbol', header: 'Decision', machineOnly: true },
  { key: 'line_no', header: 'STT', machineOnly: true },
  { key: 'recipient', header: 'Recipient ref', machineOnly: true },
  { key: 'recipient_name', header: 'Recipient', machineOnly: true },
  { key: 'award_type', header: 'Award', machineOnly: true },
  { key: 'year', header: 'Year', machineOnly: true },
  { key: 'message', header: 'Finding' },
  { key: 'article', header: 'Article', optional: true },
  { key: 'hint', header: 'Hint' },
  { key: 'regime', header: 'Regime', machineOnly: true },
];

function findingGroup(f: Finding): string {
  const what = [f.award_type, f.year, '·', f.recipient_name].filter((x) => x !== null).join(' ');
  if (f.award_id === null) return `${f.record} · ${what}`;
  return `${f.record} · ${what} · ${f.decision_symbol}${f.line_no !== null ? ` STT ${f.line_no}` : ''}`;
}

export function findingsModel(findings: Finding[], title: string): TableModel<Finding> {
  return { columns: findingColumns, rows: findings, title, groupTitle: findingGroup, empty: 'No findings.' };
}

export const ratingColumns: Column<RatingRecord>[] = [
  { key: 'year', header: 'Year' },
  { key: 'recipient', header: 'Ref' },
  { key: 'recipient_name', header: 'Recipient' },
  { key: 'recipient_kind', header: 'Kind', machineOnly: true },
  { key: 'unit', header: 'Unit ref', machineOnly: true },
  { key: 'unit_name', header: 'Unit', maxWidth: 40 },
  { key: 'rating', header: 'Rating' },
  { key: 'rating_label', header: 'Xếp loại' },
  { key: 'note', header: 'Note', machineOnly: true },
];

export const disciplineColumns: Column<DisciplineRecord>[] = [
  { key: 'id', header: 'Id', align: 'right' },
  { key: 'year', header: 'Year' },
  { key: 'recipient', header: 'Ref' },
  { key: 'recipient_name', header: 'Recipient' },
  { key: 'unit', header: 'Unit ref', machineOnly: true },
  { key: 'unit_name', header: 'Unit', maxWidth: 40 },
  { key: 'form', header: 'Form' },
  { key: 'form_label', header: 'Hình thức' },
  { key: 'date', header: 'Date' },
  { key: 'decision', header: 'Decision' },
  { key: 'note', header: 'Note', machineOnly: true },
];

export const initiativeColumns: Column<InitiativeRecord>[] = [
  { key: 'id', header: 'Id', align: 'right' },
  { key: 'year', header: 'Year' },
  { key: 'recipient', header: 'Ref' },
  { key: 'recipient_name', header: 'Recipient' },
  { key: 'unit', header: 'Unit ref', machineOnly: true },
  { key: 'unit_name', header: 'Unit', machineOnly: true },
  { key: 'title', header: 'Title', maxWidth: 60 },
  { key: 'level', header: 'Level' },
  { key: 'level_label', header: 'Cấp công nhận', machineOnly: true },
  { key: 'recognised_by', header: 'Recognised by', maxWidth: 40 },
  { key: 'note', header: 'Note', machineOnly: true },
];

export const membersColumns: Column<MembersRecord>[] = [
  { key: 'year', header: 'Year' },
  { key: 'collective', header: 'Ref' },
  { key: 'collective_name', header: 'Collective' },
  { key: 'member_count', header: 'Members', align: 'right' },
  { key: 'ldtt_count', header: 'LDTT (declared)', align: 'right' },
  { key: 'cstdcs_count', header: 'CSTDCS (declared)', align: 'right' },
  { key: 'completed_count', header: 'Completed (declared)', align: 'right' },
  { key: 'registry_members', header: 'In registry', align: 'right' },
  { key: 'registry_ldtt', header: 'LDTT (registry)', align: 'right' },
  { key: 'registry_cstdcs', header: 'CSTDCS (registry)', align: 'right' },
  { key: 'registry_rated', header: 'Rated (registry)', machineOnly: true },
  { key: 'registry_completed', header: 'Completed (registry)', machineOnly: true },
  { key: 'ldtt_share', header: 'LDTT %', align: 'right' },
  { key: 'note', header: 'Note', machineOnly: true },
];

export const settingColumns: Column<SettingRow>[] = [
  { key: 'key', header: 'Setting' },
  { key: 'value', header: 'Value', value: (r) => (r.value === null ? null : r.value) },
  { key: 'set', header: 'Set here', value: (r) => (r.set ? 'yes' : 'no (default)'), humanOnly: true },
  { key: 'set', header: 'Set', machineOnly: true },
  { key: 'default', header: 'Default', machineOnly: true },
  { key: 'describe', header: 'Meaning' },
];

export const dossierColumns: Column<DossierYear>[] = [
  { key: 'year', header: 'Year' },
  { key: 'rating', header: 'Rating' },
  { key: 'awards', header: 'Awards', value: (r) => r.awards.join(', '), humanOnly: true },
  { key: 'initiatives', header: 'Initiatives', value: (r) => r.initiatives.join('; '), humanOnly: true, maxWidth: 60 },
  { key: 'discipline', header: 'Discipline', value: (r) => r.discipline.join('; '), humanOnly: true },
  { key: 'awards', header: 'Awards', machineOnly: true },
  { key: 'initiatives', header: 'Initiatives', machineOnly: true },
  { key: 'discipline', header: 'Discipline', machineOnly: true },
];
