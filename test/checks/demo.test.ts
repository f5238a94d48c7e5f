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

describe('tdkt evidence show', () => {
  it('lays out a recipient\'s record by year', async () => {
    const db = await demoRegistryFile();
    const r = await runCli(['evidence', 'show', 'tran thi b', '--format', 'md'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '## Record of Trần Thị B [tran-thi-b]',
        '',
        '| Year | Rating | Awards | Initiatives | Discipline |',
        '| --- | --- | --- | --- | --- |',
        '| 2017 | good | LDTT |  |  |',
        '| 2018 | good | LDTT |  |  |',
        '| 2019 | excellent | LDTT, CSTDCS | Câu lạc bộ Toán học sáng tạo (grassroots) |  |',
        '| 2020 | excellent | LDTT, CSTDCS, BK_TTG | Mô hình lớp học đảo ngược trong môn Toán (province) |  |',
        '| 2021 | excellent | LDTT, CSTDCS | Ngân hàng bài giảng điện tử của trường (grassroots) |  |',
        '',
      ].join('\n'),
    );
  });
});
