/**
 * Column models of findings and their summary, evidence and settings (the JSON contract; rules and
 * eligibility: their commands). Headers are getters: each is said in the language of the run when a table is drawn.
 */
import type { Finding } from '../../core/law/finding.js';
import type { SummaryRow } from '../../core/checks/run.js';
import type { DisciplineRecord, InitiativeRecord, MembersRecord, RatingRecord } from '../../core/evidence/evidence.js';
import type { DossierYear } from '../../core/evidence/queries.js';
import type { SettingRow } from '../../core/settings/settings.js';
import type { Message } from '../../i18n/index.js';
import { COLS, FINDING_COLS } from '../../i18n/messages/scale.js';
import type { Column, TableModel } from '../../render/model.js';

/** A column whose header (and short header) is a message, said when read. */
function col<R>(c: Omit<Column<R>, 'header' | 'short'> & { header: Message; short?: Message }): Column<R> {
  const { header, short, ...rest } = c;
  const out = { ...rest } as Column<R>;
  Object.defineProperty(out, 'header', { get: () => header(), enumerable: true });
  if (short) Object.defineProperty(out, 'short', { get: () => short(), enumerable: true });
  return out;
}

const F = FINDING_COLS;

export const findingColumns: Column<Finding>[] = [
  col({ key: 'severity', header: F.severity }),
  col({ key: 'rule', header: F.rule, optional: true }),
  col({ key: 'record', header: F.record, machineOnly: true }),
  col({ key: 'award_id', header: F.awardId, machineOnly: true }),
  col({ key: 'decision', header: F.decisionRef, machineOnly: true }),
  col({ key: 'decision_symbol', header: F.decision, machineOnly: true }),
  col({ key: 'line_no', header: F.stt, machineOnly: true }),
  col({ key: 'recipient', header: F.recipientRef, machineOnly: true }),
  col({ key: 'recipient_name', header: F.recipient, machineOnly: true }),
  col({ key: 'award_type', header: F.award, machineOnly: true }),
  col({ key: 'year', header: F.year, machineOnly: true }),
  col({ key: 'message', header: F.finding }),
  col({ key: 'article', header: F.article, optional: true }),
  col({ key: 'hint', header: F.hint }),
  col({ key: 'regime', header: F.regime, machineOnly: true }),
];

function findingGroup(f: Finding): string {
  const what = [f.award_type, f.year, '·', f.recipient_name].filter((x) => x !== null).join(' ');
  if (f.award_id === null) return `${f.record} · ${what}`;
  return `${f.record} · ${what} · ${f.decision_symbol}${f.line_no !== null ? ` STT ${f.line_no}` : ''}`;
}

export function findingsModel(findings: Finding[], title: string): TableModel<Finding> {
  return { columns: findingColumns, rows: findings, title, groupTitle: findingGroup, empty: F.none() };
}

/** "award #73 · LDTT 2018 · Bùi Thị K: no rating recorded for 2018" */
function firstFinding(r: SummaryRow): string | null {
  const f = r.examples[0];
  if (!f) return null;
  const what = [f.award_type, f.year].filter((x) => x !== null).join(' ');
  return `${[f.record, what, f.recipient_name].filter(Boolean).join(' · ')}: ${f.message}`;
}

export const summaryColumns: Column<SummaryRow>[] = [
  col({ key: 'severity', header: F.severity }),
  col({ key: 'rule', header: F.rule }),
  col({ key: 'count', header: F.count, align: 'right', kind: 'count' }),
  col({ key: 'examples', header: F.examples, value: (r) => [...new Set(r.examples.map((f) => f.record))].join(', '), humanOnly: true, maxWidth: 40 }),
  col({ key: 'first', header: F.firstFinding, value: firstFinding, humanOnly: true }),
  col({ key: 'examples', header: F.examples, value: (r) => [...new Set(r.examples.map((f) => f.record))], machineOnly: true }),
  col({ key: 'message', header: F.finding, value: (r) => r.examples[0]?.message ?? null, machineOnly: true }),
  col({ key: 'article', header: F.article, value: (r) => r.examples[0]?.article ?? null, machineOnly: true }),
];

export function summaryModel(rows: SummaryRow[], title: string): TableModel<SummaryRow> {
  return { columns: summaryColumns, rows, title, empty: F.none() };
}

export const ratingColumns: Column<RatingRecord>[] = [
  col({ key: 'year', header: F.year }),
  col({ key: 'recipient', header: COLS.ref }),
  col({ key: 'recipient_name', header: F.recipient }),
  col({ key: 'recipient_kind', header: COLS.kind, machineOnly: true }),
  col({ key: 'unit', header: COLS.unitRef, machineOnly: true }),
  col({ key: 'unit_name', header: COLS.unit, maxWidth: 40 }),
  col({ key: 'rating', header: COLS.rating }),
  col({ key: 'rating_label', header: COLS.ratingLabel }),
  col({ key: 'note', header: COLS.note, machineOnly: true }),
];

export const disciplineColumns: Column<DisciplineRecord>[] = [
  col({ key: 'id', header: COLS.id, align: 'right' }),
  col({ key: 'year', header: F.year }),
  col({ key: 'recipient', header: COLS.ref }),
  col({ key: 'recipient_name', header: F.recipient }),
  col({ key: 'unit', header: COLS.unitRef, machineOnly: true }),
  col({ key: 'unit_name', header: COLS.unit, maxWidth: 40 }),
  col({ key: 'form', header: COLS.form }),
  col({ key: 'form_label', header: COLS.formLabel }),
  col({ key: 'date', header: COLS.date, kind: 'date' }),
  col({ key: 'decision', header: F.decision }),
  col({ key: 'note', header: COLS.note, machineOnly: true }),
];

export const initiativeColumns: Column<InitiativeRecord>[] = [
  col({ key: 'id', header: COLS.id, align: 'right' }),
  col({ key: 'year', header: F.year }),
  col({ key: 'recipient', header: COLS.ref }),
  col({ key: 'recipient_name', header: F.recipient }),
  col({ key: 'unit', header: COLS.unitRef, machineOnly: true }),
  col({ key: 'unit_name', header: COLS.unit, machineOnly: true }),
  col({ key: 'title', header: COLS.title, maxWidth: 60 }),
  col({ key: 'level', header: COLS.level }),
  col({ key: 'level_label', header: COLS.levelLabel, machineOnly: true }),
  col({ key: 'recognised_by', header: COLS.recognisedBy, maxWidth: 40 }),
  col({ key: 'note', header: COLS.note, machineOnly: true }),
];

export const membersColumns: Column<MembersRecord>[] = [
  col({ key: 'year', header: F.year }),
  col({ key: 'collective', header: COLS.ref }),
  col({ key: 'collective_name', header: COLS.collective }),
  col({ key: 'member_count', header: COLS.members, align: 'right' }),
  col({ key: 'ldtt_count', header: COLS.ldttDeclared, align: 'right' }),
  col({ key: 'cstdcs_count', header: COLS.cstdcsDeclared, align: 'right' }),
  col({ key: 'completed_count', header: COLS.completedDeclared, align: 'right' }),
  col({ key: 'registry_members', header: COLS.inRegistry, align: 'right' }),
  col({ key: 'registry_ldtt', header: COLS.ldttRegistry, align: 'right' }),
  col({ key: 'registry_cstdcs', header: COLS.cstdcsRegistry, align: 'right' }),
  col({ key: 'registry_rated', header: COLS.ratedRegistry, machineOnly: true }),
  col({ key: 'registry_completed', header: COLS.completedRegistry, machineOnly: true }),
  col({ key: 'ldtt_share', header: COLS.ldttShare, align: 'right' }),
  col({ key: 'note', header: COLS.note, machineOnly: true }),
];

export const settingColumns: Column<SettingRow>[] = [
  col({ key: 'key', header: COLS.setting }),
  col({ key: 'value', header: COLS.value, value: (r) => (r.value === null ? null : r.value) }),
  col({ key: 'set', header: COLS.setHere, value: (r) => (r.set ? COLS.yes() : COLS.noDefault()), humanOnly: true }),
  col({ key: 'set', header: COLS.set, machineOnly: true }),
  col({ key: 'default', header: COLS.default, machineOnly: true }),
  col({ key: 'describe', header: COLS.meaning }),
];

export const dossierColumns: Column<DossierYear>[] = [
  col({ key: 'year', header: F.year }),
  col({ key: 'rating', header: COLS.rating }),
  col({ key: 'awards', header: COLS.awards, value: (r) => r.awards.join(', '), humanOnly: true }),
  col({ key: 'initiatives', header: COLS.initiatives, value: (r) => r.initiatives.join('; '), humanOnly: true, maxWidth: 60 }),
  col({ key: 'discipline', header: COLS.discipline, value: (r) => r.discipline.join('; '), humanOnly: true }),
  col({ key: 'awards', header: COLS.awards, machineOnly: true }),
  col({ key: 'initiatives', header: COLS.initiatives, machineOnly: true }),
  col({ key: 'discipline', header: COLS.discipline, machineOnly: true }),
];
