/**
 * Evidence records as scripts see them, and their zod inputs (the same schemas serve flags, import
 * columns and library callers).
 */
import { z } from 'zod';
import { zDate, zOptText, zText, zVocab } from '../validate.js';
import {
  DISCIPLINE_FORMS,
  INITIATIVE_LEVELS,
  parseDisciplineForm,
  parseInitiativeLevel,
  parseRating,
  RATINGS,
} from './vocab.js';
import { recordNoun } from '../errors.js';
import { INPUT } from '../../i18n/messages/core-records.js';
import { EVIDENCE } from '../../i18n/messages/core-records-people.js';

export interface RatingRecord {
  recipient: string;
  recipient_name: string;
  recipient_kind: string;
  unit: string | null;
  unit_name: string | null;
  year: number;
  rating: string;
  rating_label: string;
  note: string | null;
}

export interface DisciplineRecord {
  id: number;
  recipient: string;
  recipient_name: string;
  unit: string | null;
  unit_name: string | null;
  year: number;
  form: string;
  form_label: string;
  date: string | null;
  decision: string | null;
  note: string | null;
}

export interface InitiativeRecord {
  id: number;
  recipient: string;
  recipient_name: string;
  unit: string | null;
  unit_name: string | null;
  year: number;
  title: string;
  level: string;
  level_label: string;
  recognised_by: string | null;
  note: string | null;
}

/** A collective's members for a year: what it declared, and what the registry holds of its members. */
export interface MembersRecord {
  collective: string;
  collective_name: string;
  year: number;
  member_count: number;
  /** Declared counts (null: not declared, the registry's figure is used). */
  ldtt_count: number | null;
  cstdcs_count: number | null;
  completed_count: number | null;
  /** Individuals whose unit is the collective, and what the registry holds of them for the year. */
  registry_members: number;
  registry_ldtt: number;
  registry_cstdcs: number;
  registry_rated: number;
  registry_completed: number;
  /** The LDTT share the rules use (declared count, else the registry's), in percent with one decimal. */
  ldtt_share: number | null;
  note: string | null;
}

export const zYear = z.coerce
  .number({ error: () => INPUT.year() })
  .int({ error: () => INPUT.year() })
  .min(1945, { error: () => INPUT.yearFrom() })
  .max(2100, { error: () => INPUT.yearTo() });

const zCount = z.coerce
  .number({ error: () => INPUT.wholeNumber() })
  .int({ error: () => INPUT.wholeNumber() })
  .min(0, { error: () => INPUT.zeroOrMore() });
const zOptCount = zCount.nullish().transform((v) => v ?? null);

export const zRating = zVocab(parseRating, (s) => EVIDENCE.rating(s, RATINGS.join(', ')));

export const zDisciplineForm = zVocab(parseDisciplineForm, (s) => EVIDENCE.disciplineForm(s, DISCIPLINE_FORMS.join(', ')));

export const zInitiativeLevel = zVocab(parseInitiativeLevel, (s) => EVIDENCE.initiativeLevel(s, INITIATIVE_LEVELS.join(', ')));

/** `what`: the kind of record, as recordNoun takes it. */
const zWho = (what: 'recipient' | 'collective') => z.string().trim().min(1, { error: () => EVIDENCE.nameWho(recordNoun(what)) });

export const RatingInput = z.object({
  recipient: zWho('recipient'),
  year: zYear,
  rating: zRating,
  note: zOptText(),
});
export type RatingInput = z.input<typeof RatingInput>;

export const DisciplineInput = z
  .object({
    recipient: zWho('recipient'),
    /** The year the discipline covers; defaults to the year of its date. */
    year: zYear.optional(),
    form: zDisciplineForm,
    date: zDate.nullish().transform((v) => v ?? null),
    /** The disciplinary decision's number, as printed. */
    decision: zOptText(100),
    note: zOptText(),
  })
  .transform((v, ctx) => {
    const year = v.year ?? (v.date ? Number(v.date.slice(0, 4)) : undefined);
    if (year === undefined) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: EVIDENCE.disciplineYear() });
      return z.NEVER;
    }
    return { ...v, year };
  });
export type DisciplineInput = z.input<typeof DisciplineInput>;

export const InitiativeInput = z.object({
  recipient: zWho('recipient'),
  year: zYear,
  title: zText(500),
  level: zInitiativeLevel.default('grassroots'),
  /** Who recognised it, e.g. "Hội đồng sáng kiến thành phố Hải Phòng". */
  recognised_by: zOptText(300),
  note: zOptText(),
});
export type InitiativeInput = z.input<typeof InitiativeInput>;

export const MembersInput = z
  .object({
    collective: zWho('collective'),
    year: zYear,
    member_count: zCount.refine((n) => n > 0, { error: () => INPUT.oneOrMore() }),
    ldtt_count: zOptCount,
    cstdcs_count: zOptCount,
    completed_count: zOptCount,
    note: zOptText(),
  })
  .superRefine((v, ctx) => {
    for (const k of ['ldtt_count', 'cstdcs_count', 'completed_count'] as const) {
      const n = v[k];
      if (n !== null && n > v.member_count) {
        ctx.addIssue({ code: 'custom', path: [k], message: EVIDENCE.moreThanMembers(String(n), String(v.member_count)) });
      }
    }
  });
export type MembersInput = z.input<typeof MembersInput>;

/**
 * The evidence columns of an import row (proposed names): `rating`, `discipline` (+ `discipline_date`,
 * `discipline_decision`), `initiative` (+ `initiative_level`), and for collectives `member_count`,
 * `ldtt_count`, `cstdcs_count`, `completed_count`. Empty cells are ignored.
 */
const blank = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v), schema.nullable()).optional();

export const EvidenceColumns = z.object({
  year: zYear,
  rating: blank(zRating),
  discipline: blank(zDisciplineForm),
  discipline_date: blank(zDate),
  discipline_decision: zOptText(100),
  initiative: zOptText(500),
  initiative_level: blank(zInitiativeLevel),
  member_count: blank(zCount),
  ldtt_count: blank(zCount),
  cstdcs_count: blank(zCount),
  completed_count: blank(zCount),
});
export type EvidenceColumns = z.input<typeof EvidenceColumns>;
