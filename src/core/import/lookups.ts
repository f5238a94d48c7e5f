/**
 * Finding the registry's records from an import row: exact reference, else the whole name folded
 * (never a part of a name, unlike the interactive resolvers). Bodies, award types and ceremonies are
 * few and held in memory; decisions, recipients and units are looked up through indexed prepared
 * statements behind small bounded caches, so memory stays flat over millions of rows.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { levelsNamed } from '../law/levels.js';
import { fold } from '../text.js';
import { CreatedRecipient, CreatedRecipients } from './created.js';
import { humanDate } from '../../i18n/index.js';

export interface BodyRec {
  id: number;
  ref: string;
  name: string;
  level: string;
  abbr: string;
}
export interface TypeRec {
  id: number;
  code: string;
  name_vi: string;
  recipient_kinds: string;
  levels: string;
  periodicity: string | null;
  family: string;
  article: string | null;
}
export interface DecisionRec {
  id: number;
  ref: string;
  symbol: string;
  date: string;
  body_id: number;
}
export interface RecipientRec {
  id: number;
  ref: string;
  kind: string;
  name: string;
  name_folded: string;
  unit_id: number | null;
  position: string | null;
}
export interface CeremonyRec {
  id: number;
  ref: string;
  name: string;
  date: string;
}

/** Found, not there, or several: the candidates are listed to the clerk, never guessed. */
export type Lookup<T> = { found: T } | { missing: true } | { ambiguous: string[] };

const CACHE_LIMIT = 20_000;

/** A Map that forgets everything when full: a bounded cache that costs nothing per hit. */
class BoundedMap<K, V> extends Map<K, V> {
  override set(key: K, value: V): this {
    if (this.size >= CACHE_LIMIT && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

function byFoldedIndex<T>(items: T[], name: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = fold(name(t));
    m.set(k, [...(m.get(k) ?? []), t]);
  }
  return m;
}

/**
 * Names clerks write for award types besides the catalogue's (docs/domain.md §4: in Hải Phòng "Bằng khen
 * của Chủ tịch UBND thành phố"); a bare "Bằng khen" or "Cờ thi đua" is settled by the signing body's
 * level.
 */
const TYPE_PREFIXES: [prefix: string, codes: string[]][] = [
  ['bang khen cua thu tuong', ['BK_TTG']],
  ['bang khen thu tuong', ['BK_TTG']],
  ['bang khen cua chu tich ubnd', ['BK_BT']],
  ['bang khen cua chu tich uy ban nhan dan', ['BK_BT']],
  ['bang khen cua ubnd', ['BK_BT']],
  ['bang khen cua uy ban nhan dan', ['BK_BT']],
  ['bang khen cua bo', ['BK_BT']],
  ['bang khen', ['BK_TTG', 'BK_BT']],
  ['co thi dua cua chinh phu', ['CTDCP']],
  ['co thi dua chinh phu', ['CTDCP']],
  ['co thi dua cua ubnd', ['CTDBT']],
  ['co thi dua cua uy ban nhan dan', ['CTDBT']],
  ['co thi dua', ['CTDCP', 'CTDBT']],
  ['chien si thi dua toan quoc', ['CSTDTQ']],
  ['chien si thi dua co so', ['CSTDCS']],
  ['chien si thi dua thanh pho', ['CSTDBT']],
  ['chien si thi dua cap tinh', ['CSTDBT']],
  ['chien si thi dua tinh', ['CSTDBT']],
  ['chien si thi dua', ['CSTDTQ', 'CSTDBT', 'CSTDCS']],
  ['giay khen', ['GK']],
  ['bk', ['BK_TTG', 'BK_BT']],
  ['gk', ['GK']],
  ['ctd', ['CTDCP', 'CTDBT']],
];

export class Lookups {
  private readonly bodiesByRef = new Map<string, BodyRec>();
  private readonly bodiesByName: Map<string, BodyRec[]>;
  private readonly typesByCode = new Map<string, TypeRec>();
  private readonly typesByName: Map<string, TypeRec[]>;
  private readonly ceremoniesByRef = new Map<string, CeremonyRec>();
  private readonly ceremoniesByName: Map<string, CeremonyRec[]>;
  private readonly decisions = new BoundedMap<string, DecisionRec>();
  /** Units by folded name, and by reference. */
  private readonly unitsByName = new BoundedMap<string, Lookup<RecipientRec>>();
  private readonly unitsByRef = new BoundedMap<string, Lookup<RecipientRec>>();
  private readonly unitNames = new BoundedMap<number, string>();
  private readonly stmt: Record<string, BetterSqlite3.Statement>;

  constructor(sqlite: BetterSqlite3.Database) {
    const bodies = sqlite.prepare('SELECT id, ref, name, level, abbr FROM body ORDER BY id').all() as BodyRec[];
    for (const b of bodies) this.bodiesByRef.set(b.ref, b);
    this.bodiesByName = byFoldedIndex(bodies, (b) => b.name);
    const types = sqlite.prepare('SELECT id, code, name_vi, recipient_kinds, levels, periodicity, family, article FROM award_type ORDER BY precedence, id').all() as TypeRec[];
    for (const t of types) this.typesByCode.set(t.code.toLowerCase(), t);
    this.typesByName = byFoldedIndex(types, (t) => t.name_vi);
    const ceremonies = sqlite.prepare('SELECT id, ref, name, date FROM ceremony ORDER BY id').all() as CeremonyRec[];
    for (const c of ceremonies) this.ceremoniesByRef.set(c.ref, c);
    this.ceremoniesByName = byFoldedIndex(ceremonies, (c) => c.name);
    const recipientCols = 'id, ref, kind, name, name_folded, unit_id, position';
    this.recipientsBefore = sqlite.prepare('SELECT coalesce(max(id), 0) FROM recipient').pluck().get() as number;
    this.stmt = {
      recipientById: sqlite.prepare(`SELECT ${recipientCols} FROM recipient WHERE id = ?`),
      decisionByRef: sqlite.prepare('SELECT id, ref, symbol, date, body_id FROM decision WHERE ref = ?'),
      decisionByKey: sqlite.prepare('SELECT id, ref, symbol, date, body_id FROM decision WHERE body_id = ? AND year = ? AND symbol = ?'),
      recipientByRef: sqlite.prepare(`SELECT ${recipientCols} FROM recipient WHERE ref = ?`),
      recipientsByName: sqlite.prepare(`SELECT ${recipientCols} FROM recipient WHERE name_folded = ? ORDER BY id`),
      recipientsByNameInUnit: sqlite.prepare(`SELECT ${recipientCols} FROM recipient WHERE name_folded = ? AND unit_id = ? ORDER BY id`),
      collectivesByName: sqlite.prepare(`SELECT ${recipientCols} FROM recipient WHERE name_folded = ? AND kind = 'collective' ORDER BY id LIMIT 21`),
      recipientName: sqlite.prepare('SELECT name FROM recipient WHERE id = ?').pluck(),
    };
  }

  // ------------------------------------------------------------------------------------- bodies

  private readonly bodyCache = new BoundedMap<string, Lookup<BodyRec>>();
  /** By the signing body's level (a bare "Bằng khen" depends on it), then by the text. */
  private readonly typeCache = new Map<string, BoundedMap<string, Lookup<TypeRec>>>();
  private readonly ceremonyCache = new BoundedMap<string, Lookup<CeremonyRec>>();

  /** Rows repeat the same few bodies, types and ceremonies: remember each text's answer. */
  body(text: string): Lookup<BodyRec> {
    let l = this.bodyCache.get(text);
    if (!l) this.bodyCache.set(text, (l = this.findBody(text)));
    return l;
  }

  private findBody(text: string): Lookup<BodyRec> {
    const exact = this.bodiesByRef.get(text.toLowerCase());
    if (exact) return { found: exact };
    const named = this.bodiesByName.get(fold(text)) ?? [];
    if (named.length === 1) return { found: named[0] };
    if (named.length > 1) return { ambiguous: named.map((b) => `${b.ref} (${b.name}, ${b.level})`) };
    return { missing: true };
  }

  bodyByRef(ref: string): BodyRec | undefined {
    return this.bodiesByRef.get(ref);
  }

  addBody(b: BodyRec): void {
    this.bodyCache.clear();
    this.bodiesByRef.set(b.ref, b);
    const k = fold(b.name);
    this.bodiesByName.set(k, [...(this.bodiesByName.get(k) ?? []), b]);
  }

  // -------------------------------------------------------------------------------- award types

  /** By code, by the Vietnamese name, or by a usual name; several candidates narrowed by `level`. */
  awardType(text: string, level: string | undefined): Lookup<TypeRec> {
    let byText = this.typeCache.get(level ?? '');
    if (!byText) this.typeCache.set(level ?? '', (byText = new BoundedMap()));
    let l = byText.get(text);
    if (!l) byText.set(text, (l = this.findAwardType(text, level)));
    return l;
  }

  private findAwardType(text: string, level: string | undefined): Lookup<TypeRec> {
    // A code as clerks write it: "LĐTT", "CSTĐCS", "TTLĐXS", "bk-ttg".
    const asCode = fold(text).replace(/[\s.\-]+/g, '_');
    const code = this.typesByCode.get(text.toLowerCase()) ?? this.typesByCode.get(asCode) ?? this.typesByCode.get(asCode.replace(/_/g, ''));
    if (code) return { found: code };
    // "Danh hiệu Lao động tiên tiến", "Danh hiệu: Chiến sĩ thi đua cơ sở"
    const f = fold(text).replace(/^danh hieu:? /, '');
    let candidates = this.typesByName.get(f) ?? [];
    if (candidates.length === 0) {
      const rule = TYPE_PREFIXES.find(([p]) => f === p || f.startsWith(p + ' '));
      candidates = (rule?.[1] ?? []).map((c) => this.typesByCode.get(c.toLowerCase())).filter((t): t is TypeRec => t !== undefined);
    }
    if (candidates.length > 1 && level) {
      const atLevel = candidates.filter((t) => (levelsNamed(t.levels) as string[]).includes(level));
      if (atLevel.length >= 1) candidates = atLevel;
    }
    if (candidates.length === 1) return { found: candidates[0] };
    if (candidates.length > 1) return { ambiguous: candidates.map((t) => `${t.code} (${t.name_vi})`) };
    return { missing: true };
  }

  // ---------------------------------------------------------------------------------- decisions

  decisionByRef(ref: string): DecisionRec | undefined {
    const k = `r:${ref}`;
    let d = this.decisions.get(k);
    if (!d) {
      d = this.stmt.decisionByRef.get(ref) as DecisionRec | undefined;
      if (d) this.decisions.set(k, d);
    }
    return d;
  }

  decisionByKey(bodyId: number, year: number, symbol: string): DecisionRec | undefined {
    const k = `k:${bodyId}|${year}|${symbol}`;
    let d = this.decisions.get(k);
    if (!d) {
      d = this.stmt.decisionByKey.get(bodyId, year, symbol) as DecisionRec | undefined;
      if (d) this.decisions.set(k, d);
    }
    return d;
  }

  addDecision(d: DecisionRec, year: number): void {
    this.decisions.set(`r:${d.ref}`, d);
    this.decisions.set(`k:${d.body_id}|${year}|${d.symbol}`, d);
  }

  // --------------------------------------------------------------------------------- recipients

  recipientByRef(ref: string): RecipientRec | undefined {
    return this.stmt.recipientByRef.get(ref) as RecipientRec | undefined;
  }

  /** Recipients of that folded name, in the unit `unitId` when given (index recipient_name_unit). */
  recipientsNamed(folded: string, unitId?: number): RecipientRec[] {
    const created = this.onlyCreated(folded) ? this.created.named(folded, unitId) : undefined;
    // One recipient this import created, and no namesake from before: answered from memory. Several
    // (the clerk is shown their references) or a possible namesake from before: the registry answers.
    if (created && created.length <= 1) return created.map((i) => this.createdRecipient(i, folded));
    return (unitId === undefined ? this.stmt.recipientsByName.all(folded) : this.stmt.recipientsByNameInUnit.all(folded, unitId)) as RecipientRec[];
  }

  /** Recipients in the registry before the import: the largest id then. */
  private readonly recipientsBefore: number;
  /** The recipients this import created, by folded name. */
  private readonly created = new CreatedRecipients();

  /** Certainly no recipient from before the import has this folded name: the registry had none. */
  private onlyCreated(_folded: string): boolean {
    return this.recipientsBefore === 0;
  }

  private createdRecipient(i: number, folded: string): RecipientRec {
    const c = this.created;
    return new CreatedRecipient(c.ids[i], c.kindOf(i), c.unitOf(i), c.positionOf(i), folded, this.stmt.recipientById);
  }

  /** The collective a unit column names: by reference, else by its whole name. */
  unit(text: string, asRef: boolean): Lookup<RecipientRec> {
    const cache = asRef ? this.unitsByRef : this.unitsByName;
    const key = asRef ? text : fold(text);
    const hit = cache.get(key);
    if (hit) return hit;
    let result: Lookup<RecipientRec>;
    const byRef = this.recipientByRef(text.toLowerCase());
    if (byRef && byRef.kind === 'collective') result = { found: byRef };
    else if (asRef) result = { missing: true };
    else {
      const named = this.stmt.collectivesByName.all(fold(text)) as RecipientRec[];
      if (named.length === 1) result = { found: named[0] };
      else if (named.length > 1) result = { ambiguous: named.slice(0, 20).map((r) => `${r.ref} (${r.name})`) };
      else result = { missing: true };
    }
    cache.set(key, result);
    return result;
  }

  /** Called for every recipient the import creates, so cached "missing" units stay true and it is found by name. */
  addRecipient(r: RecipientRec): void {
    this.created.add(r);
    if (r.kind === 'collective') {
      this.unitsByName.delete(r.name_folded);
      this.unitsByRef.delete(r.ref);
      this.unitNames.set(r.id, r.name);
    }
  }

  unitName(id: number): string {
    let n = this.unitNames.get(id);
    if (n === undefined) {
      n = this.stmt.recipientName.get(id) as string;
      this.unitNames.set(id, n);
    }
    return n;
  }

  // --------------------------------------------------------------------------------- ceremonies

  ceremony(text: string): Lookup<CeremonyRec> {
    let l = this.ceremonyCache.get(text);
    if (!l) this.ceremonyCache.set(text, (l = this.findCeremony(text)));
    return l;
  }

  private findCeremony(text: string): Lookup<CeremonyRec> {
    const exact = this.ceremoniesByRef.get(text.toLowerCase());
    if (exact) return { found: exact };
    const named = this.ceremoniesByName.get(fold(text)) ?? [];
    if (named.length === 1) return { found: named[0] };
    if (named.length > 1) return { ambiguous: named.map((c) => `${c.ref} (${c.name}, ${humanDate(c.date)})`) };
    return { missing: true };
  }

  ceremonyByRef(ref: string): CeremonyRec | undefined {
    return this.ceremoniesByRef.get(ref);
  }

  addCeremony(c: CeremonyRec): void {
    this.ceremonyCache.clear();
    this.ceremoniesByRef.set(c.ref, c);
    const k = fold(c.name);
    this.ceremoniesByName.set(k, [...(this.ceremoniesByName.get(k) ?? []), c]);
  }
}
