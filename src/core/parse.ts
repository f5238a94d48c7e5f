/**
 * Parsers for the domain's textual values (dates, periods, decision numbers). Pure and zod-free so the
 * read paths can use them; each returns a value or an error message that says what is expected.
 */
import { PARSE } from '../i18n/messages/core-records.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** ISO "2022-01-17", or the Vietnamese habit "17/01/2022" / "17-01-2022" / "17.01.2022". */
export function parseDate(text: string): Parsed<string> {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return fail(PARSE.notADate(text));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(PARSE.notACalendarDate(text));
  }
  if (y < 1945 || y > 2100) return fail(PARSE.dateYearRange(text));
  return ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

export interface Period {
  from: number;
  to: number;
}

/** "2021", or a range "2020-2021" (also with an en dash or spaces). */
export function parsePeriod(text: string): Parsed<Period> {
  const t = text.trim();
  const match = /^(\d{4})(?:\s*[-\u2013\u2014]\s*(\d{4}))?$/.exec(t);
  if (!match) return fail(PARSE.notAPeriod(text));
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  if (from < 1945 || to > 2100) return fail(PARSE.periodYearRange(text));
  if (from > to) return fail(PARSE.periodReversed(text, String(to), String(from)));
  return ok({ from, to });
}

export function formatPeriod(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

export interface DecisionNumber {
  number: number;
  /** Normalised "215/QĐ-UBND": two-digit number below 10, "QĐ" with Đ. */
  symbol: string;
  /** The issuer part after "QĐ-", e.g. "UBND", "TTg". */
  issuer: string;
}

/**
 * A decision's number and symbol (Decree 30/2020): "215/QĐ-UBND", "722/QĐ-TTg". Accepts "Số: …",
 * "QD" for "QĐ", and "5/…" (written "05/…").
 */
export function parseDecisionNumber(text: string): Parsed<DecisionNumber> {
  const t = text.trim().replace(/^s\u1ed1\s*:?\s*/i, '');
  const match = /^(\d{1,5})\s*\/\s*(Q\u0110|QD|q\u0111|qd)\s*-\s*([A-Za-z\u0110\u0111][A-Za-z\u0110\u0111\d]*(?:[.-][A-Za-z\u0110\u0111\d]+)*)$/.exec(t);
  if (!match) {
    return fail(PARSE.notADecisionNumber(text));
  }
  const number = Number(match[1]);
  if (number < 1) return fail(PARSE.runningNumber(text));
  const issuer = match[3].replace(/\u0111/g, '\u0110');
  return ok({ number, symbol: `${String(number).padStart(2, '0')}/QĐ-${issuer}`, issuer });
}

/** Does the decision's issuer part name the body's abbreviation ("UBND" in "QĐ-UBND.TĐKT")? */
export function issuerMatches(issuer: string, abbr: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toUpperCase();
  return issuer.split(/[.-]/).some((part) => norm(part) === norm(abbr)) || norm(issuer) === norm(abbr);
}
