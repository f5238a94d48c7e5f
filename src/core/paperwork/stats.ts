/**
 * Statistical forms of Circular 02/2023/TT-BNV that a register can fill: 0602.N (state-level awards) and
 * 0603.N (awards of ministries, central bodies and provinces), counted from the award lines of decisions
 * of a year, by recipient and by kind of commendation. What the registry does not know (whether a
 * collective is an enterprise, the group of an individual) is counted in a visible "chưa phân loại" row,
 * never guessed. 0601.N counts emulation movements, which the registry does not record. Read-only.
 */
import type { Kysely } from 'kysely';
import { InvalidError } from '../errors.js';
import type { DB } from '../tables.js';
import { STAT_GROUPS } from './profile.js';
import { PAPERWORK } from '../../i18n/messages/core-io-paperwork.js';

export interface StatColumn {
  no: number;
  header: string;
  /** Award type categories counted in the column (empty: the total). */
  categories: string[];
}

export interface StatRow {
  label: string;
  code: string;
  unit: string;
  values: number[];
  /** Indented (a "trong đó" row) or a heading without figures. */
  level: 0 | 1 | 2;
  heading?: boolean;
}

export interface StatForm {
  form: string;
  title: string;
  year: number;
  body: string | null;
  columns: StatColumn[];
  rows: StatRow[];
  /** Lines of the year at these levels whose type no column counts. */
  excluded: number;
}

interface FormSpec {
  code: string;
  title: string;
  levels: string[];
  columns: Omit<StatColumn, 'no'>[];
}

const FORMS: Record<string, FormSpec> = {
  '0602.N': {
    code: '0602.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    levels: ['state', 'government'],
    columns: [
      { header: 'Huân chương', categories: ['order'] },
      { header: 'Huy chương', categories: ['medal'] },
      { header: 'Danh hiệu vinh dự Nhà nước', categories: ['honorary'] },
      { header: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước', categories: ['prize'] },
      { header: 'Cờ thi đua của Chính phủ', categories: ['flag'] },
      { header: 'Chiến sĩ thi đua toàn quốc', categories: ['fighter'] },
      { header: 'Bằng khen của Thủ tướng Chính phủ', categories: ['certificate'] },
    ],
  },
  '0603.N': {
    code: '0603.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH',
    levels: ['province'],
    columns: [
      { header: 'Bằng khen', categories: ['certificate'] },
      { header: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', categories: ['fighter'] },
      { header: 'Cờ thi đua', categories: ['flag'] },
      { header: 'Huy hiệu, Kỷ niệm chương', categories: ['commemorative'] },
    ],
  },
};

export const STAT_FORMS = ['0601.N', ...Object.keys(FORMS)];

export function formCode(form: string): string {
  return FORMS[form]?.code ?? `${form}/BNV-TĐKT`;
}

/** "0603n", "0603.N", "0603" → "0603.N"; unknown forms are an error naming those there are. */
export function parseForm(text: string): string {
  const t = text.trim().toUpperCase().replace(/\.?N$/, '');
  const form = `${t}.N`;
  if (form === '0601.N') {
    throw new InvalidError(PAPERWORK.form0601(), { hint: PAPERWORK.form0601Hint() });
  }
  if (!FORMS[form]) throw new InvalidError(PAPERWORK.noForm(text), { hint: PAPERWORK.formsHint() });
  return form;
}

interface Line {
  kind: string;
  category: string;
  method: string;
  enterprise: number | null;
  grp: number | null;
}

export async function statForm(db: Kysely<DB>, form: string, year: number, bodyId?: number): Promise<StatForm> {
  const spec = FORMS[form];
  let q = db
    .selectFrom('award as a')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('body as b', 'b.id', 'd.body_id')
    .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
    .innerJoin('award_type as t', 't.id', 'a.award_type_id')
    .leftJoin('recipient_profile as p', 'p.recipient_id', 'r.id')
    .leftJoin('award_revocation as x', 'x.award_id', 'a.id')
    // i18n-ignore: column names of the query
    .select(['r.kind', 't.category', 'a.kind as method', 'p.enterprise', 'p.stat_group as grp'])
    .where('d.year', '=', year)
    .where('x.id', 'is', null)
    .where('b.level', 'in', spec.levels);
  if (bodyId !== undefined) q = q.where('d.body_id', '=', bodyId);
  const all: Line[] = (await q.execute()).map((l) => ({ ...l, enterprise: l.enterprise ?? null, grp: l.grp ?? null }));
  const columns: StatColumn[] = [{ no: 1, header: 'Tổng số', categories: [] }, ...spec.columns.map((c, i) => ({ ...c, no: i + 2 }))];
  const counted = new Set(spec.columns.flatMap((c) => c.categories));
  const lines = all.filter((l) => counted.has(l.category));
  const values = (pick: (l: Line) => boolean): number[] => {
    const of = lines.filter(pick);
    return columns.map((c) => (c.categories.length ? of.filter((l) => c.categories.includes(l.category)).length : of.length));
  };
  const row = (code: string, label: string, pick: (l: Line) => boolean, level: 0 | 1 | 2 = 0): StatRow => ({ code, label, unit: 'Lượt', values: values(pick), level });
  const heading = (label: string): StatRow => ({ code: '', label, unit: '', values: [], level: 0, heading: true });
  const coll = (l: Line) => l.kind === 'collective';
  const ind = (l: Line) => l.kind === 'individual';
  const rows: StatRow[] = [
    row('01', 'Tổng số', () => true),
    heading('Chia theo đối tượng'),
    row('02', 'Tập thể', coll, 1),
    row('03', 'Trong đó: Doanh nghiệp', (l) => coll(l) && l.enterprise === 1, 2),
    row('', 'Tập thể chưa phân loại (không ghi doanh nghiệp hay không)', (l) => coll(l) && l.enterprise === null, 2),
    row('04', 'Hộ gia đình', (l) => l.kind === 'household', 1),
    row('05', 'Cá nhân', ind, 1),
    ...[1, 2, 3, 4, 5].map((g) => row(String(5 + g).padStart(2, '0'), `${g === 1 ? 'Trong đó: ' : ''}${STAT_GROUPS[g].charAt(0).toUpperCase()}${STAT_GROUPS[g].slice(1)}`, (l) => ind(l) && l.grp === g, 2)),
    row('', 'Cá nhân chưa phân loại nhóm', (l) => ind(l) && l.grp === null, 2),
    heading('Chia theo loại hình khen thưởng'),
    row('11', 'Thường xuyên (theo công trạng và thành tích)', (l) => l.method === 'regular', 1),
    row('12', 'Theo chuyên đề (theo đợt)', (l) => l.method === 'movement', 1),
    row('13', 'Đột xuất', (l) => l.method === 'sudden', 1),
    row('14', 'Đối ngoại', (l) => l.method === 'foreign', 1),
    row('15', 'Quá trình cống hiến', (l) => l.method === 'service', 1),
    row('16', 'Niên hạn', (l) => l.method === 'seniority', 1),
    row('17', 'Kháng chiến', () => false, 1),
  ];
  return { form, title: spec.title, year, body: null, columns, rows, excluded: all.length - lines.length };
}
