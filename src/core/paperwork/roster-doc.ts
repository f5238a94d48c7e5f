/**
 * The printable roster of a ceremony: title, date and place, the groups as on screen (award type and
 * decision, in order of precedence) with Vietnamese headers. A plain model for the Word and Excel
 * writers. Read-only.
 */
import type { Kysely } from 'kysely';
import { KIND_LABELS, type RecipientKind } from '../domain.js';
import { buildRoster, type RosterLine } from '../report/roster.js';
import type { DB } from '../tables.js';
import { dateWords, shortDate, upper } from './text.js';

export interface RosterGroup {
  heading: string;
  lines: RosterLine[];
}

export interface RosterDoc {
  title: string[];
  /** "Ngày 17 tháng 01 năm 2022 — Quận Lê Chân, thành phố Hải Phòng" */
  when: string;
  columns: { key: string; header: string; /** relative width */ weight: number }[];
  /** Wide: an achievement column is printed, on A4 landscape. */
  landscape: boolean;
  groups: RosterGroup[];
  total: number;
}

export function rosterCell(key: string, l: RosterLine): string {
  switch (key) {
    case 'no':
      return String(l.no);
    case 'line_no':
      return l.line_no === null ? '' : String(l.line_no);
    case 'name':
      return l.recipient_name;
    case 'kind':
      return KIND_LABELS[l.recipient_kind as RecipientKind] ?? l.recipient_kind;
    case 'where':
      return [l.position, l.unit_name].filter(Boolean).join(', ');
    case 'period':
      return l.period;
    case 'achievement':
      return l.achievement ?? '';
    default:
      return '';
  }
}

export async function rosterDoc(db: Kysely<DB>, query: string): Promise<RosterDoc> {
  const r = await buildRoster(db, query);
  const groups: RosterGroup[] = [];
  let key = '';
  for (const l of r.lines) {
    const k = `${l.award_type}|${l.decision}`;
    if (k !== key) {
      key = k;
      groups.push({
        heading: `${groups.length + 1}. ${l.award_type_name} — ${l.body_name}, Quyết định số ${l.decision_symbol} ngày ${shortDate(l.decision_date)}`,
        lines: [],
      });
    }
    groups[groups.length - 1].lines.push(l);
  }
  const landscape = r.lines.some((l) => l.achievement);
  const columns = [
    // i18n-ignore: the printed roster's Vietnamese header (the document is Vietnamese whatever the language)
    { key: 'no', header: 'STT', weight: 5 },
    { key: 'line_no', header: 'STT trong QĐ', weight: 6 },
    { key: 'name', header: 'Tên tập thể, cá nhân', weight: 24 },
    { key: 'kind', header: 'Loại', weight: 8 },
    { key: 'where', header: 'Chức vụ, đơn vị', weight: 24 },
    { key: 'period', header: 'Thời kỳ', weight: 8 },
    ...(landscape ? [{ key: 'achievement', header: 'Thành tích', weight: 30 }] : []),
  ];
  const place = r.ceremony.place ? ` — ${r.ceremony.place}` : '';
  const when = dateWords(r.ceremony.date);
  return {
    title: ['DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG', upper(r.ceremony.name)],
    when: `${when.charAt(0).toUpperCase()}${when.slice(1)}${place}`,
    columns,
    landscape,
    groups,
    total: r.lines.length,
  };
}
