import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { registryDigest as digest, runCli, tempDir } from '../helpers.js';

let db: string;
const run = (...argv: string[]) => runCli(argv, { db });

/** A small registry typed in through the CLI, as a clerk would. */
beforeEach(async () => {
  db = join(tempDir(), 'r.sqlite');
  expect((await run('init')).code).toBe(0);
  for (const argv of [
    ['body', 'add', 'Thủ tướng Chính phủ', '--level', 'government', '--abbr', 'TTg', '--ref', 'ttg'],
    ['body', 'add', 'UBND quận Lê Chân', '--level', 'district', '--abbr', 'UBND', '--place', 'Lê Chân', '--ref', 'ubnd-le-chan'],
    ['body', 'add', 'UBND thành phố Hải Phòng', '--level', 'province', '--abbr', 'UBND', '--ref', 'ubnd-hp'],
    ['recipient', 'add', 'Trường THCS Trần Phú', '--kind', 'collective'],
    ['recipient', 'add', 'UBND phường Đông Hải', '--kind', 'collective'],
    ['recipient', 'add', 'Nguyễn Văn A', '--kind', 'individual', '--unit', 'truong thcs tran phu', '--position', 'Hiệu trưởng'],
    ['recipient', 'add', 'Nguyễn Văn A', '--kind', 'individual', '--unit', 'dong hai'],
    ['decision', 'add', '5/QD-UBND', '--date', '10/01/2022', '--body', 'ubnd-le-chan', '--capacity', 'CHỦ TỊCH'],
    ['decision', 'add', '215/QĐ-UBND', '--date', '2021-12-28', '--body', 'ubnd-hp'],
  ]) {
    const r = await run(...argv);
    expect(r.stderr.startsWith('Added'), `${argv.join(' ')}: ${r.stderr}`).toBe(true);
    expect(r.code).toBe(0);
  }
});

describe('recording', () => {
  it('derives readable references and prints them for scripts', async () => {
    const r = await run('recipient', 'add', 'Trường THCS Trần Phú', '--kind', 'collective');
    expect(r).toEqual({ code: 0, stdout: 'truong-thcs-tran-phu-2\n', stderr: 'Added collective truong-thcs-tran-phu-2: Trường THCS Trần Phú\n' });
  });

  it('normalises decision numbers and derives the regime from the date', async () => {
    const r = await run('decision', 'show', '05/QĐ-UBND', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ref: 'ubnd-le-chan-2022-5',
      symbol: '05/QĐ-UBND',
      number: 5,
      date: '2022-01-10',
      body: 'ubnd-le-chan',
      body_name: 'UBND quận Lê Chân',
      body_level: 'district',
      body_place: 'Lê Chân',
      date_line: 'Lê Chân, ngày 10 tháng 01 năm 2022',
      signer_name: null,
      signer_capacity: 'CHỦ TỊCH',
      summary: null,
      regime: 'law2003-nd91',
      note: null,
      lines: 0,
    });
  });

  it('adds an award line found by names without diacritics', async () => {
    const r = await run('award', 'add', '--decision', '5/QĐ-UBND', '--recipient', 'truong thcs tran phu', '--type', 'giay khen', '--period', '2021', '--line', '1');
    expect(r).toEqual({ code: 0, stdout: '1\n', stderr: 'Added award #1: GK to Trường THCS Trần Phú (2021) in 05/QĐ-UBND\n' });
  });

  it('keeps the unit and position of a person on the annex line', async () => {
    await run('award', 'add', '-d', '05/QĐ-UBND', '-r', 'nguyen-van-a', '-t', 'GK', '-p', '2021');
    const r = await run('award', 'list', '--json');
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ recipient: 'nguyen-van-a', unit_name: 'Trường THCS Trần Phú', position: 'Hiệu trưởng', line_no: null, status: 'active' });
  });

  it('lists the candidates of an ambiguous name instead of guessing', async () => {
    const r = await run('history', 'nguyen van a');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'tdkt: "nguyen van a" matches 2 recipients',
        '  nguyen-van-a    Nguyễn Văn A — Trường THCS Trần Phú',
        '  nguyen-van-a-2  Nguyễn Văn A — UBND phường Đông Hải',
        'hint: Use one of the references instead: nguyen-van-a, nguyen-van-a-2',
        '',
      ].join('\n'),
    );
  });

  it('finds đ without typing it: "dong hai" matches "Đông Hải"', async () => {
    const r = await run('search', 'dong', 'hai');
    expect(r.stdout).toBe('type\tref\tname\tdetail\nrecipient\tubnd-phuong-dong-hai\tUBND phường Đông Hải\tcollective\n');
  });

  it('edits a recipient and shows the new values', async () => {
    const r = await run('recipient', 'edit', 'nguyen-van-a', '--position', 'Phó Hiệu trưởng', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ref: 'nguyen-van-a', position: 'Phó Hiệu trưởng', unit: 'truong-thcs-tran-phu' });
  });
});

describe('refusals write nothing', () => {
  const refusals: [string, string[], string][] = [
    [
      'a flag to a person',
      ['award', 'add', '-d', '215/QĐ-UBND', '-r', 'nguyen-van-a', '-t', 'CTDBT', '-p', '2021'],
      'tdkt: Cannot record CTDBT for Nguyễn Văn A\n  recipient-kind: CTDBT (Cờ thi đua của Bộ, ban, ngành, tỉnh) goes to collective (tập thể) only; Nguyễn Văn A is an individual (Art. 26, Law 15/2003/QH11)\nhint: Check the recipient and the award type of the line; if the line was recorded in error it should be voided.\n',
    ],
    [
      'a district signing a Government flag',
      ['award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'CTDCP', '-p', '2021'],
      "tdkt: Cannot record CTDCP for Trường THCS Trần Phú\n  conferring-level: UBND quận Lê Chân (level district) may not confer CTDCP; it is conferred at level government (Art. 77–80, Law 15/2003/QH11)\nhint: Check the decision's signing body, or the levels of the award type (tdkt award-type show).\n",
    ],
    [
      'a malformed period',
      ['award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '21'],
      'tdkt: Invalid award line\n  period: "21" is not an achievement period: expected a year or a range, e.g. 2021 or 2020-2021\n',
    ],
    [
      'a period after the decision',
      ['award', 'add', '-d', '215/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'BK_BT', '-p', '2021-2022'],
      "tdkt: Cannot record BK_BT for Trường THCS Trần Phú\n  achievement-period: the achievement period 2021–2022 ends after the decision's year 2021 (Art. 19–20)\nhint: Correct the period of the line as printed in the decision's annex.\n",
    ],
    [
      'a malformed decision number',
      ['decision', 'add', 'QĐ 12', '--date', '2022-01-10', '--body', 'ubnd-le-chan'],
      'tdkt: Invalid decision\n  number: "QĐ 12" is not a decision number: expected number/QĐ-ISSUER, e.g. 215/QĐ-UBND or 722/QĐ-TTg\n',
    ],
    [
      'an impossible date',
      ['decision', 'add', '12/QĐ-UBND', '--date', '31/02/2022', '--body', 'ubnd-le-chan'],
      'tdkt: Invalid decision\n  date: "31/02/2022" is not a real calendar date\n',
    ],
    [
      'a decision number whose issuer is not the body',
      ['decision', 'add', '12/QĐ-TTg', '--date', '2022-01-10', '--body', 'ubnd-le-chan'],
      'tdkt: Decision 12/QĐ-TTg does not carry the abbreviation of UBND quận Lê Chân (UBND)\nhint: Check the signing body, or write the number as 12/QĐ-UBND.\n',
    ],
    [
      'the same running number twice in a year',
      ['decision', 'add', '05/QĐ-UBND', '--date', '2022-03-01', '--body', 'ubnd-le-chan'],
      'tdkt: UBND quận Lê Chân already has decision 05/QĐ-UBND in 2022 (ubnd-le-chan-2022-5)\nhint: Running numbers restart each year but never repeat within one.\n',
    ],
    [
      'a district decision after the district level was abolished',
      ['decision', 'add', '01/QĐ-UBND', '--date', '2025-07-01', '--body', 'ubnd-le-chan'],
      "tdkt: UBND quận Lê Chân is a district body; the district level was abolished on 01/07/2025, and since then the commune chairman confers what the district chairman did\nhint: Record the decision under the body that signed it: since 01/07/2025 the commune's chairman (UBND xã/phường) confers what the district did; the province's departments confer in their own right (level department).\n",
    ],
    [
      'an unknown reference',
      ['award', 'add', '-d', '05/QĐ-UBND', '-r', 'tran van khong co', '-t', 'GK', '-p', '2021'],
      'tdkt: No recipient matches "tran van khong co"\nhint: List candidates with: tdkt search <words>, or add the recipient with: tdkt recipient add\n',
    ],
  ];
  for (const [what, argv, stderr] of refusals) {
    it(`refuses ${what}`, async () => {
      const before = digest(db);
      const r = await run(...argv);
      expect(r).toEqual({ code: 1, stdout: '', stderr });
      expect(digest(db)).toBe(before);
    });
  }

  it('refuses the same annual title twice for one recipient and year', async () => {
    await run('decision', 'add', '216/QĐ-UBND', '--date', '2021-12-29', '--body', 'ubnd-hp');
    expect((await run('award', 'add', '-d', '215/QĐ-UBND', '-r', 'dong hai', '-t', 'TTLDXS', '-p', '2021')).code).toBe(0);
    const r = await run('award', 'add', '-d', '216/QĐ-UBND', '-r', 'dong hai', '-t', 'TTLDXS', '-p', '2021');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'tdkt: Cannot record TTLDXS for UBND phường Đông Hải\n  one-annual-title: UBND phường Đông Hải already holds TTLDXS for 2021 (award #1, decision 215/QĐ-UBND): an annual title is conferred at most once per recipient and year (Art. 19–20; Art. 5.2, Law 06/2022/QH15)\nhint: Keep one line: void the duplicate (its decision may repeat an earlier one), or correct the year.\n',
    );
  });
});

describe('without a terminal', () => {
  it('a missing value is a usage error naming the flag, and nothing is created', async () => {
    const fresh = join(tempDir(), 'none.sqlite');
    const r = await runCli(['recipient', 'add', 'Trần Thị B'], { db: fresh });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tdkt: missing --kind: pass it, e.g. --kind collective\nRun with --help for usage.\n' });
  });

  it('--no-input refuses to prompt even on a terminal', async () => {
    const r = await runCli(['--no-input', 'award', 'add', '-d', '05/QĐ-UBND'], { db, tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tdkt: missing --recipient: pass it, e.g. --recipient truong-thcs-tran-phu\nRun with --help for usage.\n');
  });
});

describe('alphabetical lists', () => {
  it('sort in Vietnamese order, by full name or by given name', async () => {
    for (const n of ['Đỗ Văn Bình', 'Dương Thị Ánh', 'Bùi Văn Đức']) await run('recipient', 'add', n, '--kind', 'individual');
    const byName = await run('recipient', 'list', '--kind', 'individual', '--format', 'json');
    expect(JSON.parse(byName.stdout).map((r: { name: string }) => r.name)).toEqual(['Bùi Văn Đức', 'Dương Thị Ánh', 'Đỗ Văn Bình', 'Nguyễn Văn A', 'Nguyễn Văn A']);
    const byGiven = await run('recipient', 'list', '--kind', 'individual', '--sort', 'given-name', '--format', 'json');
    expect(JSON.parse(byGiven.stdout).map((r: { name: string }) => r.name)).toEqual(['Nguyễn Văn A', 'Nguyễn Văn A', 'Dương Thị Ánh', 'Đỗ Văn Bình', 'Bùi Văn Đức']);
  });
});
