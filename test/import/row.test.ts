/**
 * The import's hand-written row checks say exactly what the commands' zod inputs say: the zod schema an
 * import row used to be parsed with is the reference, and every case must give the same value or the
 * same messages.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zCommendationKind } from '../../src/core/award/award.js';
import { zRecipientKind } from '../../src/core/recipient/recipient.js';
import { fold } from '../../src/core/text.js';
import { IMPORT_COLUMNS } from '../../src/core/import/columns.js';
import { parseLevel, RowParser, type ImportRowInput } from '../../src/core/import/row.js';
import { LEVELS } from '../../src/core/domain.js';
import { zDate, zDecisionNumber, zOptText, zPeriod, zRef, zText } from '../../src/core/validate.js';

const zLevel = z.string().transform((s, ctx) => {
  const l = parseLevel(s);
  if (l) return l;
  ctx.addIssue({ code: 'custom', message: `"${s}" is not a level: expected ${LEVELS.join(', ')} (or cấp tỉnh, cấp huyện, cấp xã, …)` });
  return z.NEVER;
});
const zLine = z.string().transform((s, ctx) => {
  const t = s.trim().replace(/\.$/, '');
  if (/^\d{1,6}$/.test(t) && Number(t) > 0) return Number(t);
  ctx.addIssue({ code: 'custom', message: `"${s}" is not a line number: expected a whole number from 1, e.g. 12` });
  return z.NEVER;
});
const zStatus = z.string().transform((s, ctx) => {
  const t = fold(s);
  if (t === 'active' || t === 'hieu luc' || t === 'con hieu luc') return 'active' as const;
  ctx.addIssue({ code: 'custom', message: `a line with status "${s}" cannot be imported: import only active lines (record revocations in the registry after the import)` });
  return z.NEVER;
});
const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => (v ?? null) as z.output<T> | null);

const Reference = z.object({
  line_no: opt(zLine),
  decision_number: zDecisionNumber,
  decision_date: zDate,
  issuing_body: zText(300),
  award_type: zText(300),
  recipient_kind: opt(zRecipientKind),
  recipient_name: zOptText(300),
  unit: zOptText(300),
  position: zOptText(200),
  achievement_period: zPeriod,
  achievement: zOptText(2000),
  commendation_kind: zCommendationKind.nullish().transform((v) => v ?? 'regular'),
  ceremony: zOptText(300),
  decision_ref: opt(zRef),
  body_ref: opt(zRef),
  body_level: opt(zLevel),
  body_abbr: opt(z.string().trim().regex(/^[A-Za-zĐđ][A-Za-zĐđ0-9.]{0,19}$/, { error: 'must be the abbreviation used in decision symbols, e.g. UBND or TTg' })),
  signer_name: zOptText(200),
  signer_capacity: zOptText(200),
  decision_summary: zOptText(1000),
  recipient_ref: opt(zRef),
  unit_ref: opt(zRef),
  ceremony_ref: opt(zRef),
  ceremony_date: opt(zDate),
  ceremony_place: zOptText(300),
  ceremony_organiser: zOptText(300),
  note: zOptText(),
  status: opt(zStatus),
});

const ABOUT = new Map(IMPORT_COLUMNS.map((c) => [c.key, c]));

/** What an import row gave with zod: the value, or one message per bad column in schema order. */
function reference(input: ImportRowInput) {
  const r = Reference.safeParse(input);
  if (r.success) return { ok: true, value: { ...r.data, evidence: null } };
  const issues: { key: string; message: string }[] = [];
  for (const i of r.error.issues) {
    const key = String(i.path[0] ?? '');
    if (issues.some((x) => x.key === key)) continue;
    const col = ABOUT.get(key);
    const empty = input[key] === null || input[key] === undefined || String(input[key]).trim() === '';
    issues.push({ key, message: empty && col ? `is empty: expected the ${col.about}, e.g. ${col.example}` : i.message });
  }
  return { ok: false, issues };
}

const good: ImportRowInput = {
  line_no: '12.',
  decision_number: 'Số: 5/qđ-ubnd',
  decision_date: '17/01/2022',
  issuing_body: 'UBND  quận   Lê Chân',
  award_type: 'Giấy khen',
  recipient_kind: 'cá nhân',
  recipient_name: 'Nguyễn  Văn A',
  unit: 'Phòng Nội vụ',
  position: 'Chuyên viên',
  achievement_period: '2020 – 2021',
  achievement: 'Hoàn thành xuất sắc',
  commendation_kind: 'đột xuất',
  ceremony: null,
  decision_ref: 'ubnd-le-chan-2022-5',
  body_ref: 'ubnd-le-chan',
  body_level: 'cấp huyện',
  body_abbr: 'UBND',
  signer_name: 'Trần Văn X',
  signer_capacity: 'CHỦ TỊCH',
  decision_summary: 'Tặng Giấy khen',
  recipient_ref: null,
  unit_ref: 'phong-noi-vu',
  ceremony_ref: null,
  ceremony_date: '2022-01-20',
  ceremony_place: 'Hải Phòng',
  ceremony_organiser: 'ubnd-le-chan',
  note: 'ghi chú',
  status: 'Hiệu lực',
};

const cases: [string, ImportRowInput][] = [
  ['every column, well filled', good],
  ['only the required columns', { decision_number: '215/QĐ-UBND', decision_date: '2022-01-17', issuing_body: 'ubnd', award_type: 'GK', achievement_period: '2021' }],
  ['required columns empty or absent', { decision_number: null, issuing_body: null, award_type: undefined }],
  [
    'every column wrong',
    {
      line_no: '0',
      decision_number: 'QĐ 20',
      decision_date: '31/02/2022',
      issuing_body: 'x'.repeat(301),
      award_type: 'y'.repeat(301),
      recipient_kind: 'đơn vị',
      recipient_name: 'n'.repeat(301),
      unit: 'u'.repeat(301),
      position: 'p'.repeat(201),
      achievement_period: '2022-2020',
      achievement: 'a'.repeat(2001),
      commendation_kind: 'thường',
      ceremony: 'c'.repeat(301),
      decision_ref: 'Bad Ref',
      body_ref: '-x',
      body_level: 'liên xã',
      body_abbr: '1UBND',
      signer_name: 's'.repeat(201),
      signer_capacity: 's'.repeat(201),
      decision_summary: 's'.repeat(1001),
      recipient_ref: 'A',
      unit_ref: 'é',
      ceremony_ref: 'x'.repeat(81),
      ceremony_date: '2022-13-01',
      ceremony_place: 'p'.repeat(301),
      ceremony_organiser: 'o'.repeat(301),
      note: 'n'.repeat(2001),
      status: 'revoked',
    },
  ],
  ['line numbers', { ...good, line_no: '1234567' }],
  ['a period out of range', { ...good, achievement_period: '1900' }],
  ['a date out of range', { ...good, decision_date: '01/01/2200' }],
  ['kinds and levels by code', { ...good, recipient_kind: 'household', body_level: 'province', commendation_kind: 'regular' }],
  ['a text of exactly the maximum', { ...good, position: 'p'.repeat(200), note: 'n'.repeat(2000) }],
  ['decomposed Vietnamese is composed (NFC)', { ...good, recipient_name: 'Nguye\u0302\u0303n Va\u0306n A' }],
];

describe('import rows: the hand-written checks match the zod inputs', () => {
  for (const [name, input] of cases) {
    it(name, () => {
      const parser = new RowParser();
      const want = reference(input);
      expect(parser.parse(input)).toEqual(want);
      // a second pass over the same texts goes through the parser's memory: the same answer
      expect(parser.parse(input)).toEqual(want);
    });
  }
});

describe('import rows: evidence columns', () => {
  const base = { decision_number: '215/QĐ-UBND', decision_date: '2022-01-17', issuing_body: 'ubnd', award_type: 'GK', achievement_period: '2021' };

  it('are parsed with the evidence vocabularies', () => {
    const r = new RowParser().parse({
      ...base,
      rating: 'HTXSNV',
      discipline: 'khiển trách',
      discipline_date: '15/06/2021',
      discipline_decision: '12/QĐ-UBND',
      initiative: 'Đổi mới  phương pháp',
      initiative_level: 'tỉnh',
      member_count: '25',
      ldtt_count: '20',
    });
    expect(r.ok && r.value.evidence).toEqual({
      rating: 'excellent',
      discipline: 'reprimand',
      discipline_date: '2021-06-15',
      discipline_decision: '12/QĐ-UBND',
      initiative: 'Đổi mới phương pháp',
      initiative_level: 'province',
      member_count: 25,
      ldtt_count: 20,
      cstdcs_count: null,
      completed_count: null,
    });
  });

  it('report every bad evidence column with what is expected', () => {
    const r = new RowParser().parse({
      ...base,
      rating: 'giỏi',
      discipline: 'phê bình',
      initiative_level: 'cấp xã',
      member_count: '0',
      ldtt_count: '2.5',
      cstdcs_count: '-1',
    });
    expect(r).toEqual({
      ok: false,
      issues: [
        { key: 'rating', message: '"giỏi" is not a rating: expected excellent, good, completed, failed (or hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, HTXSNV, HTTNV, …)' },
        { key: 'discipline', message: '"phê bình" is not a disciplinary form: expected reprimand, caution, salary_cut, demotion, removal, dismissal (or khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc)' },
        { key: 'initiative_level', message: '"cấp xã" is not a level of recognition: expected grassroots, province, national (or cơ sở, tỉnh, toàn quốc)' },
        { key: 'member_count', message: 'must be 1 or more' },
        { key: 'ldtt_count', message: 'must be a whole number' },
        { key: 'cstdcs_count', message: 'must be 0 or more' },
      ],
    });
  });

  it('counts need the member count, and stay within it; dates and levels need their measure', () => {
    const r = new RowParser().parse({ ...base, ldtt_count: '3', discipline_date: '2021-06-15' });
    expect(r).toEqual({
      ok: false,
      issues: [
        { key: 'discipline_date', message: 'goes with a discipline: give its form in the discipline column, or leave the date empty' },
        { key: 'member_count', message: 'is needed with ldtt_count, cstdcs_count or completed_count: give the number of members, e.g. 25' },
      ],
    });
    const over = new RowParser().parse({ ...base, member_count: '10', completed_count: '11' });
    expect(over).toEqual({ ok: false, issues: [{ key: 'completed_count', message: '11 is more than the 10 members' }] });
  });
});
