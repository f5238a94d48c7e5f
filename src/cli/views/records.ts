/** Column models of the registry's records (the JSON field names are the documented contract). */
import { formatLevels } from '../../core/law/levels.js';
import type { AwardType } from '../../core/award-type/award-type.js';
import type { Award } from '../../core/award/award.js';
import type { Body } from '../../core/body/body.js';
import type { Ceremony } from '../../core/ceremony/ceremony.js';
import type { Decision } from '../../core/decision/decision.js';
import type { Recipient } from '../../core/recipient/recipient.js';
import type { SearchHit } from '../../core/search.js';
import { column, type Column, type TableModel } from '../../render/model.js';
import { HEADER as H } from '../../i18n/messages/views.js';
import { viDateLine } from '../../core/text.js';

export const recipientColumns: Column<Recipient>[] = [
  column('ref', H.ref),
  column('kind', H.kind, { optional: true, kind: 'recipient-kind' }),
  column('name', H.name),
  column('unit', H.unitRef, { machineOnly: true }),
  column('unit_name', H.unit, { maxWidth: 40 }),
  column('position', H.position, { optional: true }),
  column('place', H.place, { machineOnly: true }),
  column('note', H.note, { machineOnly: true }),
];

export const bodyColumns: Column<Body>[] = [
  column('ref', H.ref),
  column('name', H.name),
  column('level', H.level, { kind: 'level' }),
  column('abbr', H.abbr, { optional: true }),
  column('place', H.place, { optional: true }),
  column('parent', H.partOf, { optional: true }),
  column('note', H.note, { machineOnly: true }),
];

export const awardTypeColumns: Column<AwardType>[] = [
  column('code', H.code),
  column('name_vi', H.name),
  column('name_en', H.english, { machineOnly: true }),
  column('family', H.family, { optional: true }),
  column('category', H.category, { machineOnly: true }),
  column('recipient_kinds', H.recipients),
  column('conferred_by', H.conferredBy, { humanOnly: true }),
  column('levels', H.levels, { machineOnly: true }),
  column('level_periods', H.levelPeriods, { machineOnly: true, value: (t) => t.level_periods.map((p) => formatLevels([p])) }),
  column('rank', H.rank, { machineOnly: true }),
  column('precedence', H.precedence, { align: 'right' }),
  column('periodicity', H.periodicity, { machineOnly: true }),
  column('article', H.article, { optional: true }),
  column('note', H.note, { machineOnly: true }),
  column('builtin', H.builtin, { machineOnly: true }),
];

export const decisionColumns: Column<Decision>[] = [
  column('ref', H.ref),
  column('symbol', H.number),
  column('number', H.numberOnly, { machineOnly: true }),
  column('date', H.date, { kind: 'date' }),
  column('body', H.bodyRef, { machineOnly: true }),
  column('body_name', H.signedBy, { short: H.signedByShort }),
  column('body_level', H.level, { optional: true, kind: 'level' }),
  column('body_place', H.place, { machineOnly: true }),
  column('date_line', H.dateLine, { machineOnly: true, value: (d) => viDateLine(d.date, d.body_place) }),
  column('signer_name', H.signer, { machineOnly: true }),
  column('signer_capacity', H.capacity, { machineOnly: true }),
  column('summary', H.summary, { maxWidth: 50, optional: true }),
  column('regime', H.regime, { machineOnly: true }),
  column('note', H.note, { machineOnly: true }),
  column('lines', H.lines, { align: 'right', kind: 'count' }),
];

export const awardColumns: Column<Award>[] = [
  column('id', H.id, { align: 'right' }),
  column('decision', H.decisionRef, { machineOnly: true }),
  column('decision_symbol', H.decision),
  column('decision_date', H.date, { optional: true, kind: 'date' }),
  column('body', H.body, { machineOnly: true }),
  column('body_level', H.level, { machineOnly: true }),
  column('line_no', H.stt, { align: 'right' }),
  column('award_type', H.award),
  column('award_type_name', H.awardName, { machineOnly: true }),
  column('recipient', H.recipientRef, { machineOnly: true }),
  column('recipient_name', H.recipient),
  column('recipient_kind', H.kind, { machineOnly: true }),
  column('unit_name', H.unit, { machineOnly: true }),
  column('position', H.position, { machineOnly: true }),
  column('period', H.period),
  column('period_from', H.from, { machineOnly: true }),
  column('period_to', H.to, { machineOnly: true }),
  column('achievement', H.achievement, { machineOnly: true }),
  column('commendation_kind', H.commendationKind, { machineOnly: true }),
  column('ceremony', H.ceremony, { optional: true }),
  column('status', H.status, { kind: 'status' }),
];

export const ceremonyColumns: Column<Ceremony>[] = [
  column('ref', H.ref),
  column('name', H.name, { maxWidth: 60 }),
  column('date', H.date, { kind: 'date' }),
  column('place', H.venue, { machineOnly: true }),
  column('organiser', H.organiserRef, { machineOnly: true }),
  column('organiser_name', H.organiser),
  column('awards', H.awards, { align: 'right', kind: 'count' }),
  column('note', H.note, { machineOnly: true }),
];

export const searchColumns: Column<SearchHit>[] = [
  column('type', H.type),
  column('ref', H.ref),
  column('name', H.name),
  column('detail', H.detail),
];

export function listModel<R>(columns: Column<R>[], rows: R[], empty: string): TableModel<R> {
  return { columns, rows, empty };
}
