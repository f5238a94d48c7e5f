/**
 * One import row, validated at the boundary: the same parsers and the same messages as the commands'
 * zod inputs (dates, periods, decision numbers, recipient kinds, kinds of commendation), written out by
 * hand because a file can hold millions of rows and a schema walk per row costs more than the rest of
 * the checks. test/import/row.test.ts holds the two together. Pure.
 */
import { parseCommendationKind, parseRecipientKind, COMMENDATION_KINDS, LEVELS, RECIPIENT_KINDS, type CommendationKind, type Level, type RecipientKind } from '../domain.js';
import {
  DISCIPLINE_FORMS,
  INITIATIVE_LEVELS,
  RATINGS,
  parseDisciplineForm,
  parseInitiativeLevel,
  parseRating,
  type DisciplineForm,
  type InitiativeLevel,
  type Rating,
} from '../evidence/vocab.js';
import { parseDate, parseDecisionNumber, parsePeriod, type DecisionNumber, type Parsed, type Period } from '../parse.js';
import { clean, fold } from '../text.js';
import { EVIDENCE_KEYS, IMPORT_COLUMNS } from './columns.js';
import { IMPORT_CELL } from '../../i18n/messages/core-io-import.js';
import { INPUT } from '../../i18n/messages/core-records.js';

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

/** The evidence columns of a row (see EvidenceColumns), parsed; null when the row has none. */
export interface RowEvidence {
  rating: Rating | null;
  discipline: DisciplineForm | null;
  discipline_date: string | null;
  discipline_decision: string | null;
  initiative: string | null;
  initiative_level: InitiativeLevel | null;
  member_count: number | null;
  ldtt_count: number | null;
  cstdcs_count: number | null;
  completed_count: number | null;
}

export interface ValidRow {
  line_no: number | null;
  decision_number: DecisionNumber;
  decision_date: string;
  issuing_body: string;
  award_type: string;
  recipient_kind: RecipientKind | null;
  recipient_name: string | null;
  unit: string | null;
  position: string | null;
  achievement_period: Period;
  achievement: string | null;
  commendation_kind: CommendationKind;
  ceremony: string | null;
  decision_ref: string | null;
  body_ref: string | null;
  body_level: Level | null;
  body_abbr: string | null;
  signer_name: string | null;
  signer_capacity: string | null;
  decision_summary: string | null;
  recipient_ref: string | null;
  unit_ref: string | null;
  ceremony_ref: string | null;
  ceremony_date: string | null;
  ceremony_place: string | null;
  ceremony_organiser: string | null;
  note: string | null;
  status: 'active' | null;
  evidence: RowEvidence | null;
}

/** Cell texts by column key: trimmed, null when empty, absent when the file has no such column. */
export type ImportRowInput = Record<string, string | null | undefined>;

export interface FieldIssue {
  key: string;
  message: string;
}

const ABOUT = new Map(IMPORT_COLUMNS.map((c) => [c.key, c]));
const REF = /^[a-z0-9][a-z0-9-]{0,79}$/;
const ABBR = /^[A-Za-z\u0110\u0111][A-Za-z\u0110\u0111\d.]{0,19}$/; // Đ, đ
const PARSED_LIMIT = 5_000;

/**
 * Validates rows. Remembers the parsed value of each distinct cell (files repeat the same dates, kinds
 * and levels), so each is worked out once however many rows carry it.
 */
export class RowParser {
  private readonly results = new Map<string, Map<string, Parsed<unknown>>>();

  /** parser(s), remembered per column: dates, numbers, kinds and levels repeat from row to row. */
  private parsed<T>(key: string, s: string, parser: (s: string) => Parsed<T>): Parsed<T> {
    let m = this.results.get(key);
    if (!m) this.results.set(key, (m = new Map()));
    let r = m.get(s) as Parsed<T> | undefined;
    if (r === undefined) {
      if (m.size >= PARSED_LIMIT) m.clear();
      r = parser(s);
      m.set(s, r);
    }
    return r;
  }

  /** The row being validated, and its problems so far (fields, not closures: a file can hold millions of rows). */
  private input: ImportRowInput = {};
  private issues: FieldIssue[] = [];

  private fail(key: string, message: string): null {
    // One problem per column: the first found.
    if (!this.issues.some((i) => i.key === key)) this.issues.push({ key, message });
    return null;
  }

  private required<T>(key: string, parser: (s: string) => Parsed<T>): T | null {
    const s = this.input[key];
    if (s === null || s === undefined || s.trim() === '') return this.fail(key, emptyMessage(key));
    const r = this.parsed(key, s, parser);
    return r.ok ? r.value : this.fail(key, r.message);
  }

  private optional<T>(key: string, parser: (s: string) => Parsed<T>): T | null {
    const s = this.input[key];
    if (s === null || s === undefined) return null;
    const r = this.parsed(key, s, parser);
    return r.ok ? r.value : this.fail(key, r.message);
  }

  private text(key: string, max: number): string | null {
    const s = this.input[key];
    if (s === null || s === undefined || s.trim() === '') return this.fail(key, emptyMessage(key));
    const t = clean(s);
    if (t === '') return this.fail(key, INPUT.empty());
    if (t.length > max) return this.fail(key, INPUT.tooLong(String(max)));
    return t;
  }

  private optText(key: string, max = 2000): string | null {
    const s = this.input[key];
    if (s === null || s === undefined) return null;
    const t = clean(s);
    if (t === '') return null;
    if (t.length > max) return this.fail(key, INPUT.tooLong(String(max)));
    return t;
  }

  /** Validates one row's fields; every bad field is reported once, an empty required one says what it should hold. */
  parse(input: ImportRowInput): { ok: true; value: ValidRow } | { ok: false; issues: FieldIssue[] } {
    this.input = input;
    const issues: FieldIssue[] = (this.issues = []);
    // In the order of the columns, as the command's schema reports them.
    const v: ValidRow = {
      line_no: this.optional('line_no', parseLine),
      decision_number: this.required('decision_number', parseDecisionNumber)!,
      decision_date: this.required('decision_date', parseDate)!,
      issuing_body: this.text('issuing_body', 300)!,
      award_type: this.text('award_type', 300)!,
      recipient_kind: this.optional('recipient_kind', parseKind),
      recipient_name: this.optText('recipient_name', 300),
      unit: this.optText('unit', 300),
      position: this.optText('position', 200),
      achievement_period: this.required('achievement_period', parsePeriod)!,
      achievement: this.optText('achievement', 2000),
      commendation_kind: this.optional('commendation_kind', parseCommendation) ?? 'regular',
      ceremony: this.optText('ceremony', 300),
      decision_ref: this.optional('decision_ref', parseRef),
      body_ref: this.optional('body_ref', parseRef),
      body_level: this.optional('body_level', parseLevelCell),
      body_abbr: this.optional('body_abbr', parseAbbr),
      signer_name: this.optText('signer_name', 200),
      signer_capacity: this.optText('signer_capacity', 200),
      decision_summary: this.optText('decision_summary', 1000),
      recipient_ref: this.optional('recipient_ref', parseRef),
      unit_ref: this.optional('unit_ref', parseRef),
      ceremony_ref: this.optional('ceremony_ref', parseRef),
      ceremony_date: this.optional('ceremony_date', parseDate),
      ceremony_place: this.optText('ceremony_place', 300),
      ceremony_organiser: this.optText('ceremony_organiser', 300),
      note: this.optText('note'),
      status: this.optional('status', parseStatus),
      evidence: null,
    };
    if (hasEvidence(input)) v.evidence = this.evidence(input);
    this.input = {};
    if (issues.length) return { ok: false, issues };
    return { ok: true, value: v };
  }

  private evidence(input: ImportRowInput): RowEvidence | null {
    const e: RowEvidence = {
      rating: this.optional('rating', parseRatingCell),
      discipline: this.optional('discipline', parseDisciplineCell),
      discipline_date: this.optional('discipline_date', parseDate),
      discipline_decision: this.optText('discipline_decision', 100),
      initiative: this.optText('initiative', 500),
      initiative_level: this.optional('initiative_level', parseInitiativeCell),
      member_count: this.optional('member_count', parseMemberCount),
      ldtt_count: this.optional('ldtt_count', parseCount),
      cstdcs_count: this.optional('cstdcs_count', parseCount),
      completed_count: this.optional('completed_count', parseCount),
    };
    if (!e.discipline && input.discipline == null) {
      if (input.discipline_date != null) this.fail('discipline_date', IMPORT_CELL.dateWithoutDiscipline());
      if (input.discipline_decision != null) this.fail('discipline_decision', IMPORT_CELL.decisionWithoutDiscipline());
    }
    if (!e.initiative && input.initiative == null && input.initiative_level != null) {
      this.fail('initiative_level', IMPORT_CELL.levelWithoutInitiative());
    }
    const counts = ['ldtt_count', 'cstdcs_count', 'completed_count'] as const;
    if (input.member_count == null && counts.some((k) => e[k] !== null)) {
      this.fail('member_count', IMPORT_CELL.memberCountNeeded());
    }
    if (e.member_count !== null) {
      for (const k of counts) {
        const n = e[k];
        if (n !== null && n > e.member_count) this.fail(k, IMPORT_CELL.moreThanMembers(n, e.member_count));
      }
    }
    return Object.values(e).some((x) => x !== null) ? e : null;
  }
}

function hasEvidence(input: ImportRowInput): boolean {
  for (const k of EVIDENCE_KEYS) if (input[k] !== null && input[k] !== undefined) return true;
  return false;
}

function emptyMessage(key: string): string {
  const col = ABOUT.get(key);
  return col ? IMPORT_CELL.empty(col.about, col.example) : INPUT.empty();
}

const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

function parseRef(s: string): Parsed<string> {
  const t = s.trim();
  return REF.test(t) ? { ok: true, value: t } : fail(INPUT.ref());
}

function parseLine(s: string): Parsed<number> {
  const t = s.trim().replace(/\.$/, '');
  if (/^\d{1,6}$/.test(t) && Number(t) > 0) return { ok: true, value: Number(t) };
  return fail(IMPORT_CELL.lineNo(s));
}

function parseKind(s: string): Parsed<RecipientKind> {
  const k = parseRecipientKind(s);
  return k ? { ok: true, value: k } : fail(IMPORT_CELL.recipientKind(s, RECIPIENT_KINDS.join(', ')));
}

function parseCommendation(s: string): Parsed<CommendationKind> {
  const k = parseCommendationKind(s);
  return k ? { ok: true, value: k } : fail(IMPORT_CELL.commendationKind(s, COMMENDATION_KINDS.join(', ')));
}

function parseLevelCell(s: string): Parsed<Level> {
  const l = parseLevel(s);
  return l ? { ok: true, value: l } : fail(IMPORT_CELL.level(s, LEVELS.join(', ')));
}

function parseAbbr(s: string): Parsed<string> {
  const t = s.trim();
  return ABBR.test(t) ? { ok: true, value: t } : fail(IMPORT_CELL.abbr());
}

function parseStatus(s: string): Parsed<'active'> {
  const t = fold(s);
  if (t === 'active' || t === 'hieu luc' || t === 'con hieu luc') return { ok: true, value: 'active' };
  return fail(IMPORT_CELL.status(s));
}

function parseRatingCell(s: string): Parsed<Rating> {
  const r = parseRating(s);
  return r
    ? { ok: true, value: r }
    : fail(IMPORT_CELL.rating(s, RATINGS.join(', ')));
}

function parseDisciplineCell(s: string): Parsed<DisciplineForm> {
  const f = parseDisciplineForm(s);
  return f
    ? { ok: true, value: f }
    : fail(IMPORT_CELL.discipline(s, DISCIPLINE_FORMS.join(', ')));
}

function parseInitiativeCell(s: string): Parsed<InitiativeLevel> {
  const l = parseInitiativeLevel(s);
  return l ? { ok: true, value: l } : fail(IMPORT_CELL.initiativeLevel(s, INITIATIVE_LEVELS.join(', ')));
}

function parseCount(s: string): Parsed<number> {
  const n = Number(s);
  if (!Number.isInteger(n)) return fail(INPUT.wholeNumber());
  if (n < 0) return fail(INPUT.zeroOrMore());
  return { ok: true, value: n };
}

function parseMemberCount(s: string): Parsed<number> {
  const r = parseCount(s);
  if (r.ok && r.value < 1) return fail(INPUT.oneOrMore());
  return r;
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
