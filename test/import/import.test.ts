import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/main.js';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { auditProblems, copyRegistry, count, FIXTURES, snapshot } from './support.js';

const inFixtures = { cwd: FIXTURES };

describe('tdkt import: files as clerks make them', () => {
  it('imports an Excel CSV (BOM, semicolons, CRLF, Vietnamese headers), matching and creating records', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', 'excel-semicolon-bom.csv'], { db, ...inFixtures });
    expect(r.code).toBe(0);
    const warnings = [
      'missing evidence: LDTT 2021 for Trần Thị B: no rating recorded for 2021 [ldtt-criteria; Art. 24, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set tran-thi-b --year 2021 --rating <rating>',
      'missing evidence: LDTT 2021 for Nguyễn Thị Hoa: no rating recorded for 2021 [ldtt-criteria; Art. 24, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set nguyen-thi-hoa --year 2021 --rating <rating>',
      'missing evidence: TTLDTT 2021 for Tổ Toán – Tin: no rating recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set to-toan-tin --year 2021 --rating <rating>',
      'missing evidence: TTLDTT 2021 for Tổ Toán – Tin: no member count recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence members set to-toan-tin --year 2021 --count <members> [--ldtt <n>]',
      'missing evidence: TTLDTT 2021 for Trường THCS Trần Phú: no rating recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set truong-thcs-tran-phu --year 2021 --rating <rating>',
      'missing evidence: TTLDTT 2021 for Trường THCS Trần Phú: no member count recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence members set truong-thcs-tran-phu --year 2021 --count <members> [--ldtt <n>]',
      '',
    ].join('\n');
    // The chain rules run on the lines written: their findings are warnings, before the summary.
    expect(r.stderr).toBe(
      warnings +
      'Imported 6 award lines from excel-semicolon-bom.csv (5 new and 2 existing recipients, 1 new and 0 existing decisions, 0 new and 1 existing bodies, 1 new and 0 existing ceremonies; 5 handed over at ceremonies).\n',
    );
    expect(r.stdout).toBe(
      ['entity\tcreated\tmatched', 'awards\t6\t0', 'presentations\t5\t0', 'recipients\t5\t2', 'decisions\t1\t0', 'bodies\t0\t1', 'ceremonies\t1\t0', ''].join('\n'),
    );
    const list = await runCli(['award', 'list', '--decision', '12/QĐ-UBND', '--format', 'csv'], { db });
    expect(list.stdout.split('\n').slice(1, 8)).toEqual([
      '63,ubnd-le-chan-2022-12,12/QĐ-UBND,2022-01-20,ubnd-le-chan,district,1,LDTT,Lao động tiên tiến,tran-thi-b,Trần Thị B,individual,Trường THCS Trần Phú,Hiệu trưởng,2021,2021,2021,Hoàn thành tốt nhiệm vụ năm học 2020 – 2021,regular,hoi-nghi-so-ket-6-thang-dau-nam-2022-2022-07-15,active',
      '64,ubnd-le-chan-2022-12,12/QĐ-UBND,2022-01-20,ubnd-le-chan,district,2,LDTT,Lao động tiên tiến,nguyen-thi-hoa,Nguyễn Thị Hoa,individual,Trường THCS Trần Phú,Giáo viên,2021,2021,2021,Hoàn thành tốt nhiệm vụ năm học 2020 – 2021,regular,hoi-nghi-so-ket-6-thang-dau-nam-2022-2022-07-15,active',
      '65,ubnd-le-chan-2022-12,12/QĐ-UBND,2022-01-20,ubnd-le-chan,district,3,GK,Giấy khen,pham-van-nam,Phạm Văn Nam,individual,Trường Tiểu học Nguyễn Trãi,Kế toán,2021,2021,2021,"Hoàn thành xuất sắc nhiệm vụ; tích cực trong phong trào ""Dạy tốt, học tốt""",regular,hoi-nghi-so-ket-6-thang-dau-nam-2022-2022-07-15,active',
      '66,ubnd-le-chan-2022-12,12/QĐ-UBND,2022-01-20,ubnd-le-chan,district,4,TTLDTT,Tập thể lao động tiên tiến,to-toan-tin,Tổ Toán – Tin,collective,Trường THCS Trần Phú,,2021,2021,2021,,regular,hoi-nghi-so-ket-6-thang-dau-nam-2022-2022-07-15,active',
      '67,ubnd-le-chan-2022-12,12/QĐ-UBND,2022-01-20,ubnd-le-chan,district,5,TTLDTT,Tập thể lao động tiên tiến,truong-thcs-tran-phu,Trường THCS Trần Phú,collective,,,2021,2021,2021,,regular,hoi-nghi-so-ket-6-thang-dau-nam-2022-2022-07-15,active',
      "68,ubnd-le-chan-2022-12,12/QĐ-UBND,2022-01-20,ubnd-le-chan,district,6,GK,Giấy khen,ho-ong-le-van-tu,Hộ ông Lê Văn Tư,household,,,2021,2021,2021,'- Tích cực hiến đất mở rộng ngõ phố,sudden,,active",
      '',
    ]);
    const people = await runCli(['recipient', 'list', '--search', 'nguyen trai', '--format', 'tsv'], { db });
    expect(people.stdout).toBe('ref\tkind\tname\tunit\tunit_name\tposition\tplace\tnote\ntruong-tieu-hoc-nguyen-trai\tcollective\tTrường Tiểu học Nguyễn Trãi\t\t\t\t\t\n');
    expect(await auditProblems(db)).toEqual([]);
  });

  it('imports an XLSX annex laid out as clerks do (title rows, (1)…(n) row, date cells), from the first sheet', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', 'annex.xlsx', '--json'], { db, ...inFixtures });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'annex.xlsx',
      dry_run: false,
      rows: 3,
      awards: { created: 3, matched: 0 },
      presentations: { created: 0, matched: 0 },
      recipients: { created: 2, matched: 1 },
      decisions: { created: 1, matched: 0 },
      bodies: { created: 0, matched: 1 },
      ceremonies: { created: 0, matched: 0 },
      evidence: { ratings: 0, disciplines: 0, initiatives: 0, members: 0 },
      findings: { error: 0, warning: 0, missing: 0 },
    });
    const list = await runCli(['award', 'list', '--decision', '15/QĐ-UBND', '--format', 'tsv'], { db });
    expect(list.stdout.split('\n').map((l) => l.split('\t').slice(2, 15).join('|'))).toEqual([
      'decision_symbol|decision_date|body|body_level|line_no|award_type|award_type_name|recipient|recipient_name|recipient_kind|unit_name|position|period',
      '15/QĐ-UBND|2022-01-25|ubnd-le-chan|district|1|GK|Giấy khen|vu-thi-g|Vũ Thị G|individual|Trung tâm Y tế quận Lê Chân|Điều dưỡng|2021',
      '15/QĐ-UBND|2022-01-25|ubnd-le-chan|district|2|GK|Giấy khen|hoang-minh-tuan|Hoàng Minh Tuấn|individual|Phòng Nội vụ quận Lê Chân|Chuyên viên|2021',
      '15/QĐ-UBND|2022-01-25|ubnd-le-chan|district|3|GK|Giấy khen|do-thi-lan|Đỗ Thị Lan|individual|Trường Mầm non Hoa Sen|Giáo viên|2021',
      '',
    ]);
    const other = await runCli(['import', 'annex.xlsx', '--sheet', 'Bảng khác'], { db, ...inFixtures });
    expect(other.code).toBe(1);
    expect(other.stderr).toBe('tdkt: annex.xlsx has no sheet named «Bảng khác»\nhint: Its sheets: «Danh sách», «Ghi chú».\n');
  });

  it('--dry-run reports what would be created and matched, and writes nothing', async () => {
    const db = await demoRegistryFile({ history: false });
    const before = snapshot(db);
    const r = await runCli(['import', 'excel-semicolon-bom.csv', '--dry-run'], { db, ...inFixtures });
    expect(r.code).toBe(0);
    const warnings = [
      'missing evidence: LDTT 2021 for Trần Thị B: no rating recorded for 2021 [ldtt-criteria; Art. 24, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set tran-thi-b --year 2021 --rating <rating>',
      'missing evidence: LDTT 2021 for Nguyễn Thị Hoa: no rating recorded for 2021 [ldtt-criteria; Art. 24, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set nguyen-thi-hoa --year 2021 --rating <rating>',
      'missing evidence: TTLDTT 2021 for Tổ Toán – Tin: no rating recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set to-toan-tin --year 2021 --rating <rating>',
      'missing evidence: TTLDTT 2021 for Tổ Toán – Tin: no member count recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence members set to-toan-tin --year 2021 --count <members> [--ldtt <n>]',
      'missing evidence: TTLDTT 2021 for Trường THCS Trần Phú: no rating recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence rating set truong-thcs-tran-phu --year 2021 --rating <rating>',
      'missing evidence: TTLDTT 2021 for Trường THCS Trần Phú: no member count recorded for 2021 [ttldtt-criteria; Art. 28, Law 15/2003/QH11]',
      '  hint: Record it: tdkt evidence members set truong-thcs-tran-phu --year 2021 --count <members> [--ldtt <n>]',
      '',
    ].join('\n');
    expect(r.stderr).toBe(
      warnings +
      'Dry run: all 6 rows of excel-semicolon-bom.csv can be imported (6 award lines; 5 new and 2 existing recipients, 1 new and 0 existing decisions, 0 new and 1 existing bodies, 1 new and 0 existing ceremonies); nothing was written.\n' +
        [
          'It would create:',
          '  row 2: decision ubnd-le-chan-2022-12 «12/QĐ-UBND»',
          '  row 2: ceremony hoi-nghi-so-ket-6-thang-dau-nam-2022-2022-07-15 «Hội nghị sơ kết 6 tháng đầu năm 2022»',
          '  row 3: recipient nguyen-thi-hoa «Nguyễn Thị Hoa»',
          '  row 4: recipient truong-tieu-hoc-nguyen-trai «Trường Tiểu học Nguyễn Trãi»',
          '  row 4: recipient pham-van-nam «Phạm Văn Nam»',
          '  row 5: recipient to-toan-tin «Tổ Toán – Tin»',
          '  row 7: recipient ho-ong-le-van-tu «Hộ ông Lê Văn Tư»',
          '',
        ].join('\n'),
    );
    expect(r.stdout.split('\n')[1]).toBe('awards\t6\t0');
    expect(snapshot(db)).toBe(before);
  });

  it('reads stdin with -, and JSON and NDJSON', async () => {
    const db = await demoRegistryFile({ history: false });
    const line = {
      decision_number: '30/QĐ-UBND',
      decision_date: '2022-02-01',
      issuing_body: 'ubnd-le-chan',
      award_type: 'GK',
      recipient_kind: 'individual',
      recipient_name: 'Lương Văn Mới',
      unit: 'phong-noi-vu',
      achievement_period: 2021,
      line_no: 1,
    };
    const json = await runCli(['import', '-', '--format', 'json'], { db, stdin: JSON.stringify([line]) });
    expect(json.code).toBe(0);
    const nd = JSON.stringify({ ...line, line_no: 2, recipient_name: 'Lương Thị Hai' }) + '\n\n' + JSON.stringify({ ...line, line_no: 3, recipient_name: 'Lương Văn Ba' }) + '\n';
    const ndjson = await runCli(['import', '-', '--format', 'ndjson'], { db, stdin: nd });
    expect(ndjson.code).toBe(0);
    const list = await runCli(['award', 'list', '--decision', '30/QĐ-UBND', '--json'], { db });
    expect(JSON.parse(list.stdout).map((a: any) => [a.line_no, a.recipient, a.unit_name])).toEqual([
      [1, 'luong-van-moi', 'Phòng Nội vụ quận Lê Chân'],
      [2, 'luong-thi-hai', 'Phòng Nội vụ quận Lê Chân'],
      [3, 'luong-van-ba', 'Phòng Nội vụ quận Lê Chân'],
    ]);
    const cut = await runCli(['import', '-', '--format', 'json'], { db, stdin: JSON.stringify([line]).slice(0, -1) });
    expect(cut.code).toBe(1);
    expect(cut.stderr).toBe(
      'tdkt: stdin is not a JSON array of objects: it ends before the closing ] after element 1 (the file looks truncated); nothing was imported\nhint: Expected [{"decision_number": "05/QĐ-UBND", …}, …] as tdkt export awards --format json writes; use .ndjson for one object per line.\n',
    );
  });
});

describe('tdkt import: bad files are refused whole, and nothing is written', () => {
  it('reports every bad row (row, column, value, what, expected), exit 1, registry unchanged', async () => {
    const db = await demoRegistryFile({ history: false });
    // Two namesakes without a unit in the file: the row naming them is ambiguous.
    await runCli(['recipient', 'add', 'Nguyễn Văn Hùng', '--kind', 'individual', '--unit', 'phong-noi-vu'], { db });
    await runCli(['recipient', 'add', 'Nguyễn Văn Hùng', '--kind', 'individual', '--unit', 'cong-an-quan'], { db });
    const before = snapshot(db);
    const errors = join(tempDir(), 'bad.csv');
    const r = await runCli(['import', 'bad-rows.csv', '--errors', errors], { db, ...inFixtures });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `The 18 bad rows, with the reason, are in ${errors}`,
        'tdkt: bad-rows.csv: 18 of 19 rows cannot be imported; nothing was written',
        '  row 3, column «Ngày quyết định»: "31/02/2022" is not a real calendar date',
        '  row 4, column «Số quyết định»: "QĐ 20" is not a decision number: expected number/QĐ-ISSUER, e.g. 215/QĐ-UBND or 722/QĐ-TTg',
        '  row 5, column «Hình thức khen thưởng»: "Huân chương Mặt Trăng" is not an award type: write its code or its Vietnamese name, e.g. GK or Giấy khen (tdkt award-type list)',
        '  row 6, column «Loại đối tượng»: TTLDTT (Tập thể lao động tiên tiến) goes to collective (tập thể) only; Trần Văn Tập is an individual [recipient-kind; Art. 28, Law 15/2003/QH11]',
        '  row 7, column «Cơ quan ban hành»: UBND quận Lê Chân (level district) may not confer BK_TTG; it is conferred at level government [conferring-level; Art. 77–80, Law 15/2003/QH11]',
        "  row 8, column «Năm»: the achievement period 2023 ends after the decision's year 2022 [achievement-period; Art. 19–20]",
        '  row 9, column «Năm»: LDTT is an annual title: give one year, e.g. 2021 [achievement-period; Art. 19–20]',
        '  row 10, column «Cơ quan ban hành»: UBND quận Lê Chân (level district) may not confer TTLDXS; it is conferred at level province [conferring-level; Art. 77–80, Law 15/2003/QH11]',
        '  row 10, column «Năm»: UBND phường Cát Dài already holds TTLDXS for 2021 (decision 3987/QĐ-UBND, ubnd-hp-2021-3987): an annual title is conferred at most once per recipient and year [one-annual-title; Art. 19–20; Art. 5.2, Law 06/2022/QH15]',
        '  row 11, column «Năm»: Nguyễn Văn Tốt already holds LDTT for 2021 (row 2 of this file): an annual title is conferred at most once per recipient and year [one-annual-title; Art. 19–20; Art. 5.2, Law 06/2022/QH15]',
        '  row 12, column «STT»: line 1 of decision 20/QĐ-UBND is already on row 2 of this file',
        '  row 13, column «Số quyết định»: is empty: expected the number and symbol of the decision, e.g. 05/QĐ-UBND',
        '  row 14, column «Cơ quan ban hành»: no body matches "Sở Nội vụ thành phố Hải Phòng": add it first (tdkt body add), or give body_level (and body_abbr) to create it',
        '  row 15, column «Số quyết định»: Decision 22/QĐ-TTg does not carry the abbreviation of UBND quận Lê Chân (UBND) [decision-number; Decree 30/2020/NĐ-CP (number and symbol of a document)]',
        '  row 16, column «Loại đối tượng»: "đơn vị" is not a recipient kind: expected collective, individual, household (or tập thể, cá nhân, hộ gia đình)',
        '  row 17, column «Chức vụ»: only an individual has a position; "Tổ Văn" is tập thể: leave the position empty',
        '  row 18, column «Tên đối tượng»: "Nguyễn Văn Hùng" matches 2 recipients: nguyen-van-hung (Phòng Nội vụ quận Lê Chân), nguyen-van-hung-2 (Công an quận Lê Chân) — give the unit, or the recipient_ref',
        '  row 19, column «Buổi lễ»: decision 20/QĐ-UBND of 28/01/2022 is after the ceremony Hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua năm 2022 (17/01/2022): an award is handed over after it is decided',
        '  row 20: has 12 cells but the header names 11 columns: a value is outside the table (a delimiter inside an unquoted value?)',
        'hint: Fix the rows and import the whole file again (all or nothing); --errors <file> writes the bad rows with a reason column.',
        '',
      ].join('\n'),
    );
    expect(snapshot(db)).toBe(before);
    const lines = readFileSync(errors, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFreason,source_row,STT,Số quyết định,Ngày quyết định,Cơ quan ban hành,Hình thức khen thưởng,Loại đối tượng,Tên đối tượng,Đơn vị,Chức vụ,Năm,Buổi lễ');
    expect(lines[1]).toBe('"«Ngày quyết định»: ""31/02/2022"" is not a real calendar date",3,2,20/QĐ-UBND,31/02/2022,UBND quận Lê Chân,Lao động tiên tiến,cá nhân,Trần Văn Ngày,,,2021,');
    expect(lines.length).toBe(20);
  });

  it('a fixed errors file imports as it is: reason and source_row are skipped', async () => {
    const db = await demoRegistryFile({ history: false });
    const errors = join(tempDir(), 'bad.csv');
    await runCli(['import', 'bad-rows.csv', '--errors', errors], { db, ...inFixtures });
    const fixed = readFileSync(errors, 'utf8').split('\r\n').slice(0, 2).join('\r\n').replace(',31/02/2022,', ',28/02/2022,') + '\r\n';
    const path = join(tempDir(), 'fixed.csv');
    writeFileSync(path, fixed);
    const r = await runCli(['import', path], { db });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('awards\t1\t0');
  });

  it('a line number already taken in the registry, and a line the unique index refuses', async () => {
    const db = await demoRegistryFile({ history: false });
    const csv = 'decision_number,decision_date,issuing_body,award_type,recipient_kind,recipient_name,achievement_period,line_no\n05/QĐ-UBND,2022-01-10,ubnd-le-chan,GK,individual,Lê Văn Mới,2021,1\n';
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: csv });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'tdkt: stdin: 1 of 1 rows cannot be imported; nothing was written',
      '  row 2, column «line_no»: line 1 of decision 05/QĐ-UBND is already taken (award #45)',
    ]);
  });

  const refused: [string, string][] = [
    ['empty.csv', 'tdkt: empty.csv is empty: nothing to import\nhint: Start from the template: tdkt import --template csv > annex.csv\n'],
    ['header-only.csv', 'tdkt: header-only.csv has no award lines below its header: nothing to import\nhint: Add one row per award line under the header row.\n'],
    [
      'truncated.csv',
      'tdkt: truncated.csv ends inside a quoted field opened on line 3: the file looks truncated; nothing was imported\nhint: Export the file again from the spreadsheet, or close the quote (") of the last field.\n',
    ],
    [
      'windows-1258.csv',
      'tdkt: windows-1258.csv is not UTF-8: byte 0xF4 at offset 5 (line 1) is not valid UTF-8 — probably Windows-1258, TCVN3 or VNI; nothing was imported\nhint: Save the file as UTF-8: in Excel, File → Save As → "CSV UTF-8 (Comma delimited)"; or convert it with iconv -f CP1258 -t UTF-8.\n',
    ],
    [
      'utf16.csv',
      'tdkt: utf16.csv is UTF-16 (Excel\'s "Unicode Text"); nothing was imported\nhint: Save the file as UTF-8: in Excel, File → Save As → "CSV UTF-8 (Comma delimited)"; or convert it with iconv -f CP1258 -t UTF-8.\n',
    ],
  ];
  for (const [file, stderr] of refused) {
    it(`refuses ${file} with a clear message, exit 1, registry unchanged`, async () => {
      const db = await demoRegistryFile({ history: false });
      const before = snapshot(db);
      const r = await runCli(['import', file], { db, ...inFixtures });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(stderr);
      expect(snapshot(db)).toBe(before);
    });
  }

  it('unknown and missing columns are named before any row is read', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: 'Số quyết định,Ngày quyết định,Họ và tên,Huy hiệu\n05/QĐ-UBND,10/01/2022,Lê Văn A,x\n' });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 6)).toEqual([
      'tdkt: stdin: the header row cannot be read; nothing was imported',
      '  row 1, column 4: unknown column «Huy hiệu»: rename it to one of the documented headers (tdkt import --help), pass --ignore-column "Huy hiệu", or delete it',
      '  row 1: missing column issuing_body («Cơ quan ban hành»): body that signed the decision: its reference or its name, e.g. UBND quận Lê Chân',
      '  row 1: missing column award_type («Hình thức khen thưởng»): award type: its code or its Vietnamese name, e.g. Giấy khen',
      '  row 1: missing column achievement_period («Thời gian đạt thành tích»): a year or a range of years, e.g. 2021',
      'hint: Accepted columns: line_no, decision_number, decision_date, issuing_body, award_type, recipient_kind, recipient_name, unit, position, achievement_period, achievement, commendation_kind, ceremony, decision_ref, body_ref, body_level, body_abbr, signer_name, signer_capacity, decision_summary, recipient_ref, unit_ref, ceremony_ref, ceremony_date, ceremony_place, ceremony_organiser, note, status, rating, discipline, discipline_date, discipline_decision, initiative, initiative_level, member_count, ldtt_count, cstdcs_count, completed_count (or their Vietnamese headers; see tdkt import --help).',
    ]);
  });

  it('usage errors (exit 2) open nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'never.sqlite');
    expect((await runCli(['import'], { db })).code).toBe(2);
    const r = await runCli(['import', 'missing.csv'], { db, ...inFixtures });
    expect(r.stderr).toBe('tdkt: no file "missing.csv"\nRun with --help for usage.\n');
    const ods = await runCli(['import', 'annex.ods'], { db, ...inFixtures });
    expect(ods.stderr).toBe('tdkt: cannot tell the format of "annex.ods" from its extension: pass --format csv, tsv, xlsx, json or ndjson\nRun with --help for usage.\n');
    const s = await runCli(['import', '-'], { db });
    expect(s.stderr).toBe('tdkt: reading stdin needs --format (csv, tsv, xlsx, json or ndjson)\nRun with --help for usage.\n');
    expect(existsSync(db)).toBe(false);
  });
});

describe('tdkt import: audit trail and bodies', () => {
  it('creates a body only with its level, audits every created row in the one hash chain', async () => {
    const db = await demoRegistryFile({ history: false });
    const csv = [
      'decision_number,decision_date,issuing_body,body_level,award_type,recipient_kind,recipient_name,achievement_period,ceremony,ceremony_date,ceremony_organiser',
      '101/QĐ-SNV,2022-03-01,Sở Nội vụ thành phố Hải Phòng,unit,Giấy khen,cá nhân,Trần Thị Sở,2021,Gặp mặt đầu xuân 2022,2022-03-05,Sở Nội vụ thành phố Hải Phòng',
      '',
    ].join('\n');
    const events = count(db, 'audit_event');
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: csv });
    expect(r.code).toBe(0);
    const bodies = await runCli(['body', 'list', '--format', 'tsv'], { db });
    expect(bodies.stdout.split('\n')).toContain('so-noi-vu-thanh-pho-hai-phong\tSở Nội vụ thành phố Hải Phòng\tunit\tSNV\t\t\t');
    // body, decision, recipient, ceremony, award, presentation
    expect(count(db, 'audit_event') - events).toBe(6);
    expect(await auditProblems(db)).toEqual([]);
  });
});

describe('tdkt import on a terminal', () => {
  it('draws a progress bar on stderr (rows, rate, percentage), and none when piped', async () => {
    const db = await demoRegistryFile({ history: false });
    const tty = await runCli(['import', 'excel-semicolon-bom.csv', '--dry-run'], { db, tty: true, ...inFixtures });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/Importing .*\d+% \| 0 rows \| 0 rows\/s \| ETA/);
    expect(tty.stderr).toContain('nothing was written.\nIt would create:\n');
    const piped = await runCli(['import', 'excel-semicolon-bom.csv', '--dry-run'], { db, ...inFixtures });
    expect(piped.stderr).not.toContain('Importing');
  });

  it('--help describes the commands with examples', async () => {
    // Built with every command loaded (later versions load only the invoked one unless asked for all).
    const build = buildProgram as unknown as (io: unknown, opts: unknown) => { program: Command } | Promise<{ program: Command }>;
    const { program } = await build(bufferIO(), { all: true });
    const find = (names: string[]) => names.reduce<Command>((c, n) => c.commands.find((s) => s.name() === n)!, program);
    for (const path of [['import'], ['export'], ['export', 'awards'], ['export', 'recipients'], ['export', 'roster'], ['export', 'counts']]) {
      const cmd = find(path);
      let text = '';
      cmd.configureOutput({ writeOut: (s) => (text += s) });
      cmd.outputHelp();
      expect(cmd.description().length).toBeGreaterThan(20);
      expect(text).toContain('Examples:\n  $ tdkt ');
    }
  });
});
