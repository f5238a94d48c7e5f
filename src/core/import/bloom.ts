/**
 * A Bloom filter over tuples of small integers: "certainly not seen" or "perhaps seen". Import uses it
 * to skip the registry query for duplicates when it cannot find one: a "perhaps" is always settled by
 * the query, so the answer stays exact. Fixed size (4 MB), whatever the number of rows.
 */
const BITS_LOG2 = 25;
const MASK = (1 << BITS_LOG2) - 1;
const PROBES = 4;

function mix(h: number, v: number): number {
  // Two 32-bit halves, so numbers beyond 2^32 (ids, packed values) are hashed whole.
  h = Math.imul(h ^ (v >>> 0), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul(h ^ Math.floor(v / 4294967296), 0xc2b2ae3d);
  return h ^ (h >>> 13);
}

export class TupleBloom {
  private readonly bits = new Uint32Array(1 << (BITS_LOG2 - 5));

  private probe(values: number[], set: boolean): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (const v of values) {
      h1 = mix(h1, v);
      h2 = mix(h2 ^ 0x5bd1e995, v);
    }
    h2 |= 1;
    let all = true;
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & MASK;
      const word = bit >>> 5;
      const m = 1 << (bit & 31);
      if (set) this.bits[word] |= m;
      else if ((this.bits[word] & m) === 0) {
        all = false;
        break;
      }
    }
    return all;
  }

  add(...values: number[]): void {
    this.probe(values, true);
  }

  /** False: the tuple was certainly never added. True: it may have been. */
  mayHave(...values: number[]): boolean {
    return this.probe(values, false);
  }
}
