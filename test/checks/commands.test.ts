import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import { findingsForLines } from '../../src/core/checks/run.js';
import { runCli } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';
import { expectGolden, ruleRegistry, transcript } from './load.js';

async function count(db: string, table: 'award' | 'audit_event'): Promise<number> {
  const reg = await openRegistry(registryTarget(db), { readOnly: true });
  const { n } = await reg.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  await reg.close();
  return Number(n);
}

describe('tdkt settings', () => {
  it('lists, sets, gets and unsets settings; refuses bad values and unknown keys', async () => {
    const db = await ruleRegistry('ldtt-criteria');
    const before = await runCli(['settings', 'list'], { db });
    expect(before.stdout).toBe(
      [
        'key\tvalue\tset\tdefault\tdescribe',
        'award.strict\tfalse\tfalse\tfalse\taward add (and import) refuse a line with findings of the chain rules instead of warning',
        'awards.complete-from\t\tfalse\t\tfirst year from which the registry holds every award of its recipients; a missing title before it is missing evidence, not a failure',
        'quota.cstdcs-share\t\tfalse\t\tcap on CSTDCS as a percentage of the LDTT of a unit in a year (decisions of Decree 91/2017 are capped at 15% whatever this says)',
        '',
      ].join('\n'),
    );
    expect(await runCli(['settings', 'set', 'quota.cstdcs-share', '15%'], { db })).toEqual({ code: 0, stdout: '', stderr: 'quota.cstdcs-share = 15\n' });
    expect((await runCli(['settings', 'get', 'quota.cstdcs-share'], { db })).stdout).toBe('15\n');
    expect(await runCli(['settings', 'set', 'quota.cstdcs-share', 'many'], { db })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tdkt: Cannot set quota.cstdcs-share: "many" is not a percentage between 0 and 100, e.g. 15\nhint: e.g. tdkt settings set quota.cstdcs-share 15\n',
    });
    expect((await runCli(['settings', 'get', 'quota.cap'], { db })).stderr).toBe(
      'tdkt: No setting "quota.cap"\nhint: Settings are: award.strict, awards.complete-from, quota.cstdcs-share\n',
    );
    expect((await runCli(['settings', 'unset', 'quota.cstdcs-share'], { db })).stderr).toBe('quota.cstdcs-share is unset (default: none)\n');
    expect((await runCli(['settings', 'get', 'quota.cstdcs-share'], { db })).stdout).toBe('\n');
  });
});

describe('award add runs the chain rules for the line it writes', () => {
  const add = ['award', 'add', '-d', 'ubnd-quan-2024-1201', '-r', 'le-van-cuong', '-t', 'CSTDCS', '-p', '2024'];

  it('warns on stderr and writes the line', async () => {
    const db = await ruleRegistry('cstdcs-chain', { withoutJudged: true });
    const r = await runCli(add, { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('5\n');
    expect(r.stderr).toBe(
      [
        'missing evidence: CSTDCS 2024 for Lê Văn Cường: no rating recorded for 2024, and no initiative recognised in 2024 [cstdcs-chain; Art. 23, Law 06/2022/QH15]',
        '  hint: Record it: tdkt evidence rating set le-van-cuong --year 2024 --rating <rating>',
        'Added award #5: CSTDCS to Lê Văn Cường (2024) in 1201/QĐ-UBND',
        '',
      ].join('\n'),
    );
  });

  it('with --strict refuses and writes nothing', async () => {
    const db = await ruleRegistry('cstdcs-chain', { withoutJudged: true });
    const [awards, events] = [await count(db, 'award'), await count(db, 'audit_event')];
    const r = await runCli([...add, '--strict'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'tdkt: Refused: the rules of the law found 1 problem with the line; nothing was written',
        '  cstdcs-chain: CSTDCS 2024 for Lê Văn Cường: no rating recorded for 2024, and no initiative recognised in 2024 (Art. 23, Law 06/2022/QH15)',
        'hint: Record the missing evidence first (tdkt evidence …), or write without --strict (setting award.strict).',
        '',
      ].join('\n'),
    );
    expect([await count(db, 'award'), await count(db, 'audit_event')]).toEqual([awards, events]);
  });

  it('the setting award.strict makes it strict; --no-strict overrides the setting', async () => {
    const db = await ruleRegistry('cstdcs-chain', { withoutJudged: true });
    await runCli(['settings', 'set', 'award.strict', 'yes'], { db });
    expect((await runCli(add, { db })).code).toBe(1);
    const r = await runCli([...add, '--no-strict'], { db });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'missing evidence: CSTDCS 2024 for Lê Văn Cường: no rating recorded for 2024, and no initiative recognised in 2024 [cstdcs-chain; Art. 23, Law 06/2022/QH15]',
    );
  });

  it('a line that meets its chain is written without a word of warning', async () => {
    const db = await ruleRegistry('cstdcs-chain', { withoutJudged: true });
    const r = await runCli(['award', 'add', '-d', 'ubnd-quan-2024-1201', '-r', 'nguyen-van-an', '-t', 'CSTDCS', '-p', '2024', '--strict'], { db });
    expect([r.code, r.stderr]).toEqual([0, 'Added award #5: CSTDCS to Nguyễn Văn An (2024) in 1201/QĐ-UBND\n']);
  });

  it('findingsForLines judges given lines with the rules run on write (what import calls)', async () => {
    const db = await ruleRegistry('cstdcs-chain');
    const reg = await openRegistry(registryTarget(db), { readOnly: true });
    const findings = await findingsForLines(reg.db, [6, 7, 8, 9]);
    await reg.close();
    expect(findings.map((f) => [f.award_id, f.rule, f.severity])).toEqual([
      [7, 'cstdcs-chain', 'error'],
      [8, 'cstdcs-chain', 'missing'],
    ]);
  });
});

describe('tdkt check', () => {
  it('reports as JSON for scripts', async () => {
    const db = await ruleRegistry('under-discipline');
    const argv = ['check', '--json'];
    const r = await runCli(argv, { db });
    expect(r.code).toBe(3);
    expectGolden('under-discipline.check.json', transcript(argv, r));
  });

  it('shows a table on a terminal, grouped by record', async () => {
    const db = await ruleRegistry('ttldtt-criteria');
    const argv = ['check', '--rule', 'ttldtt-criteria'];
    const r = await runCli(argv, { db, tty: true, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(3);
    expectGolden('ttldtt-criteria.check.table.txt', transcript(argv, r));
  });

  it('exits 0 with the header when nothing is found', async () => {
    const db = await ruleRegistry('under-discipline');
    const r = await runCli(['check', '--rule', 'under-discipline', '--recipient', 'nguyen-van-an'], { db });
    expect(r).toEqual({
      code: 0,
      stdout: 'severity\trule\trecord\taward_id\tdecision\tdecision_symbol\tline_no\trecipient\trecipient_name\taward_type\tyear\tmessage\tarticle\thint\tregime\n',
      stderr: 'No findings: 1 award line checked by 1 rule.\n',
    });
  });

  it('filters by year, recipient, rule and severity', async () => {
    const db = await ruleRegistry('cstdcs-chain');
    const byYear = await runCli(['check', '--year', '2021', '--json'], { db });
    // Em's CSTDCS 2021 fails its chain, and as the only CSTDCS of a unit whose registry holds one LDTT it
    // also exceeds the 15% cap of Decree 91/2017.
    expect((JSON.parse(byYear.stdout) as { record: string; rule: string }[]).map((f) => `${f.record} ${f.rule}`)).toEqual([
      'award #2 cstdcs-chain',
      'unit truong-minh-khai 2021 cstdcs-quota',
    ]);
    const byWho = await runCli(['check', '--recipient', 'pham thi dung', '--json'], { db });
    // Dung has no LDTT decision, but her rating meets the LDTT standard that Art. 23 asks for.
    expect((JSON.parse(byWho.stdout) as { message: string }[]).map((f) => f.message)).toEqual([]);
    const missing = await runCli(['check', '--rule', 'cstdcs-chain', '--severity', 'missing', '--json'], { db });
    expect((JSON.parse(missing.stdout) as { recipient: string }[]).map((f) => f.recipient)).toEqual(['le-van-cuong']);
  });

  it('names the rules it knows when given another (exit 1), and a bad severity is a usage error (exit 2)', async () => {
    const db = await ruleRegistry('under-discipline');
    const r = await runCli(['check', '--rule', 'cstdcs'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'tdkt: No rule "cstdcs"\nhint: Rules are: recipient-kind, conferring-level, signing-level, achievement-period, one-annual-title, one-achievement-one-award, one-achievement-other-body, ldtt-criteria, cstdcs-chain, cstdbt-chain, cstdtq-chain, bkbt-chain, bkttg-chain, hcld3-chain, ttldtt-criteria, ttldxs-criteria, ctdbt-flag, ctdcp-flag, cstdcs-quota, under-discipline (tdkt rules)\n',
    );
    expect(await runCli(['check', '--severity', 'fatal'], { db })).toEqual({
      code: 2,
      stdout: '',
      stderr: "tdkt: error: option '-s, --severity <severity>' argument 'fatal' is invalid. use one of error, warning, missing\n(run with --help for usage)\n",
    });
  });

  it('lists the rules without opening a registry', async () => {
    const argv = ['rules', '--format', 'md'];
    const r = await runCli(argv, { db: '/nonexistent/dir/never.sqlite' });
    expect(r.code).toBe(0);
    expectGolden('rules.md', r.stdout);
    expect((await runCli(['check', '--list', '--format', 'md'], { db: '/nonexistent/dir/never.sqlite' })).stdout).toBe(r.stdout);
  });
});

describe('tdkt eligible', () => {
  it('needs --year, knows its chains, and judges by the law of the decision date', async () => {
    const db = await ruleRegistry('bkbt-chain', { withoutJudged: true });
    expect((await runCli(['eligible', 'BK_BT'], { db })).stderr).toBe('tdkt: missing --year: pass the achievement year, e.g. --year 2021\nRun with --help for usage.\n');
    expect((await runCli(['eligible', 'KNC', '--year', '2024'], { db })).stderr).toBe(
      'tdkt: No prerequisite chain is encoded for KNC\nhint: eligible knows LDTT, CSTDCS, CSTDBT, CSTDTQ, BK_BT, BK_TTG, HC_LD_3, TTLDTT, TTLDXS, CTDBT, CTDCP\n',
    );
    // Art. 75.2: the criteria of Giấy khen are each ministry's and province's own.
    expect((await runCli(['eligible', 'GK', '--year', '2024'], { db })).stderr).toBe(
      'tdkt: The criteria of GK are set by each ministry, sector and province for the bodies it manages (Art. 75.2, Law 06/2022/QH15): tdkt does not judge them\n' +
        "hint: Judge the nominations by your ministry's or province's rules; tdkt check still judges the lines' level, period and duplicates.\n",
    );
    expect((await runCli(['eligible', 'BK_BT', '--year', '2023', '--date', '2023-12-20'], { db })).stderr).toBe(
      'tdkt: The BK_BT chain is encoded for Law 06/2022/QH15 (decisions from 01/01/2024) only; a decision dated 20/12/2023 falls under Law 15/2003/QH11\nhint: Give the date of the decision being prepared with --date, e.g. --date 2024-12-15\n',
    );
  });

  it('returns arrays of evidence in JSON', async () => {
    const db = await ruleRegistry('ldtt-criteria', { withoutJudged: true });
    const r = await runCli(['eligible', 'ldtt', '--year', '2024', '--unit', 'truong minh khai', '--json'], { db });
    expect(JSON.parse(r.stdout)).toEqual([
      {
        status: 'eligible',
        recipient: 'nguyen-van-an',
        recipient_name: 'Nguyễn Văn An',
        unit: 'truong-minh-khai',
        unit_name: 'Trường THCS Minh Khai',
        award_type: 'LDTT',
        year: 2024,
        article: 'Art. 24, Law 06/2022/QH15',
        regime: 'law2022-nd152',
        route: [],
        closest_route: null,
        lacks: null,
        quota_left: null,
        qualifies: ['rated good in 2024', 'no discipline recorded in 2024'],
        missing: [],
      },
      {
        status: 'missing-evidence',
        recipient: 'le-van-cuong',
        recipient_name: 'Lê Văn Cường',
        unit: 'truong-minh-khai',
        unit_name: 'Trường THCS Minh Khai',
        award_type: 'LDTT',
        year: 2024,
        article: 'Art. 24, Law 06/2022/QH15',
        regime: 'law2022-nd152',
        route: [],
        closest_route: null,
        lacks: null,
        quota_left: null,
        qualifies: ['no discipline recorded in 2024'],
        missing: ['no rating recorded for 2024'],
      },
    ]);
  });
});

describe('docs/law.md', () => {
  it('holds the rules table the program prints in English (npm run docs:law copies it in)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/law.md', import.meta.url), 'utf8');
    const block = /<!-- rules:begin -->\n([\s\S]*?)<!-- rules:end -->/.exec(doc);
    const r = await runCli(['--lang', 'en', 'rules', '--format', 'md'], { env: { TDKT_LANG: 'vi' } });
    expect(block?.[1]).toBe(r.stdout);
  });
});

describe('eligible CSTDCS and the quota', () => {
  it('says how many places the unit has left under the cap, once its LDTT count is declared', async () => {
    const db = await ruleRegistry('cstdcs-chain', { withoutJudged: true });
    const rows = async () =>
      (JSON.parse((await runCli(['eligible', 'CSTDCS', '--year', '2024', '--date', '2024-12-20', '--json'], { db })).stdout) as { recipient: string; quota_left: number | null }[]).map(
        (r) => [r.recipient, r.quota_left],
      );
    // No cap set, and no declared count: nothing to count against.
    expect(new Set((await rows()).map(([, q]) => q))).toEqual(new Set([null]));
    expect((await runCli(['settings', 'set', 'quota.cstdcs-share', '20'], { db })).code).toBe(0);
    expect((await runCli(['evidence', 'members', 'set', 'truong-minh-khai', '--year', '2024', '--count', '20', '--ldtt', '10'], { db })).code).toBe(0);
    // 20% of 10 LDTT: 2 places, none taken yet for 2024.
    expect(new Set((await rows()).map(([, q]) => q))).toEqual(new Set([2]));
  });

  it('names the route by which each requirement with alternatives was met', async () => {
    const db = await ruleRegistry('cstdcs-chain', { withoutJudged: true });
    const r = await runCli(['eligible', 'CSTDCS', '--year', '2024', '--date', '2024-12-20', '--json'], { db });
    const routes = Object.fromEntries((JSON.parse(r.stdout) as { recipient: string; status: string; route: string[] }[]).filter((x) => x.status === 'eligible').map((x) => [x.recipient, x.route]));
    // An: an LDTT decision and an excellent rating; Dung: no LDTT decision, the standard met by her rating.
    expect(routes['nguyen-van-an']).toEqual(['the LDTT standard in 2024: LDTT 2024', 'rated excellent or an initiative in 2024: rated excellent in 2024']);
    expect(routes['pham-thi-dung']).toEqual(['the LDTT standard in 2024: rated good or better in 2024', 'rated excellent or an initiative in 2024: rated excellent in 2024']);
  });
});

describe('the law in Vietnamese', () => {
  const vi = { env: { TDKT_LANG: 'vi' } };

  it('a finding of tdkt check: its message, article and hint', async () => {
    const db = await ruleRegistry('cstdcs-chain');
    const r = await runCli(['check', '--rule', 'cstdcs-chain', '--json'], { db, ...vi });
    expect(r.code).toBe(3);
    const binh = (JSON.parse(r.stdout) as { recipient: string; message: string; article: string; hint: string; severity: string }[]).find((f) => f.recipient === 'tran-thi-binh');
    expect(binh).toMatchObject({
      severity: 'error',
      message: 'xếp loại hoàn thành tốt nhiệm vụ năm 2024; cần hoàn thành xuất sắc nhiệm vụ; và không có sáng kiến nào được công nhận năm 2024',
      article: 'Điều 23 Luật Thi đua, khen thưởng 06/2022/QH15',
      hint: 'Nếu xếp loại ghi sai, hãy sửa: tdkt evidence rating set tran-thi-binh --year 2024 --rating <xếp loại>',
    });
  });

  it('cites a point and clause in the Vietnamese order', async () => {
    const db = await ruleRegistry('under-discipline');
    const r = await runCli(['check', '--rule', 'under-discipline', '--format', 'tsv'], { db, ...vi });
    expect(r.stdout.split('\n')[1].split('\t').slice(11, 13)).toEqual([
      'bị kỷ luật khiển trách (45/QĐ-UBND) năm 2024, trong thời gian tính thành tích 2024',
      'Điểm d khoản 2 Điều 93 Luật Thi đua, khen thưởng 06/2022/QH15',
    ]);
  });

  it('the nomination list: its title, headers, statuses and counted awards', async () => {
    const db = await ruleRegistry('bkbt-chain', { withoutJudged: true });
    const r = await runCli(['eligible', 'BK_BT', '--year', '2024', '--date', '2024-12-28', '--format', 'md'], { db, ...vi });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('## Đủ điều kiện BK_BT năm 2024 (Khoản 1 Điều 74 Luật Thi đua, khen thưởng 06/2022/QH15; thời kỳ law2022-nd98)');
    expect(lines[2]).toBe('| Tình trạng | Mã | Đối tượng | Đơn vị | Trường hợp | Đạt | Còn thiếu |');
    expect(lines.find((l) => l.includes('nguyen-van-an'))).toBe(
      '| đủ điều kiện | nguyen-van-an | Nguyễn Văn An | Trường THCS Minh Khai | Điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng 06/2022/QH15 (hai lần liên tục đạt CSTDCS) | CSTDCS năm 2023 (1150/QĐ-UBND ngày 15/12/2023 của UBND quận Lê Chân); CSTDCS năm 2024 (1200/QĐ-UBND ngày 15/12/2024 của UBND quận Lê Chân); không có kỷ luật nào được ghi các năm 2023, 2024 |  |',
    );
    // Machine formats keep the codes.
    const json = await runCli(['eligible', 'BK_BT', '--year', '2024', '--date', '2024-12-28', '--json'], { db, ...vi });
    expect((JSON.parse(json.stdout) as { status: string }[]).map((x) => x.status)).toContain('eligible');
  });

  it('the errors of eligible and the rules table', async () => {
    const db = await ruleRegistry('bkbt-chain', { withoutJudged: true });
    expect((await runCli(['eligible', 'BK_BT', '--year', '2023', '--date', '2023-12-20'], { db, ...vi })).stderr).toBe(
      'tdkt: Chuỗi điều kiện BK_BT chỉ áp dụng theo Luật Thi đua, khen thưởng 06/2022/QH15 (quyết định từ ngày 01/01/2024); quyết định ký ngày 20/12/2023 thuộc thời kỳ Luật Thi đua, khen thưởng 15/2003/QH11\n' +
        'gợi ý: Nêu ngày của quyết định đang chuẩn bị bằng --date, ví dụ --date 2024-12-15\n',
    );
    const rules = (await runCli(['rules', '--format', 'md'], vi)).stdout.split('\n');
    expect(rules[2]).toBe('| Quy tắc | Nội dung kiểm tra | Điều khoản | Thời kỳ áp dụng | Minh chứng cần có | Từ chối ghi |');
    expect(rules.find((l) => l.startsWith('| signing-level'))).toContain('| Khoản 2 Điều 80 Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 129/2025/NĐ-CP |');
  });
});

describe('routes: a certificate of merit is lawful by one route of its article', () => {
  it('eligible names the route met, or the closest route and the single item a near miss lacks', async () => {
    const db = await ruleRegistry('bkbt-chain', { withoutJudged: true });
    const r = await runCli(['eligible', 'BK_BT', '--year', '2024', '--date', '2024-12-28', '--all', '--json'], { db });
    const rows = Object.fromEntries(
      (JSON.parse(r.stdout) as { recipient: string; status: string; route: string[]; closest_route: string | null; lacks: string | null; article: string }[]).map((x) => [x.recipient, x]),
    );
    expect(rows['hoang-van-em']).toMatchObject({
      status: 'eligible',
      route: ['Art. 74.1.d, Law 06/2022/QH15 (2 consecutive excellent years with 2 initiatives)'],
      closest_route: null,
      article: 'Art. 74.1.d, Law 06/2022/QH15',
    });
    expect(rows['tran-thi-binh']).toMatchObject({
      status: 'near-miss',
      route: [],
      closest_route: 'Art. 74.1.d, Law 06/2022/QH15 (CSTDCS twice in a row)',
      lacks: 'no CSTDCS for 2023',
    });
  });

  it('judges a certificate of the Prime Minister by the decree of its date (Decree 91/2017, Art. 38.1.c)', async () => {
    const db = await ruleRegistry('bkttg-chain-nd91');
    const r = await runCli(['check', '--rule', 'bkttg-chain', '--json'], { db, env: { TDKT_LANG: 'vi' } });
    const f = (JSON.parse(r.stdout) as { recipient: string; article: string; message: string }[]).find((x) => x.recipient === 'tran-thi-binh');
    expect(f).toMatchObject({
      article: 'Điểm c khoản 1 Điều 38 Nghị định 91/2017/NĐ-CP',
      message: 'đã có BK_BT, sau đó 5 năm hoàn thành xuất sắc nhiệm vụ với 5 sáng kiến: chỉ có 3 sáng kiến được công nhận các năm 2018–2022 (cần 5)',
    });
  });
});

describe('eligible cites each initiative with the body that recognised it', () => {
  it('in English and in Vietnamese', async () => {
    const db = await ruleRegistry('bkttg-chain-nd91', { withoutJudged: true });
    const argv = ['eligible', 'BK_TTG', '--year', '2022', '--date', '2023-06-10', '--json'];
    const an = (out: string) => (JSON.parse(out) as { recipient: string; qualifies: string[] }[]).find((r) => r.recipient === 'nguyen-van-an')!.qualifies;
    expect(an((await runCli(argv, { db })).stdout)).toContain(
      'initiative "Số hóa hồ sơ tuyển sinh" (grassroots, 2018, recognised by Hội đồng sáng kiến Sở Giáo dục và Đào tạo Hải Phòng); initiative "Ngân hàng câu hỏi trực tuyến" (grassroots, 2019, recognised by Hội đồng sáng kiến Sở Giáo dục và Đào tạo Hải Phòng); initiative "Sổ điểm điện tử" (grassroots, 2020, recognised by Hội đồng sáng kiến Sở Giáo dục và Đào tạo Hải Phòng); initiative "Thư viện số dùng chung" (grassroots, 2021, recognised by Hội đồng sáng kiến Sở Giáo dục và Đào tạo Hải Phòng); initiative "Phần mềm xếp thời khóa biểu" (grassroots, 2022, recognised by Hội đồng sáng kiến Sở Giáo dục và Đào tạo Hải Phòng)',
    );
    expect(an((await runCli(argv, { db, env: { TDKT_LANG: 'vi' } })).stdout).join('; ')).toContain(
      'sáng kiến "Số hóa hồ sơ tuyển sinh" (cấp cơ sở, năm 2018, do Hội đồng sáng kiến Sở Giáo dục và Đào tạo Hải Phòng công nhận)',
    );
  });
});
