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
import type { Twin as Earlier } from './judge.js';
import { annualKey, LineKeys, regularKey } from './line-keys.js';
import { IMPORT_MATCH } from '../../i18n/messages/core-io-import.js';

type Twin = { id: number; kind: string; period_from: number; period_to: number; body_id: number; symbol: string; ref: string };
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
        `SELECT a.id, a.kind, a.period_from, a.period_to, d.body_id, d.symbol, d.ref FROM award a JOIN decision d ON d.id = a.decision_id
         WHERE a.recipient_id = ? AND a.award_type_id = ? AND ${extra}
           AND NOT EXISTS (SELECT 1 FROM award_revocation x WHERE x.award_id = a.id)
         ORDER BY a.id LIMIT 1`,
      );
    // The year compared after the index (+): with it in the condition, SQLite reads the lines of the type and
    // year (award_type_period, which gives them in id order for the ORDER BY) instead of the recipient's
    // handful: 3-14 ms a row on a million lines instead of 0.1 ms.
    this.annual = twin('+a.period_to = ?');
    // Regular merit: a line of the same body whose years overlap (the law's achievementRelation 'same').
    this.regular = twin("a.period_from <= ? AND a.period_to >= ? AND a.kind = 'regular' AND d.body_id = ?");
    this.taken = sqlite.prepare('SELECT id FROM award WHERE decision_id = ? AND line_no = ?').pluck();
    if (conn.deferLineIndexes()) this.lineKeys = new LineKeys();
  }

  /** The memory keys of a line: its year for an annual title, every year of its period for regular merit (so overlaps meet). */
  private keys(rule: Rule, recipientId: number, typeId: number, p: Period): (number | undefined)[] {
    if (rule === 'annual') return [annualKey(recipientId, typeId, p.to)];
    const out: (number | undefined)[] = [];
    for (let y = p.from; y <= p.to; y++) out.push(regularKey(recipientId, typeId, y));
    return out;
  }

  /** The earlier line of `rule`'s lane that a new line (of `bodyId`) may repeat, with where it is; undefined: none. */
  find(rule: Rule, recipientId: number, typeId: number, p: Period, bodyId: number): Earlier | undefined {
    if (this.lineKeys) {
      if (this.keys(rule, recipientId, typeId, p).every((k) => k !== undefined && !this.lineKeys!.has(k))) return undefined;
      this.buildIndexes();
    }
    const twin = (rule === 'annual' ? this.annual.get(recipientId, typeId, p.to) : this.regular.get(recipientId, typeId, p.to, p.from, bodyId)) as Twin | undefined;
    if (!twin) return undefined;
    const row = this.rowOf(twin.id);
    const where = row !== undefined ? IMPORT_MATCH.twinInFile(row) : IMPORT_MATCH.twinInRegistry(twin.symbol, twin.ref);
    return { kind: twin.kind, period_from: twin.period_from, period_to: twin.period_to, body_id: twin.body_id, where };
  }

  /** A line written from `row`; `rule` is the lane judge.ts puts it in (none: it may repeat). */
  written(awardId: number, row: number, rule: Rule | undefined, recipientId: number, typeId: number, p: Period): void {
    if (this.lineKeys && rule) {
      // A key that cannot be packed, or a full set: the registry answers from now on.
      for (const key of this.keys(rule, recipientId, typeId, p)) {
        if (key === undefined || !this.lineKeys.add(key)) {
          this.buildIndexes();
          break;
        }
      }
    }
    if (this.firstAwardId === 0) this.firstAwardId = awardId;
    this.rows.set(awardId - this.firstAwardId, row);
  }

  /** A line number already used in the decision (the unique index refused the insert): where. */
  lineTaken(decisionId: number, symbol: string, lineNo: number): string {
    const taken = this.taken.get(decisionId, lineNo) as number | undefined;
    const row = taken === undefined ? undefined : this.rowOf(taken);
    return row !== undefined ? IMPORT_MATCH.lineOnRow(lineNo, symbol, row) : IMPORT_MATCH.lineTaken(lineNo, symbol, taken);
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
