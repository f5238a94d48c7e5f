/**
 * Import runs the chain rules for the lines it writes (warnings, or a refusal when strict) and records
 * the evidence columns of its rows, in the same transaction.
 */
import { describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli } from '../helpers.js';
import { auditProblems, snapshot } from './support.js';

const HEAD = 'decision_number,decision_date,issuing_body,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no';

describe('tdkt import: evidence columns', () => {
  it('records ratings, initiatives and member counts with Vietnamese headers, for the year the period ends', async () => {
    const db = await demoRegistryFile({ history: false });
    const csv = [
      `${HEAD},Xếp loại,Sáng kiến,Cấp công nhận sáng kiến,Số thành viên,Số LĐTT`,
      '40/QĐ-UBND,2022-02-15,ubnd-le-chan,LDTT,cá nhân,Lương Văn Một,phong-noi-vu,2021,1,hoàn thành tốt nhiệm vụ,,,,',
      '40/QĐ-UBND,2022-02-15,ubnd-le-chan,CSTDCS,cá nhân,Lương Văn Một,phong-noi-vu,2021,2,,Số hóa hồ sơ một cửa,cơ sở,,',
      '40/QĐ-UBND,2022-02-15,ubnd-le-chan,TTLDTT,tập thể,Phòng Nội vụ quận Lê Chân,,2021,3,hoàn thành tốt nhiệm vụ,,,10,8',
      '',
    ].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: csv });
    expect(r.code).toBe(0);
    // The evidence meets the chains (LDTT rated good, CSTDCS with an initiative, TTLDTT rated good itself with 8 of 10 LDTT): no finding.
    expect(r.stderr).toBe(
      'Imported 3 award lines from stdin (1 new and 1 existing recipients, 1 new and 0 existing decisions, 0 new and 1 existing bodies, 0 new and 0 existing ceremonies; evidence: 2 ratings, 1 initiative, 1 member count; 0 handed over at ceremonies).\n',
    );
    expect((await runCli(['evidence', 'show', 'luong-van-mot', '--format', 'tsv'], { db })).stdout).toBe('year\trating\tawards\tinitiatives\tdiscipline\n2021\tgood\tLDTT; CSTDCS\tSố hóa hồ sơ một cửa (grassroots)\t\n');
    expect((await runCli(['evidence', 'members', 'list', '--year', '2021', '--format', 'tsv'], { db })).stdout).toBe(
      'year\tcollective\tcollective_name\tmember_count\tldtt_count\tcstdcs_count\tcompleted_count\tregistry_members\tregistry_ldtt\tregistry_cstdcs\tregistry_rated\tregistry_completed\tldtt_share\tnote\n' +
        '2021\tphong-noi-vu\tPhòng Nội vụ quận Lê Chân\t10\t8\t\t\t2\t1\t1\t1\t1\t80\t\n',
    );
    expect(await auditProblems(db)).toEqual([]);
  });

  it('a bad evidence cell is a bad row like any other: named, and nothing is written', async () => {
    const db = await demoRegistryFile({ history: false });
    const before = snapshot(db);
    const csv = [
      `${HEAD},rating,member_count`,
      '41/QĐ-UBND,2022-02-15,ubnd-le-chan,GK,cá nhân,Lương Văn Hai,phong-noi-vu,2021,1,giỏi,',
      '41/QĐ-UBND,2022-02-15,ubnd-le-chan,GK,cá nhân,Lương Văn Ba,phong-noi-vu,2021,2,,12',
      '',
    ].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: csv });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'tdkt: stdin: 2 of 2 rows cannot be imported; nothing was written',
        '  row 2, column «rating»: "giỏi" is not a rating: expected excellent, good, completed, failed (or hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, HTXSNV, HTTNV, …)',
        '  row 3, column «member_count»: Lương Văn Ba is cá nhân (individual); member counts are recorded for collectives',
        'hint: Fix the rows and import the whole file again (all or nothing); --errors <file> writes the bad rows with a reason column.',
        '',
      ].join('\n'),
    );
    expect(snapshot(db)).toBe(before);
  });
});

describe('tdkt import: the chain rules on the lines written', () => {
  const csv = [HEAD, '42/QĐ-UBND,2022-02-15,ubnd-le-chan,LDTT,cá nhân,Lương Văn Bốn,phong-noi-vu,2021,1', ''].join('\n');
  const finding = 'missing evidence: LDTT 2021 for Lương Văn Bốn: no rating recorded for 2021 [ldtt-criteria; Art. 24, Law 15/2003/QH11]';
  const hint = '  hint: Record it: tdkt evidence rating set luong-van-bon --year 2021 --rating <rating>';

  it('warns by default, and the summary counts the findings', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', '-', '--format', 'csv', '--json'], { db, stdin: csv });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([finding, hint]);
    expect(JSON.parse(r.stdout).findings).toEqual({ error: 0, warning: 0, missing: 1 });
  });

  it('--strict (or the setting award.strict) refuses the whole file, exit 1, nothing written; --no-strict warns', async () => {
    const db = await demoRegistryFile({ history: false });
    const before = snapshot(db);
    const refused = [
      'tdkt: Refused: the rules of the law found 1 problem with the line; nothing was written',
      '  ldtt-criteria: LDTT 2021 for Lương Văn Bốn: no rating recorded for 2021 (Art. 24, Law 15/2003/QH11)',
      'hint: Record the missing evidence first (tdkt evidence …), or write without --strict (setting award.strict).',
      '',
    ].join('\n');
    const strict = await runCli(['import', '-', '--format', 'csv', '--strict'], { db, stdin: csv });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(refused);
    expect(snapshot(db)).toBe(before);

    expect((await runCli(['settings', 'set', 'award.strict', 'true'], { db })).code).toBe(0);
    const bySetting = await runCli(['import', '-', '--format', 'csv'], { db, stdin: csv });
    expect([bySetting.code, bySetting.stderr]).toEqual([1, refused]);
    const loose = await runCli(['import', '-', '--format', 'csv', '--no-strict'], { db, stdin: csv });
    expect(loose.code).toBe(0);
    expect(loose.stderr.split('\n').slice(0, 2)).toEqual([finding, hint]);
  });

  it('a dry run reports the findings too, and writes nothing', async () => {
    const db = await demoRegistryFile({ history: false });
    const before = snapshot(db);
    const r = await runCli(['import', '-', '--format', 'csv', '--dry-run'], { db, stdin: csv });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([finding, hint]);
    expect(snapshot(db)).toBe(before);
  });
});
