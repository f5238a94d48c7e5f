/**
 * The recipients an import created, compactly, so that rows naming them again are matched from memory:
 * each distinct folded name numbered once; per recipient its name's number, kind, unit and position in
 * typed arrays, chained newest first to the earlier recipients of the same name, and to those of the
 * same name in the same unit, which an open-addressing table finds by (name, unit). About 80 bytes a
 * recipient.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { RecipientRec } from './lookups.js';

const KINDS = ['collective', 'individual', 'household'];

export class CreatedRecipients {
  private readonly nameIds = new Map<string, number>();
  /** By name number: the newest recipient (slot) of that name. */
  private heads = new Int32Array(1024);
  private size = 0;
  ids = new Int32Array(1024);
  private nameOf = new Int32Array(1024);
  private nextOfName = new Int32Array(1024);
  private nextInUnit = new Int32Array(1024);
  private units = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private positions = new Int32Array(1024);
  private readonly positionNames: string[] = [];
  private readonly positionIndex = new Map<string, number>();
  /** (name, unit) → 1 + the newest slot with both; 0 empty. */
  private byNameUnit = new Int32Array(2048);
  private pairs = 0;

  add(r: RecipientRec): void {
    const i = this.size++;
    if (i === this.ids.length) this.grow();
    let name = this.nameIds.get(r.name_folded);
    if (name === undefined) {
      name = this.nameIds.size;
      this.nameIds.set(r.name_folded, name);
      if (name === this.heads.length) this.heads = grown(this.heads, name * 2);
      this.heads[name] = -1;
    }
    const unit = r.unit_id ?? 0;
    this.ids[i] = r.id;
    this.nameOf[i] = name;
    this.units[i] = unit;
    this.kinds[i] = KINDS.indexOf(r.kind);
    this.positions[i] = r.position === null ? -1 : this.positionId(r.position);
    // The newest first: adding costs the same however many namesakes there are.
    this.nextOfName[i] = this.heads[name];
    this.heads[name] = i;
    const at = this.place(name, unit);
    const before = this.byNameUnit[at] - 1;
    this.nextInUnit[i] = before;
    this.byNameUnit[at] = i + 1;
    if (before === -1 && ++this.pairs * 2 > this.byNameUnit.length) this.rehash();
  }

  /** The recipients created with that folded name (in the unit, when given), in id order: their slots. */
  named(folded: string, unitId?: number): number[] {
    const out: number[] = [];
    const name = this.nameIds.get(folded);
    if (name === undefined) return out;
    if (unitId === undefined) for (let j = this.heads[name]; j !== -1; j = this.nextOfName[j]) out.push(j);
    else for (let j = this.byNameUnit[this.place(name, unitId)] - 1; j !== -1; j = this.nextInUnit[j]) out.push(j);
    return out.reverse();
  }

  /** The table position of (name, unit): where its newest slot is, or the empty place for it. */
  private place(name: number, unit: number): number {
    const mask = this.byNameUnit.length - 1;
    let at = (Math.imul(name, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77)) >>> 0;
    at = (at ^ (at >>> 15)) & mask;
    for (;;) {
      const s = this.byNameUnit[at] - 1;
      if (s === -1 || (this.nameOf[s] === name && this.units[s] === unit)) return at;
      at = (at + 1) & mask;
    }
  }

  private rehash(): void {
    const old = this.byNameUnit;
    this.byNameUnit = new Int32Array(old.length * 2);
    for (const v of old) if (v !== 0) this.byNameUnit[this.place(this.nameOf[v - 1], this.units[v - 1])] = v;
  }

  kindOf(i: number): string {
    return KINDS[this.kinds[i]];
  }
  unitOf(i: number): number | null {
    return this.units[i] === 0 ? null : this.units[i];
  }
  positionOf(i: number): string | null {
    return this.positions[i] === -1 ? null : this.positionNames[this.positions[i]];
  }

  private positionId(p: string): number {
    let k = this.positionIndex.get(p);
    if (k === undefined) {
      k = this.positionNames.length;
      this.positionNames.push(p);
      this.positionIndex.set(p, k);
    }
    return k;
  }

  private grow(): void {
    const n = this.ids.length * 2;
    this.ids = grown(this.ids, n);
    this.nameOf = grown(this.nameOf, n);
    this.nextOfName = grown(this.nextOfName, n);
    this.nextInUnit = grown(this.nextInUnit, n);
    this.units = grown(this.units, n);
    this.kinds = grown(this.kinds, n);
    this.positions = grown(this.positions, n);
  }
}

/** A copy of `a` with room for `n` elements. */
function grown<T extends Int32Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/** A recipient this import created, as found by name: its reference and name are read when a message needs them. */
export class CreatedRecipient implements RecipientRec {
  private full: RecipientRec | undefined;
  constructor(
    readonly id: number,
    readonly kind: string,
    readonly unit_id: number | null,
    readonly position: string | null,
    readonly name_folded: string,
    private readonly byId: BetterSqlite3.Statement,
  ) {}
  get ref(): string {
    return this.read().ref;
  }
  get name(): string {
    return this.read().name;
  }
  private read(): RecipientRec {
    return (this.full ??= this.byId.get(this.id) as RecipientRec);
  }
}

