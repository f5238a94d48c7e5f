/**
 * The award lines an import wrote, by what makes two lines duplicates: (recipient, type, year) for an
 * annual title and (recipient, type, year) for each year of a regular-merit line's period, each packed into one number below 2^53.
 * An open-addressing hash set of 32-bit fingerprints in a typed array: 4 bytes a slot, no object per
 * line. Used while the registry's own indexes on those columns are not kept up (bulk load, see
 * importer.ts): "no" is certain; "perhaps" is a line with that key or, about once in 10^9 lookups, a
 * line whose key has the same fingerprint, and the caller then asks the registry. It also says when it
 * cannot answer (a value outside the packing, or full).
 */
const EMPTY = 0;
const YEAR_BASE = 1900;

/** The packed key, or undefined when a value does not fit (the caller then asks the registry). */
export function annualKey(recipientId: number, typeId: number, year: number): number | undefined {
  if (!fits(recipientId, typeId, year)) return undefined;
  return ((recipientId * 256 + typeId) * 256 + (year - YEAR_BASE)) * 64;
}

/** A year of a regular-merit line's period: a line is added under every year it covers, so overlaps meet. */
export function regularKey(recipientId: number, typeId: number, year: number): number | undefined {
  if (!fits(recipientId, typeId, year)) return undefined;
  return ((recipientId * 256 + typeId) * 256 + (year - YEAR_BASE)) * 64 + 1;
}

function fits(recipientId: number, typeId: number, year: number): boolean {
  return recipientId >= 1 && recipientId < 2 ** 30 && typeId >= 0 && typeId < 256 && year >= YEAR_BASE && year < YEAR_BASE + 256 && Number.isInteger(year);
}

function slotOf(key: number, mask: number): number {
  let h = Math.imul((key >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ Math.floor(key / 4294967296) ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** A second, independent 32-bit hash of the key, never EMPTY. */
function fingerprintOf(key: number): number {
  let h = Math.imul(Math.floor(key / 4294967296) ^ 0x7f4a7c15, 0xcc9e2d51);
  h = Math.imul(h ^ (key >>> 0) ^ (h >>> 15), 0x1b873593);
  h = (h ^ (h >>> 16)) >>> 0;
  return h === EMPTY ? 1 : h;
}

/**
 * Fixed in size: its typed array is all allocated at once, but the system gives it memory page by page as
 * slots are written (a small import touches little of it); at seven tenths full, `add` refuses.
 */
export class LineKeys {
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private count = 0;

  /** `size`: the number of slots, a power of two (8 MB by default, for 1.4 million keys). */
  constructor(size = 1 << 21) {
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** false: certainly no line with this key was added; true: perhaps one was. */
  has(key: number): boolean {
    const fp = fingerprintOf(key);
    for (let i = slotOf(key, this.mask); ; i = (i + 1) & this.mask) {
      const k = this.slots[i];
      if (k === EMPTY) return false;
      if (k === fp) return true;
    }
  }

  /** Records a key that `has` denied; false when the set is full, or when it may hold the key after all. */
  add(key: number): boolean {
    if ((this.count + 1) * 10 > this.slots.length * 7) return false;
    const fp = fingerprintOf(key);
    for (let i = slotOf(key, this.mask); ; i = (i + 1) & this.mask) {
      const k = this.slots[i];
      if (k === fp) return false;
      if (k === EMPTY) {
        this.slots[i] = fp;
        this.count++;
        return true;
      }
    }
  }
}
