/**
 * Validation at the boundary: the same zod schemas serve flags, prompts, import rows and library
 * callers. Messages say which field, what was wrong and what is expected.
 */
import { z } from 'zod';
import { InvalidError, type Issue } from './errors.js';
import { parseDate, parseDecisionNumber, parsePeriod, type Parsed } from './parse.js';
import { clean } from './text.js';
import { getLang } from '../i18n/index.js';
import { INPUT } from '../i18n/messages/core-records.js';
import { recordNoun } from './errors.js';

/**
 * zod's own messages (a number expected, a value too small) in the language of the run, chosen when
 * the message is made. Every schema's messages of its own are catalogue messages too.
 */
const zodLocales = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };
z.config({ localeError: (issue) => zodLocales[getLang()](issue) });

function fromParser<T>(parser: (s: string) => Parsed<T>) {
  return z.string().transform((s, ctx) => {
    const r = parser(s);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  });
}

/** A word of a fixed vocabulary (codes, or Vietnamese labels with or without diacritics) as a zod schema. */
export function zVocab<T>(parse: (s: string) => T | undefined, expected: (s: string) => string) {
  return z.string().transform((s, ctx) => {
    const v = parse(s);
    if (v !== undefined) return v;
    ctx.addIssue({ code: 'custom', message: expected(s) });
    return z.NEVER;
  });
}

export const zDate = fromParser(parseDate);
export const zPeriod = fromParser(parsePeriod);
export const zDecisionNumber = fromParser(parseDecisionNumber);

/** Trimmed, NFC, non-empty text of at most `max` characters. */
export const zText = (max = 500) =>
  z
    .string()
    .transform(clean)
    .pipe(z.string().min(1, { error: () => INPUT.empty() }).max(max, { error: () => INPUT.tooLong(String(max)) }));

/** Optional text: empty strings become null. */
export const zOptText = (max = 2000) =>
  z
    .string()
    .nullish()
    .transform((s) => (s == null || clean(s) === '' ? null : clean(s)))
    .pipe(z.string().max(max, { error: () => INPUT.tooLong(String(max)) }).nullable());

/** A readable reference: lowercase ASCII letters, digits and hyphens. */
export const zRef = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: () => INPUT.ref() });

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ where: i.path.join('.') || undefined, message: i.message }));
}

/**
 * Parses `input` or throws an InvalidError naming every bad field. `what` names the record: a kind
 * recordNoun knows ("award line", "decision"), or a text already in the language of the run.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new InvalidError(INPUT.invalid(recordNoun(what)), { issues: toIssues(r.error) });
}
