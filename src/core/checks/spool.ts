/**
 * Every finding of a large check in the total order, in bounded memory: each finding is written out as
 * text at once (the line the chosen format prints for it), with its sort key as a string that orders as
 * the key does; they are kept until RUN of them are held, then sorted and written to a run file in a
 * private temporary folder; at the end the runs are merged, a record at a time from each, by comparing
 * the key strings only. A check whose findings fit in one run never touches the disk. Several threads may
 * spool into one folder (each writing its findings' text): each hands its runs to the one that merges.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Finding } from '../law/finding.js';
import { delimitedLine } from '../../render/delimited.js';
import type { KeyedFinding, SortKey } from './keys.js';

/**
 * Findings held before a run is written: few enough that two threads' held findings, their garbage and
 * the merge's readers (a small buffer each) stay within the memory a check may use (measured at a
 * million lines: 20,000 held took the peak to 420 MB, 3,000 to 238 MB).
 */
export const RUN = 3_000;

/** The fields of a finding, in the order machine formats list them (the JSON contract, docs/law.md). */
export const FINDING_FIELDS = [
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

/** The formats a spooled finding is written in: a machine format's line, or (json) an item of an indented array. */
export type SpoolFormat = 'tsv' | 'csv' | 'ndjson' | 'json';

/** The finding's fields in FINDING_FIELDS order, as an object. */
export function findingRecord(f: Finding): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of FINDING_FIELDS) o[k] = f[k] ?? null;
  return o;
}

/** A finding as `format` prints it: a TSV, CSV or NDJSON line (with its line end), or an item of an indented JSON array (without). */
export function renderFinding(f: Finding, format: SpoolFormat): string {
  if (format === 'ndjson') return JSON.stringify(findingRecord(f)) + '\n';
  if (format === 'json') return JSON.stringify(findingRecord(f), null, 2).replace(/\n/g, '\n  ');
  return delimitedLine(
    FINDING_FIELDS.map((k) => f[k]),
    format === 'csv' ? ',' : '\t',
  );
}

const pad = (n: number) => String(n).padStart(16, '0');

/**
 * The sort key as a string whose order (JavaScript's string order) is the key's (compareKeys): numbers
 * (whole, from 0) padded to 16 digits, strings ended by a NUL, which sorts before any character a
 * reference or a date holds.
 */
export function keyString(key: SortKey): string {
  let s = '';
  for (const part of key) s += typeof part === 'number' ? pad(part) : `${part}\u0000`;
  return s;
}

/** A private folder for the runs of one check (removed by `removeSpoolDir`). */
export function makeSpoolDir(): string {
  return mkdtempSync(join(tmpdir(), 'tdkt-check-'));
}

export function removeSpoolDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

interface Spooled {
  key: string;
  text: string;
}

const byKey = (a: Spooled, b: Spooled) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export class FindingSpool {
  private held: Spooled[] = [];
  readonly runs: string[] = [];
  constructor(
    private readonly dir: string,
    /** Distinguishes the files of threads spooling into one folder. */
    private readonly tag: string,
    private readonly format: SpoolFormat,
    private readonly runSize = RUN,
  ) {}

  add(k: KeyedFinding): void {
    this.held.push({ key: keyString(k.key), text: renderFinding(k.f, this.format) });
    if (this.held.length >= this.runSize) this.flush();
  }

  /** Writes what is held as a sorted run: each record its key's and its text's lengths, then both. */
  flush(): void {
    if (!this.held.length) return;
    this.held.sort(byKey);
    const path = join(this.dir, `${this.tag}-${this.runs.length}.run`);
    const fd = openSync(path, 'w');
    try {
      let chunk = '';
      for (const { key, text } of this.held) {
        chunk += `${key.length} ${text.length} ${key}${text}`;
        if (chunk.length > 1 << 16) {
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
  takeHeld(): Spooled[] {
    const held = this.held.sort(byKey);
    this.held = [];
    return held;
  }
}

/** A run file read a record at a time. */
class RunReader {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(1 << 13);
  private readonly decoder = new StringDecoder('utf8');
  private text = '';
  private at = 0;
  private done = false;
  head: Spooled | undefined;
  constructor(path: string) {
    this.fd = openSync(path, 'r');
    this.next();
  }

  next(): void {
    for (;;) {
      const sp1 = this.text.indexOf(' ', this.at);
      const sp2 = sp1 < 0 ? -1 : this.text.indexOf(' ', sp1 + 1);
      if (sp2 >= 0) {
        const keyLength = Number(this.text.slice(this.at, sp1));
        const textLength = Number(this.text.slice(sp1 + 1, sp2));
        const end = sp2 + 1 + keyLength + textLength;
        if (end <= this.text.length) {
          this.head = { key: this.text.slice(sp2 + 1, sp2 + 1 + keyLength), text: this.text.slice(sp2 + 1 + keyLength, end) };
          this.at = end;
          return;
        }
      }
      if (this.done) {
        this.head = undefined;
        closeSync(this.fd);
        return;
      }
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
 * The texts of the findings of sorted runs and of `first` (sorted), merged into the total order, in
 * batches of `batch` findings. Each run file is read once.
 */
export function* mergeRuns(runs: string[], first: Spooled[] = [], batch = 1000): Generator<string[]> {
  const readers = runs.map((p) => new RunReader(p));
  // A binary heap of the sources by their head's key; source -1 is `first`.
  let i = 0;
  const heads: { key: string; src: number }[] = [];
  const headOf = (src: number): Spooled | undefined => (src < 0 ? first[i] : readers[src].head);
  const less = (a: number, b: number) => heads[a].key < heads[b].key;
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
  let out: string[] = [];
  while (heads.length) {
    const top = heads[0];
    out.push(headOf(top.src)!.text);
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
