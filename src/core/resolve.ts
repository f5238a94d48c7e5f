/**
 * Finding a record from what a clerk types: its reference, its exact name, or words of its name without
 * diacritics or case ("du hang kenh" finds "Dư Hàng Kênh"). Several matches are an AmbiguousError that
 * lists the candidates; nothing is guessed. Read-only.
 */
import { sql, type Kysely } from 'kysely';
import { AmbiguousError, NotFoundError, recordNoun, type Candidate } from './errors.js';
import { LEVEL_LABELS, type Level } from './domain.js';
import { getLang, humanDate } from '../i18n/index.js';
import { RESOLVE } from '../i18n/messages/core-records.js';
import { parseDecisionNumber } from './parse.js';
import { fold } from './text.js';
import type { DB } from './tables.js';

const CANDIDATE_LIMIT = 20;

/** `LIKE` patterns for each word of a folded query (with LIKE wildcards escaped). */
export function wordPatterns(query: string): string[] {
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** A `LIKE` pattern for text starting with `folded` (wildcards escaped). */
export function likePrefix(folded: string): string {
  return `${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Named {
  id: number;
  ref: string;
  name: string;
  detail?: string | null;
}

interface Lookup<T extends Named> {
  /** The kind of record, as recordNoun takes it. */
  what: string;
  byRef(ref: string): Promise<T | undefined>;
  byFolded(folded: string): Promise<T[]>;
  byWords(patterns: string[], limit: number): Promise<T[]>;
  searchHint: () => string;
  /** The detail shown beside a candidate's name, for people (default: `detail` as it is). */
  describe?: (match: T) => string | null | undefined;
}

async function resolveWith<T extends Named>(lookup: Lookup<T>, query: string): Promise<T> {
  const q = query.trim();
  const exact = await lookup.byRef(q.toLowerCase());
  if (exact) return exact;
  const folded = fold(q);
  if (folded) {
    const named = await lookup.byFolded(folded);
    if (named.length === 1) return named[0];
    if (named.length > 1) throw new AmbiguousError(lookup.what, q, named.map((n) => toCandidate(n, lookup)));
    const patterns = wordPatterns(q);
    const partial = await lookup.byWords(patterns, CANDIDATE_LIMIT + 1);
    if (partial.length === 1) return partial[0];
    if (partial.length > 1) throw new AmbiguousError(lookup.what, q, partial.slice(0, CANDIDATE_LIMIT).map((n) => toCandidate(n, lookup)));
  }
  throw new NotFoundError(RESOLVE.noMatch(recordNoun(lookup.what), q), lookup.searchHint());
}

function toCandidate<T extends Named>(n: T, lookup: Lookup<T>): Candidate {
  const detail = lookup.describe ? lookup.describe(n) : n.detail;
  return { ref: n.ref, label: detail ? `${n.name} — ${detail}` : n.name };
}

export interface RecipientMatch extends Named {
  kind: string;
}

/** A recipient by reference or name; `kind` restricts the candidates (e.g. units are collectives). */
export function resolveRecipient(db: Kysely<DB>, query: string, kind?: string): Promise<RecipientMatch> {
  const base = () => {
    let q = db
      .selectFrom('recipient as r')
      .leftJoin('recipient as u', 'u.id', 'r.unit_id')
      .select(['r.id', 'r.ref', 'r.name', 'r.kind', 'u.name as detail']); // i18n-ignore: SQL column aliases
    if (kind) q = q.where('r.kind', '=', kind);
    return q;
  };
  return resolveWith<RecipientMatch>(
    {
      what: kind ?? 'recipient',
      // A merged recipient's reference finds the one it was merged into.
      byRef: async (ref) =>
        (await base().where('r.ref', '=', ref).executeTakeFirst()) ??
        (await base().innerJoin('recipient_alias as al', 'al.recipient_id', 'r.id').where('al.ref', '=', ref).executeTakeFirst()),
      byFolded: (f) => base().where('r.name_folded', '=', f).orderBy('r.id').limit(CANDIDATE_LIMIT).execute(),
      byWords: (ps, limit) => {
        let q = base();
        for (const p of ps) q = q.where(sql<boolean>`r.name_folded LIKE ${p} ESCAPE '\\'`);
        return q.orderBy('r.name_folded').orderBy('r.id').limit(limit).execute();
      },
      searchHint: RESOLVE.hintRecipient,
    },
    query,
  );
}

export interface BodyMatch extends Named {
  level: string;
  abbr: string;
  place: string | null;
}

export function resolveBody(db: Kysely<DB>, query: string): Promise<BodyMatch> {
  const base = () => db.selectFrom('body').select(['id', 'ref', 'name', 'level', 'abbr', 'place']);
  return resolveWith<BodyMatch>(
    {
      what: 'body',
      byRef: (ref) => base().where('ref', '=', ref).executeTakeFirst(),
      byFolded: (f) => base().where('name_folded', '=', f).orderBy('id').execute(),
      byWords: (ps, limit) => {
        let q = base();
        for (const p of ps) q = q.where(sql<boolean>`name_folded LIKE ${p} ESCAPE '\\'`);
        return q.orderBy('name_folded').orderBy('id').limit(limit).execute();
      },
      searchHint: RESOLVE.hintBody,
      // The level as printed on documents for a Vietnamese reader; its code otherwise.
      describe: (b) => (getLang() === 'vi' ? (LEVEL_LABELS[b.level as Level] ?? b.level) : b.level),
    },
    query,
  );
}

export interface CeremonyMatch extends Named {
  date: string;
}

export function resolveCeremony(db: Kysely<DB>, query: string): Promise<CeremonyMatch> {
  const base = () => db.selectFrom('ceremony').select(['id', 'ref', 'name', 'date']);
  return resolveWith<CeremonyMatch>(
    {
      what: 'ceremony',
      byRef: (ref) => base().where('ref', '=', ref).executeTakeFirst(),
      byFolded: (f) => base().where('name_folded', '=', f).orderBy('id').execute(),
      byWords: (ps, limit) => {
        let q = base();
        for (const p of ps) q = q.where(sql<boolean>`name_folded LIKE ${p} ESCAPE '\\'`);
        return q.orderBy('date').orderBy('id').limit(limit).execute();
      },
      searchHint: RESOLVE.hintCeremony,
      describe: (c) => humanDate(c.date),
    },
    query,
  );
}

export interface AwardTypeMatch extends Named {
  code: string;
}

/** An award type by code (any case) or by its Vietnamese name without diacritics. */
export function resolveAwardType(db: Kysely<DB>, query: string): Promise<AwardTypeMatch> {
  const base = () => db.selectFrom('award_type').select(['id', 'code', 'code as ref', 'name_vi as name', 'levels as detail']); // i18n-ignore: SQL column aliases
  return resolveWith<AwardTypeMatch>(
    {
      what: 'award type',
      byRef: (ref) => base().where(sql<boolean>`lower(code) = ${ref}`).executeTakeFirst(),
      byFolded: (f) =>
        base()
          .where('name_folded', '=', f)
          .orderBy('precedence')
          .execute(),
      byWords: (ps, limit) => {
        let q = base();
        for (const p of ps) q = q.where(sql<boolean>`name_folded LIKE ${p} ESCAPE '\\'`);
        return q.orderBy('precedence').orderBy('id').limit(limit).execute();
      },
      searchHint: RESOLVE.hintAwardType,
    },
    query,
  );
}

export interface DecisionMatch extends Named {
  symbol: string;
  date: string;
  body_id: number;
  body_name: string;
}

/** A decision by its reference, or by its number and symbol ("215/QĐ-UBND", "QD" accepted). */
export async function resolveDecision(db: Kysely<DB>, query: string): Promise<DecisionMatch> {
  const parsed = parseDecisionNumber(query);
  const normalisedSymbol = parsed.ok ? parsed.value.symbol : undefined;
  const base = () =>
    db
      .selectFrom('decision as d')
      .innerJoin('body as b', 'b.id', 'd.body_id')
      .select(['d.id', 'd.ref', 'd.symbol', 'd.symbol as name', 'd.date', 'd.body_id', 'b.name as body_name']); // i18n-ignore: SQL column aliases
  return resolveWith<DecisionMatch>(
    {
      what: 'decision',
      byRef: (ref) => base().where('d.ref', '=', ref).executeTakeFirst(),
      byFolded: () =>
        normalisedSymbol ? base().where('d.symbol', '=', normalisedSymbol).orderBy('d.date').orderBy('d.id').execute() : Promise.resolve([]),
      byWords: () => Promise.resolve([]),
      searchHint: RESOLVE.hintDecision,
      describe: (d) => `${humanDate(d.date)}, ${d.body_name}`,
    },
    query,
  );
}
