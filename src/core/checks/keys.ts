/** A finding with its place in the total order of findings (see run.ts: judgeKeyed). */
import type { Finding } from '../law/finding.js';

export type SortKey = (string | number)[];

export type KeyedFinding = { f: Finding; key: SortKey };

/** Compares sort keys; the last element (the order within a group) only breaks ties within one group. */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}
