/**
 * Finding the earlier line a new one would repeat (which lines may not repeat is judge.ts's): in the
 * registry, through its indexes, or — during a bulk load, while those indexes are not kept up — in the
 * fingerprints of the lines this file wrote (LineKeys), where "certainly none" spares the question; at
 * the first "perhaps", the indexes are built and the registry answers from then on. Also where each
 * line came from, so that a message names the file's row rather than an id.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Period } from '../parse.js';
import type { ImportConnection } from './connection.js';
import { annualKey, LineKeys, regularKey } from './line-keys.js';

type Twin = { id: number; symbol: string; ref: string };
type Rule = 'annual' | 'regular';

export class Twins {
  private readonly annual: BetterSqlite3.Statement;
  private readonly regular: BetterSqlite3.Statement;
  private readonly taken: BetterSqlite3.Statement;
  private lineKeys: LineKeys | undefined;
  /** The id of the first award line written (0: none yet). */
  firstAwardId = 0;
  /** The file's row of each award line written, by id − firstAwardId. */
  private readonly rows = new RowNumbers();

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly conn: ImportConnection,
  ) {
    const twin = (extra: string) =>
      sqlite.prepare(
        `SELECT a.id, d.symbol, d.ref FROM award a JOIN decision d ON d.id = a.decision_id
         WHERE a.recipient_id = ? AND a.award_type_id = ? AND ${extra}
           AND NOT EXISTS (SELECT 1 FROM award_revocation x WHERE x.award_id = a.id)
         ORDER BY a.id LIMIT 1`,
      );
    this.annual = twin('a.period_to = ?');
    this.regular = twin("a.period_from = ? AND a.period_to = ? AND a.kind = 'regular'");
    this.taken = sqlite.prepare('SELECT id FROM award WHERE decision_id = ? AND line_no = ?').pluck();
    if (conn.deferLineIndexes()) this.lineKeys = new LineKeys();
  }

  private key(rule: Rule, recipientId: number, typeId: number, p: Period): number | undefined {
    return rule === 'annual' ? annualKey(recipientId, typeId, p.to) : regularKey(recipientId, typeId, p.from, p.to);
  }

  /** The earlier line that `rule` forbids repeating, as "(row 5 of this file)" or "(decision 05/QĐ-UBND, ref)"; undefined: none. */
  find(rule: Rule, recipientId: number, typeId: number, p: Period): string | undefined {
    if (this.lineKeys) {
      const key = this.key(rule, recipientId, typeId, p);
      if (key !== undefined && !this.lineKeys.has(key)) return undefined;
      this.buildIndexes();
    }
    const twin = (rule === 'annual' ? this.annual.get(recipientId, typeId, p.to) : this.regular.get(recipientId, typeId, p.from, p.to)) as Twin | undefined;
    if (!twin) return undefined;
    const row = this.rowOf(twin.id);
    return row !== undefined ? `(row ${row} of this file)` : `(decision ${twin.symbol}, ${twin.ref})`;
  }

  /** A line written from `row`; `rule` is the one judge.ts applies to it (none: it may repeat). */
  written(awardId: number, row: number, rule: Rule | undefined, recipientId: number, typeId: number, p: Period): void {
    if (this.lineKeys && rule) {
      const key = this.key(rule, recipientId, typeId, p);
      // A key that cannot be packed, or a full set: the registry answers from now on.
      if (key === undefined || !this.lineKeys.add(key)) this.buildIndexes();
    }
    if (this.firstAwardId === 0) this.firstAwardId = awardId;
    this.rows.set(awardId - this.firstAwardId, row);
  }

  /** A line number already used in the decision (the unique index refused the insert): where. */
  lineTaken(decisionId: number, symbol: string, lineNo: number): string {
    const taken = this.taken.get(decisionId, lineNo) as number | undefined;
    const row = taken === undefined ? undefined : this.rowOf(taken);
    return row !== undefined ? `line ${lineNo} of decision ${symbol} is already on row ${row} of this file` : `line ${lineNo} of decision ${symbol} is already taken (award #${taken})`;
  }

  /** Builds the indexes a bulk load left out (the rules and later queries need them); from then on the registry answers. */
  buildIndexes(): void {
    this.lineKeys = undefined;
    this.conn.buildLineIndexes();
  }

  private rowOf(awardId: number): number | undefined {
    return this.firstAwardId && awardId >= this.firstAwardId ? this.rows.get(awardId - this.firstAwardId) : undefined;
  }
}

/** Row numbers by index, 4 bytes each, in blocks (no copying as it grows). */
class RowNumbers {
  private readonly blocks: Int32Array[] = [];
  set(i: number, row: number): void {
    const b = i >>> 16;
    while (this.blocks.length <= b) this.blocks.push(new Int32Array(1 << 16));
    this.blocks[b][i & 0xffff] = row;
  }
  get(i: number): number | undefined {
    const v = this.blocks[i >>> 16]?.[i & 0xffff];
    return v ? v : undefined;
  }
}
