/** Column models of the registry's records (the JSON field names are the documented contract). */
import { formatLevels } from '../../core/law/levels.js';
import type { AwardType } from '../../core/award-type/award-type.js';
import type { Award } from '../../core/award/award.js';
import type { Body } from '../../core/body/body.js';
import type { Ceremony } from '../../core/ceremony/ceremony.js';
import type { Decision } from '../../core/decision/decision.js';
import type { Recipient } from '../../core/recipient/recipient.js';
import type { SearchHit } from '../../core/search.js';
import type { Column, TableModel } from '../../render/model.js';
import { viDateLine } from '../../core/text.js';

export const recipientColumns: Column<Recipient>[] = [
  { key: 'ref', header: 'Ref' },
  { key: 'kind', header: 'Kind', optional: true },
  { key: 'name', header: 'Name' },
  { key: 'unit', header: 'Unit ref', machineOnly: true },
  { key: 'unit_name', header: 'Unit', maxWidth: 40 },
  { key: 'position', header: 'Position', optional: true },
  { key: 'place', header: 'Place', machineOnly: true },
  { key: 'note', header: 'Note', machineOnly: true },
];

export const bodyColumns: Column<Body>[] = [
  { key: 'ref', header: 'Ref' },
  { key: 'name', header: 'Name' },
  { key: 'level', header: 'Level' },
  { key: 'abbr', header: 'Abbr.', optional: true },
  { key: 'place', header: 'Place', optional: true },
  { key: 'parent', header: 'Part of', optional: true },
  { key: 'note', header: 'Note', machineOnly: true },
];

export const awardTypeColumns: Column<AwardType>[] = [
  { key: 'code', header: 'Code' },
  { key: 'name_vi', header: 'Name' },
  { key: 'name_en', header: 'English', machineOnly: true },
  { key: 'family', header: 'Family', optional: true },
  { key: 'category', header: 'Category', machineOnly: true },
  { key: 'recipient_kinds', header: 'Recipients' },
  { key: 'conferred_by', header: 'Conferred by', humanOnly: true },
  { key: 'levels', header: 'Levels', machineOnly: true },
  { key: 'level_periods', header: 'Level periods', machineOnly: true, value: (t) => t.level_periods.map((p) => formatLevels([p])) },
  { key: 'rank', header: 'Rank', machineOnly: true },
  { key: 'precedence', header: 'Prec.', align: 'right' },
  { key: 'periodicity', header: 'Periodicity', machineOnly: true },
  { key: 'article', header: 'Article', optional: true },
  { key: 'note', header: 'Note', machineOnly: true },
  { key: 'builtin', header: 'Built-in', machineOnly: true },
];

export const decisionColumns: Column<Decision>[] = [
  { key: 'ref', header: 'Ref' },
  { key: 'symbol', header: 'Number' },
  { key: 'number', header: 'No.', machineOnly: true },
  { key: 'date', header: 'Date' },
  { key: 'body', header: 'Body ref', machineOnly: true },
  { key: 'body_name', header: 'Signed by' },
  { key: 'body_level', header: 'Level', optional: true },
  { key: 'body_place', header: 'Place', machineOnly: true },
  { key: 'date_line', header: 'Date line', machineOnly: true, value: (d) => viDateLine(d.date, d.body_place) },
  { key: 'signer_name', header: 'Signer', machineOnly: true },
  { key: 'signer_capacity', header: 'Capacity', machineOnly: true },
  { key: 'summary', header: 'Summary', maxWidth: 50, optional: true },
  { key: 'regime', header: 'Regime', machineOnly: true },
  { key: 'note', header: 'Note', machineOnly: true },
  { key: 'lines', header: 'Lines', align: 'right' },
];

export const awardColumns: Column<Award>[] = [
  { key: 'id', header: 'Id', align: 'right' },
  { key: 'decision', header: 'Decision ref', machineOnly: true },
  { key: 'decision_symbol', header: 'Decision' },
  { key: 'decision_date', header: 'Date', optional: true },
  { key: 'body', header: 'Body', machineOnly: true },
  { key: 'body_level', header: 'Level', machineOnly: true },
  { key: 'line_no', header: 'STT', align: 'right' },
  { key: 'award_type', header: 'Award' },
  { key: 'award_type_name', header: 'Award name', machineOnly: true },
  { key: 'recipient', header: 'Recipient ref', machineOnly: true },
  { key: 'recipient_name', header: 'Recipient' },
  { key: 'recipient_kind', header: 'Kind', machineOnly: true },
  { key: 'unit_name', header: 'Unit', machineOnly: true },
  { key: 'position', header: 'Position', machineOnly: true },
  { key: 'period', header: 'Period' },
  { key: 'period_from', header: 'From', machineOnly: true },
  { key: 'period_to', header: 'To', machineOnly: true },
  { key: 'achievement', header: 'Achievement', machineOnly: true },
  { key: 'commendation_kind', header: 'Commendation kind', machineOnly: true },
  { key: 'ceremony', header: 'Ceremony', optional: true },
  { key: 'status', header: 'Status' },
];

export const ceremonyColumns: Column<Ceremony>[] = [
  { key: 'ref', header: 'Ref' },
  { key: 'name', header: 'Name', maxWidth: 60 },
  { key: 'date', header: 'Date' },
  { key: 'place', header: 'Place', machineOnly: true },
  { key: 'organiser', header: 'Organiser ref', machineOnly: true },
  { key: 'organiser_name', header: 'Organiser' },
  { key: 'awards', header: 'Awards', align: 'right' },
  { key: 'note', header: 'Note', machineOnly: true },
];

export const searchColumns: Column<SearchHit>[] = [
  { key: 'type', header: 'Type' },
  { key: 'ref', header: 'Ref' },
  { key: 'name', header: 'Name' },
  { key: 'detail', header: 'Detail' },
];

export function listModel<R>(columns: Column<R>[], rows: R[], empty: string): TableModel<R> {
  return { columns, rows, empty };
}
