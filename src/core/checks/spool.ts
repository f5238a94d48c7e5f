/**
 * Every finding of a large check in the total order, in bounded memory: findings are kept as they come
 * until RUN of them are held, then sorted and written to a run file (one JSON array a line, in a private
 * temporary folder); at the end the runs are merged, a line at a time from each. A check whose findings
 * fit in one run never touches the disk. Several threads may spool into one folder: each hands its runs
 * to the one that merges.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Finding } from '../law/finding.js';
import { compareKeys, type KeyedFinding } from './keys.js';

/** Findings held before a run is written: about 20 MB. */
export const RUN = 20_000;

/** The fields of a finding, in the order a run file lists them. */
const FIELDS = [
  'severity',
  'rule',
  'record',
  'award_id',
  'decision',
  'decision_symbol',
  'line_no',
  'recipient',
  'recipient_name',
  'award_type',
  'year',
  'message',
  'article',
  'hint',
  'regime',
] as const satisfies readonly (keyof Finding)[];

/** A private folder for the runs of one check (removed by `removeSpoolDir`). */
export function makeSpoolDir(): string {
  return mkdtempSync(join(tmpdir(), 'tdkt-check-'));
}

export function removeSpoolDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export class FindingSpool {
  private held: KeyedFinding[] = [];
  readonly runs: string[] = [];
  constructor(
    private readonly dir: string,
    /** Distinguishes the files of threads spooling into one folder. */
    private readonly tag: string,
    private readonly runSize = RUN,
  ) {}

  add(k: KeyedFinding): void {
    this.held.push(k);
    if (this.held.length >= this.runSize) this.flush();
  }

  /** Writes what is held as a sorted run. */
  flush(): void {
    if (!this.held.length) return;
    this.held.sort((a, b) => compareKeys(a.key, b.key));
    const path = join(this.dir, `${this.tag}-${this.runs.length}.run`);
    const fd = openSync(path, 'w');
    try {
      let chunk = '';
      for (const { f, key } of this.held) {
        chunk += JSON.stringify([key, FIELDS.map((k) => f[k])]) + '\n';
        if (chunk.length > 1 << 20) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      if (chunk) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    this.runs.push(path);
    this.held = [];
  }

  /** What is held, sorted (the findings of a check that never filled a run). */
  takeHeld(): KeyedFinding[] {
    const held = this.held.sort((a, b) => compareKeys(a.key, b.key));
    this.held = [];
    return held;
  }
}

/** A run file read a line at a time. */
class RunReader {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(1 << 16);
  private readonly decoder = new StringDecoder('utf8');
  private text = '';
  private at = 0;
  private done = false;
  head: KeyedFinding | undefined;
  constructor(path: string) {
    this.fd = openSync(path, 'r');
    this.next();
  }

  next(): void {
    for (;;) {
      const nl = this.text.indexOf('\n', this.at);
      if (nl >= 0) {
        const [key, values] = JSON.parse(this.text.slice(this.at, nl)) as [KeyedFinding['key'], unknown[]];
        this.at = nl + 1;
        const f = {} as Record<string, unknown>;
        for (let i = 0; i < FIELDS.length; i++) f[FIELDS[i]] = values[i];
        this.head = { f: f as unknown as Finding, key };
        return;
      }
      if (this.done) {
        this.head = undefined;
        closeSync(this.fd);
        return;
      }
      // The bytes read may end inside a character: decode only up to the last line break.
      const n = readSync(this.fd, this.buf, 0, this.buf.length, null);
      if (n === 0) {
        this.done = true;
        continue;
      }
      this.text = this.text.slice(this.at) + this.decoder.write(this.buf.subarray(0, n));
      this.at = 0;
    }
  }
}

/**
 * The findings of sorted runs, merged into the total order, in batches of `batch`; `first` (sorted)
 * is merged in too. Each run file is read once.
 */
export function* mergeRuns(runs: string[], first: KeyedFinding[] = [], batch = 1000): Generator<Finding[]> {
  const readers = runs.map((p) => new RunReader(p));
  // A binary heap of the sources by their head's key; source -1 is `first`.
  let i = 0;
  const heads: { key: KeyedFinding['key']; src: number }[] = [];
  const headOf = (src: number): KeyedFinding | undefined => (src < 0 ? first[i] : readers[src].head);
  const less = (a: number, b: number) => compareKeys(heads[a].key, heads[b].key) < 0;
  const swap = (a: number, b: number) => ([heads[a], heads[b]] = [heads[b], heads[a]]);
  const up = (n: number) => {
    while (n > 0) {
      const p = (n - 1) >> 1;
      if (!less(n, p)) break;
      swap(n, p);
      n = p;
    }
  };
  const down = (n: number) => {
    for (;;) {
      const l = 2 * n + 1;
      const r = l + 1;
      let m = n;
      if (l < heads.length && less(l, m)) m = l;
      if (r < heads.length && less(r, m)) m = r;
      if (m === n) return;
      swap(n, m);
      n = m;
    }
  };
  for (let src = -1; src < readers.length; src++) {
    const h = headOf(src);
    if (h) {
      heads.push({ key: h.key, src });
      up(heads.length - 1);
    }
  }
  let out: Finding[] = [];
  while (heads.length) {
    const top = heads[0];
    const h = headOf(top.src)!;
    out.push(h.f);
    if (top.src < 0) i++;
    else readers[top.src].next();
    const nextHead = headOf(top.src);
    if (nextHead) {
      heads[0] = { key: nextHead.key, src: top.src };
    } else {
      const last = heads.pop()!;
      if (heads.length) heads[0] = last;
    }
    if (heads.length) down(0);
    if (out.length >= batch) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}
