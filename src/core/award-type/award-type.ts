import { z } from 'zod';
import { formatLevels, parseLevels, type LevelPeriod } from '../law/levels.js';
import { CATEGORIES, FAMILIES, KIND_LETTER, LETTER_KIND, PERIODICITIES, RECIPIENT_KINDS, type RecipientKind } from '../domain.js';
import { zOptText, zText } from '../validate.js';
import { INPUT } from '../../i18n/messages/core-records.js';
import { AWARD_TYPE } from '../../i18n/messages/core-records-people.js';

/** An award type as scripts see it. Lists are arrays of codes. */
export interface AwardType {
  code: string;
  name_vi: string;
  name_en: string | null;
  family: string;
  category: string;
  recipient_kinds: RecipientKind[];
  /** Every level that confers it, or did, high → low. */
  levels: string[];
  /** The levels with their periods: `to` null while it still confers. */
  level_periods: LevelPeriod[];
  /** The periods in words: "district until 30/06/2025; commune from 01/07/2025". */
  conferred_by: string;
  rank: number | null;
  precedence: number;
  periodicity: string | null;
  article: string | null;
  note: string | null;
  builtin: boolean;
}


const zKinds = z.string().transform((s, ctx) => {
  const out: string[] = [];
  for (const part of s.split(/[,\s]+/).filter(Boolean)) {
    const p = part.trim();
    const letter = p.length === 1 ? p.toUpperCase() : KIND_LETTER[p.toLowerCase() as RecipientKind];
    if (!letter || !LETTER_KIND[letter]) {
      ctx.addIssue({ code: 'custom', message: AWARD_TYPE.kindLetter(p, RECIPIENT_KINDS.join(', ')) });
      return z.NEVER;
    }
    if (!out.includes(letter)) out.push(letter);
  }
  if (out.length === 0) {
    ctx.addIssue({ code: 'custom', message: AWARD_TYPE.atLeastOneKind() });
    return z.NEVER;
  }
  return ['C', 'I', 'H'].filter((l) => out.includes(l)).join(',');
});

/** Levels, each optionally with a period: `district@..2025-06-30,commune@2025-07-01..,unit`. */
const zLevels = z.string().transform((s, ctx) => {
  try {
    return formatLevels(parseLevels(s));
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

export const AwardTypeInput = z.object({
  code: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/, { error: () => AWARD_TYPE.code() })),
  name_vi: zText(300),
  name_en: zOptText(300),
  family: z.enum(FAMILIES, { error: () => AWARD_TYPE.family() }),
  category: z.enum(CATEGORIES, { error: () => INPUT.oneOf(CATEGORIES.join(', ')) }).default('other'),
  recipient_kinds: zKinds,
  levels: zLevels,
  rank: z.coerce.number().int().positive().nullish().transform((v) => v ?? null),
  precedence: z.coerce.number().int().positive().max(9999).optional(),
  periodicity: z.enum(PERIODICITIES, { error: () => INPUT.oneOf(PERIODICITIES.join(', ')) }).nullish().transform((v) => v ?? null),
  article: zOptText(200),
  note: zOptText(),
});
export type AwardTypeInput = z.input<typeof AwardTypeInput>;

export const AwardTypeEdit = AwardTypeInput.omit({ code: true })
  .partial()
  .extend({ category: z.enum(CATEGORIES, { error: () => INPUT.oneOf(CATEGORIES.join(', ')) }).optional() });
export type AwardTypeEdit = z.input<typeof AwardTypeEdit>;

const CATEGORY_BAND: Record<string, number> = { order: 1, medal: 2, honorary: 3, prize: 4 };
const LEVEL_BAND: Record<string, number> = { state: 4, government: 5, province: 6, department: 7, district: 7, commune: 8, unit: 8 };

/**
 * A local type's default place in the precedence order: after the built-in types of its band (state
 * orders, medals, …, or its highest conferring level).
 */
export function defaultPrecedence(category: string, levels: string): number {
  const band = CATEGORY_BAND[category] ?? LEVEL_BAND[levels.split(/[,@]/)[0]] ?? 9;
  return band * 100 + 50;
}
