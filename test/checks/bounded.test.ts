/**
 * The first findings of a large check: BoundedFindings keeps the first `max` in the total order as they
 * come, from one thread or merged from two, and counts them all.
 */
import { describe, expect, it } from 'vitest';
import { BoundedFindings } from '../../src/core/checks/run.js';
import type { Finding } from '../../src/core/law/finding.js';

// A deterministic shuffle of keys like the rules' (year, award line first, decision date, …, order within a group).
function findings(n: number, seed: number): { f: Finding; key: (string | number)[] }[] {
  let a = seed;
  const rand = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, (_, i) => {
    const year = 2004 + Math.floor(rand() * 20);
    const severity = (['error', 'warning', 'missing'] as const)[Math.floor(rand() * 3)];
    const f = { rule: 'r', severity, year, award_id: i + 1 } as unknown as Finding;
    return { f, key: [year, 0, `${year + 1}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`, Math.floor(rand() * 50), i, i + 1, '', 0, 0, i % 7] };
  });
}

const inOrder = (list: { f: Finding; key: (string | number)[] }[]) =>
  [...list].sort((x, y) => {
    for (let i = 0; i < x.key.length; i++) if (x.key[i] !== y.key[i]) return x.key[i] < y.key[i] ? -1 : 1;
    return 0;
  });

describe('BoundedFindings', () => {
  it('keeps the first max findings in the total order, and counts all', () => {
    const all = findings(5000, 7);
    for (const max of [0, 1, 10, 1000, 6000]) {
      const out = new BoundedFindings(max);
      for (const k of all) out.add(k);
      const r = out.result();
      expect(r.total).toBe(5000);
      expect(r.counts.error + r.counts.warning + r.counts.missing).toBe(5000);
      expect(r.counts.error).toBe(all.filter((k) => k.f.severity === 'error').length);
      expect(r.findings).toEqual(inOrder(all).slice(0, max).map((k) => k.f));
    }
  });

  it('merges what another thread kept into the same first findings', () => {
    const all = findings(4000, 11);
    const mine = new BoundedFindings(100);
    const theirs = new BoundedFindings(100);
    all.forEach((k, i) => (i % 2 ? theirs : mine).add(k));
    mine.absorb(structuredClone(theirs.kept()));
    const r = mine.result();
    expect(r.total).toBe(4000);
    expect(r.findings.map((f) => f.award_id)).toEqual(inOrder(all).slice(0, 100).map((k) => k.f.award_id));
  });
});
