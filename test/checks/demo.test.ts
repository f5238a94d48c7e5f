import { describe, expect, it } from 'vitest';
import { historyFixture, seedFixture } from '../../src/core/demo.js';
import { demoRegistryFile, runCli } from '../helpers.js';
import { expectGolden, transcript } from './load.js';

describe('the demo history', () => {
  it('presents nothing of the history at the ceremony', async () => {
    const db = await demoRegistryFile();
    const r = await runCli(['roster', 'le-chan-2022', '--json'], { db });
    const decisions = new Set((JSON.parse(r.stdout) as { decision: string }[]).map((l) => l.decision));
    expect([...decisions].sort()).toEqual([...seedFixture.ceremonies![0].present].sort());
    for (const d of historyFixture.decisions!) expect(decisions.has(d.ref!)).toBe(false);
    expect(historyFixture.ceremonies).toBeUndefined();
  });

  it('gives the auditor a short list of findings', async () => {
    const db = await demoRegistryFile();
    const argv = ['check'];
    const r = await runCli(argv, { db });
    expect(r.code).toBe(3);
    expectGolden('demo.check.txt', transcript(argv, r));
  });

  for (const type of ['CSTDCS', 'CSTDBT', 'BK_BT']) {
    it(`gives the clerk a nomination list for ${type} 2021`, async () => {
      const db = await demoRegistryFile();
      const argv = ['eligible', type, '--year', '2021', '--format', 'md'];
      const r = await runCli(argv, { db });
      expect(r.code).toBe(0);
      expectGolden(`demo.eligible-${type}.txt`, transcript(argv, r));
    });
  }
});
