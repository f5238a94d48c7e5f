/**
 * The award lines an import wrote, by what makes two lines duplicates: (recipient, type, year) for an
 * annual title and (recipient, type, from, to) for regular merit, each packed into one number below 2^53.
 * An open-addressing hash set in a typed array: 8 bytes a slot, no object per line. Used while the
 * registry's own indexes on those columns are not kept up (bulk load, see importer.ts): it answers
 * "certainly no such line" exactly, and says when it cannot (a value outside the packing, or full).
 */
const EMPTY = 0;
const YEAR_BASE = 1900;

/** The packed key, or undefined when a value does not fit (the caller then asks the registry). */
export function annualKey(recipientId: number, typeId: number, year: number): number | undefined {
  if (!fits(recipientId, typeId, year)) return undefined;
  return ((recipientId * 256 + typeId) * 256 + (year - YEAR_BASE)) * 64;
}

export function regularKey(recipientId: number, typeId: number, from: number, to: number): number | undefined {
  if (!fits(recipientId, typeId, to) || from > to || to - from >= 31) return undefined;
  return ((recipientId * 256 + typeId) * 256 + (to - YEAR_BASE)) * 64 + (to - from) * 2 + 1;
}

function fits(recipientId: number, typeId: number, year: number): boolean {
  return recipientId >= 1 && recipientId < 2 ** 30 && typeId >= 0 && typeId < 256 && year >= YEAR_BASE && year < YEAR_BASE + 256 && Number.isInteger(year);
}

function slotOf(key: number, mask: number): number {
  let h = Math.imul((key >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ Math.floor(key / 4294967296) ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

export class LineKeys {
  private keys: Float64Array;
  private count = 0;

  /** `maxSlots`: the set never grows beyond it (a power of two); `add` then refuses. */
  constructor(
    private readonly maxSlots = 1 << 21,
    initialSlots = 1 << 16,
  ) {
    this.keys = new Float64Array(initialSlots);
  }

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    const mask = this.keys.length - 1;
    for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === EMPTY) return false;
      if (k === key) return true;
    }
  }

  /** Records a key; false when the set is full and cannot grow. */
  add(key: number): boolean {
    if ((this.count + 1) * 10 > this.keys.length * 7) {
      if (this.keys.length * 2 > this.maxSlots) return false;
      this.grow();
    }
    const mask = this.keys.length - 1;
    for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key) return true;
      if (k === EMPTY) {
        this.keys[i] = key;
        this.count++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2);
    this.count = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== EMPTY) this.add(old[i]);
  }
}
