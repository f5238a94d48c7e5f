import { describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli } from '../helpers.js';
import { FIXTURES, snapshot } from './support.js';

const inFixtures = { cwd: FIXTURES };

async function withDecision(): Promise<string> {
  const db = await demoRegistryFile({ history: false });
  const d = await runCli(['decision', 'add', '25/QĐ-UBND', '--date', '10/01/2022', '--body', 'ubnd-le-chan', '--capacity', 'CHỦ TỊCH'], { db });
  expect(d.code).toBe(0);
  return db;
}

describe('tdkt import: an annex shaped as clerks shape it', () => {
  it('sections set the kind, STT restarts, the footer ends the list, --decision and --ceremony fill every row (golden)', async () => {
    const db = await withDecision();
    const r = await runCli(['import', 'annex-sections.csv', '--decision', '25/QĐ-UBND', '--ceremony', 'le-chan-2022', '--no-strict'], { db, ...inFixtures, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => !l.startsWith('missing evidence') && !l.startsWith('  hint'))).toEqual([
      'annex-sections.csv: the columns «Nam», «Năm sinh» are not kept in the registry: ignored',
      'annex-sections.csv: the list ends at row 18 («Tổng cộng: 02 tập thể, 03 cá nhân, 01 hộ gia đình»); the 3 rows below it were not read',
      'row 13: the new collective «Trường Trung học cơ sở Trần Phú» is close to «Trường THCS Trần Phú» (truong-thcs-tran-phu) in the registry: if it is the same, write that name or reference',
      'Imported 6 award lines from annex-sections.csv (7 new and 0 existing recipients, 0 new and 1 existing decisions, 0 new and 1 existing bodies, 0 new and 1 existing ceremonies; 6 handed over at ceremonies).',
      '',
    ]);
    const list = await runCli(['award', 'list', '--decision', '25/QĐ-UBND', '--format', 'tsv'], { db });
    const rows = list.stdout
      .trim()
      .split('\n')
      .map((l) => {
        const c = l.split('\t');
        return [c[6], c[7], c[10], c[11], c[12], c[13], c[14]].join('|');
      });
    expect(rows).toEqual([
      'line_no|award_type|recipient_name|recipient_kind|unit_name|position|period',
      '1|GK|Tổ Ngữ văn|collective|Trường THCS Trần Phú||2021',
      '2|GK|Trạm Y tế phường Cát Dài|collective|||2021',
      '3|GK|Phạm Thị Thu|individual|Trường THCS Trần Phú|Giáo viên|2021',
      '4|GK|Trần Văn Khoa|individual|Trường Trung học cơ sở Trần Phú|Tổ trưởng chuyên môn|2021',
      '5|GK|Vũ Văn Bình|individual|UBND phường Cát Dài|Công chức địa chính|2021',
      '6|GK|Hộ ông Nguyễn Văn Sáu|household|||2021',
    ]);
    const roster = await runCli(['roster', 'le-chan-2022', '--format', 'tsv'], { db });
    expect(roster.stdout).toContain('Hộ ông Nguyễn Văn Sáu');
  });

  it('refuses a collective under «Họ và tên» with the candidates, and a name the registry has as another kind; nothing is written', async () => {
    const db = await withDecision();
    const before = snapshot(db);
    const csv = ['STT,Họ và tên,Đơn vị,Hình thức khen thưởng,Năm', '1,Trường THCS Trần Phú,,LĐTT,2021', '2,Ban Chỉ huy Quân sự quận Lê Chân,,Giấy khen,2021', '3,Trường Mầm non Sao Mai,,GK,2021', ''].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv', '--decision', 'ubnd-le-chan-2022-25'], { db, stdin: csv });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'tdkt: stdin: 3 of 3 rows cannot be imported; nothing was written',
      '  row 2, column «Họ và tên»: "Trường THCS Trần Phú" is in the registry as truong-thcs-tran-phu (tập thể), not as cá nhân: write its reference in recipient_ref, or correct the kind',
      '  row 3, column «Họ và tên»: "Ban Chỉ huy Quân sự quận Lê Chân" is in the registry as bch-quan-su (tập thể), not as cá nhân: write its reference in recipient_ref, or correct the kind',
      '  row 4, column «Họ và tên»: "Trường Mầm non Sao Mai" is the name of a collective, not of a person: give its kind (tập thể) in a «Loại đối tượng» column or under a section row such as "I. TẬP THỂ"',
    ]);
    expect(snapshot(db)).toBe(before);
  });

  it('award types by the names clerks write; --dry-run lists what it would create', async () => {
    const db = await withDecision();
    const csv = [
      'STT,Loại đối tượng,Tên đối tượng,Đơn vị,Hình thức khen thưởng,Năm',
      '1,cá nhân,Hà Văn Một,Phòng Nội vụ quận Lê Chân,LĐTT,2021',
      '2,cá nhân,Hà Văn Hai,Phòng Nội vụ quận Lê Chân,Danh hiệu Lao động tiên tiến,2021',
      '3,cá nhân,Hà Văn Ba,Phòng Nội vụ quận Lê Chân,CSTĐCS,2021',
      '4,tập thể,Tổ Hành chính,Phòng Nội vụ quận Lê Chân,TTLĐTT,2021',
      '5,cá nhân,Hà Văn Năm,Phòng Nội vụ quận Lê Chân,Giấy khen của Chủ tịch UBND quận,2021',
      '6,cá nhân,Hà Văn Sáu,Phòng Nội vụ quận Lê Chân,GK,2021',
      '',
    ].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv', '--decision', '25/QĐ-UBND', '--dry-run', '--no-strict'], { db, stdin: csv });
    expect(r.code).toBe(0);
    const tail = r.stderr.slice(r.stderr.indexOf('Dry run'));
    expect(tail).toBe(
      [
        'Dry run: all 6 rows of stdin can be imported (6 award lines; 6 new and 0 existing recipients, 0 new and 1 existing decisions, 0 new and 1 existing bodies, 0 new and 0 existing ceremonies); nothing was written.',
        'It would create:',
        '  row 2: recipient ha-van-mot «Hà Văn Một»',
        '  row 3: recipient ha-van-hai «Hà Văn Hai»',
        '  row 4: recipient ha-van-ba «Hà Văn Ba»',
        '  row 5: recipient to-hanh-chinh «Tổ Hành chính»',
        '  row 6: recipient ha-van-nam «Hà Văn Năm»',
        '  row 7: recipient ha-van-sau «Hà Văn Sáu»',
        '',
      ].join('\n'),
    );
  });

  it('a header that differs only in diacritics is another column: «Nam» is not «Năm»', async () => {
    const db = await withDecision();
    const csv = ['STT,Họ và tên,Nam,Hình thức khen thưởng', '1,Hà Văn Bảy,1980,GK', ''].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv', '--decision', '25/QĐ-UBND'], { db, stdin: csv });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'tdkt: stdin: the header row cannot be read; nothing was imported',
      '  row 1: missing column achievement_period («Thời gian đạt thành tích»): a year or a range of years, e.g. 2021',
      'hint: Accepted columns: line_no, decision_number, decision_date, issuing_body, award_type, recipient_kind, recipient_name, unit, position, achievement_period, achievement, commendation_kind, ceremony, decision_ref, body_ref, body_level, body_abbr, signer_name, signer_capacity, decision_summary, recipient_ref, unit_ref, ceremony_ref, ceremony_date, ceremony_place, ceremony_organiser, note, status, rating, discipline, discipline_date, discipline_decision, initiative, initiative_level, member_count, ldtt_count, cstdcs_count, completed_count (or their Vietnamese headers; see tdkt import --help).',
    ]);
  });

  it('thousands of unknown columns: one message with the count and the first few; --ignore-column skips one', async () => {
    const db = await withDecision();
    const extra = Array.from({ length: 3000 }, (_, i) => `Cột ${i + 1}`);
    const csv = [['STT', 'Họ và tên', 'Năm', 'Hình thức khen thưởng', ...extra].join(','), ['1', 'Hà Văn Tám', '2021', 'GK', ...extra.map(() => '')].join(','), ''].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv', '--decision', '25/QĐ-UBND'], { db, stdin: csv });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'tdkt: stdin: the header row cannot be read; nothing was imported',
      '  row 1: 3,000 unknown columns: «Cột 1» (column 5), «Cột 2» (column 6), «Cột 3» (column 7), «Cột 4» (column 8), «Cột 5» (column 9), …: rename them to the documented headers (tdkt import --help), pass --ignore-column for each, or delete them',
    ]);
    const one = ['STT,Họ và tên,Năm,Hình thức khen thưởng,Xếp hạng thi đua', '1,Hà Văn Tám,2021,GK,Nhất', ''].join('\n');
    const ok = await runCli(['import', '-', '--format', 'csv', '--decision', '25/QĐ-UBND', '--ignore-column', 'xep hang thi dua', '--no-strict'], { db, stdin: one });
    expect(ok.code).toBe(0);
  });

  it('the delimiter is the header line\'s, not the title\'s', async () => {
    const db = await withDecision();
    const csv = ['DANH SÁCH, kèm theo Quyết định số 25/QĐ-UBND', 'STT;Họ và tên;Năm;Hình thức khen thưởng', '1;Hà Văn Chín;2021;GK', ''].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv', '--decision', '25/QĐ-UBND', '--json', '--no-strict'], { db, stdin: csv });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).awards).toEqual({ created: 1, matched: 0 });
  });
});

describe('tdkt import: errors point at the right place', () => {
  it('an NDJSON field first seen on line 4 is reported on line 4, by its name', async () => {
    const db = await demoRegistryFile({ history: false });
    const line = (name: string, extra: Record<string, string> = {}) =>
      JSON.stringify({ decision_number: '41/QĐ-UBND', decision_date: '2022-02-10', issuing_body: 'ubnd-le-chan', award_type: 'GK', recipient_kind: 'cá nhân', recipient_name: name, achievement_period: '2021', ...extra });
    const ndjson = [line('Âu Văn Một'), line('Âu Văn Hai'), '', line('Âu Văn Ba', { huy_hieu: 'x' }), ''].join('\n');
    const before = snapshot(db);
    const r = await runCli(['import', '-', '--format', 'ndjson'], { db, stdin: ndjson });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'tdkt: stdin: a field cannot be read; nothing was imported',
      '  line 4, field «huy_hieu»: unknown column «huy_hieu»: rename it to one of the documented headers (tdkt import --help), pass --ignore-column "huy_hieu", or delete it',
    ]);
    expect(snapshot(db)).toBe(before);
  });
});
