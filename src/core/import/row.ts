/**
 * One import row, validated at the boundary: the same parsers as the commands (dates, periods,
 * decision numbers, recipient kinds, kinds of commendation). Pure.
 */
import { z } from 'zod';
import { zCommendationKind } from '../award/award.js';
import { LEVELS, type Level } from '../domain.js';
import { zRecipientKind } from '../recipient/recipient.js';
import { fold } from '../text.js';
import { zDate, zDecisionNumber, zOptText, zPeriod, zRef, zText } from '../validate.js';
import { IMPORT_COLUMNS } from './columns.js';

const LEVEL_WORDS: Record<string, Level> = {
  'chu tich nuoc': 'state',
  'nha nuoc': 'state',
  'chinh phu': 'government',
  'thu tuong': 'government',
  'thu tuong chinh phu': 'government',
  'trung uong': 'government',
  tinh: 'province',
  'cap tinh': 'province',
  'thanh pho': 'province',
  'bo nganh': 'province',
  huyen: 'district',
  'cap huyen': 'district',
  quan: 'district',
  xa: 'commune',
  'cap xa': 'commune',
  phuong: 'commune',
  'co so': 'unit',
  'don vi': 'unit',
  'co quan don vi': 'unit',
};

/** A level code, or the words clerks use for it ("cấp huyện", "tỉnh"). */
export function parseLevel(text: string): Level | undefined {
  const t = fold(text);
  if ((LEVELS as readonly string[]).includes(t)) return t as Level;
  return LEVEL_WORDS[t];
}

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
  ctx.addIssue({
    code: 'custom',
    message: `a line with status "${s}" cannot be imported: import only active lines (record revocations in the registry after the import)`,
  });
  return z.NEVER;
});

const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => (v ?? null) as z.output<T> | null);

export const ImportRow = z.object({
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
  body_abbr: opt(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z\u0110\u0111][A-Za-z\u0110\u0111\d.]{0,19}$/, { error: 'must be the abbreviation used in decision symbols, e.g. UBND or TTg' }),
  ),
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
export type ImportRowInput = Record<string, string | null>;
export type ValidRow = z.output<typeof ImportRow>;

const ABOUT = new Map(IMPORT_COLUMNS.map((c) => [c.key, c]));

export interface FieldIssue {
  key: string;
  message: string;
}

/** Validates one row's fields; an empty required field says what it should hold. */
export function parseRow(input: ImportRowInput): { ok: true; value: ValidRow } | { ok: false; issues: FieldIssue[] } {
  const r = ImportRow.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const i of r.error.issues) {
    const key = String(i.path[0] ?? '');
    if (seen.has(key)) continue;
    seen.add(key);
    const col = ABOUT.get(key);
    const empty = input[key] === null || input[key] === undefined || String(input[key]).trim() === '';
    issues.push({ key, message: empty && col ? `is empty: expected the ${col.about}, e.g. ${col.example}` : i.message });
  }
  return { ok: false, issues };
}

/**
 * A cell's text as import reads it: trimmed, empty → null, and the apostrophe that export puts before
 * a formula-like value (=, +, -, @) taken off again.
 */
export function cellValue(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  let t = v.trim();
  if (t === '') return null;
  if (t.charCodeAt(0) === 39 /* ' */ && /^'[=+\-@\t\r]/.test(t)) t = t.slice(1);
  // A lone surrogate (possible in JSON input) would not survive SQLite's UTF-8 unchanged.
  const w = t as unknown as { isWellFormed(): boolean; toWellFormed(): string };
  return w.isWellFormed() ? t : w.toWellFormed();
}
